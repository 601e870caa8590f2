/**
 * A clause's text as runs with emphasis and links. Draft text is plain, but a clause may carry
 * the Markdown the importers keep ("**must**", "_not_", "[guidance](https://…)"): only
 * complete, well-formed marks count, so a lone "*" in a sentence stays a character.
 */
import type { InlineRun } from './model'

const TOKEN = /\*\*([^*\n]+?)\*\*|(?<![\w*])[*_]([^*_\s](?:[^*_\n]*?[^*_\s])?)[*_](?![\w*])|\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g

/** Every mark TOKEN matches holds one of these characters. */
const MARK_CHARACTERS = /[*_[]/

export function inlineRuns(text: string): InlineRun[] {
  // Note: most clauses hold no mark at all, and one test is far cheaper than setting up
  // matchAll's iterator for each (about 1 ms of a cold 1,000-clause export): the same one run.
  return MARK_CHARACTERS.test(text) ? markedRuns(text) : [{ text }]
}

/** The runs of a text as TOKEN reads it, whatever characters it holds (inlineRuns without its shortcut). */
export function markedRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = []
  let last = 0
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) })
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true })
    else if (m[2] !== undefined) runs.push({ text: m[2], italic: true })
    else runs.push({ text: m[3]!, link: m[4]! })
    last = m.index + m[0].length
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) })
  return runs
}

/** The words a reader sees, marks gone: what a round trip through Word gives back. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join('')
}
