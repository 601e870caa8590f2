/**
 * inlineRuns skips its regular expression for a text holding none of the characters a mark
 * needs (export/inline.ts, a speed-up of issue 9): held to the full reading on any text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inlineRuns } from '../../src/shared/export'
import type { InlineRun } from '../../src/shared/export/model'

/** The reading without the shortcut: every text through the marks' expression (a copy of inline.ts's TOKEN). */
function readInFull(text: string): InlineRun[] {
  const token = /\*\*([^*\n]+?)\*\*|(?<![\w*])[*_]([^*_\s](?:[^*_\n]*?[^*_\s])?)[*_](?![\w*])|\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g
  const runs: InlineRun[] = []
  let last = 0
  for (const m of text.matchAll(token)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) })
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true })
    else if (m[2] !== undefined) runs.push({ text: m[2], italic: true })
    else runs.push({ text: m[3]!, link: m[4]! })
    last = m.index + m[0].length
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) })
  return runs
}

const pieces = ['a', 'must', ' ', '\n', '*', '**', '_', '[', ']', '(', ')', 'https://x.org', 'mailto:a@b', '.', 'é']

describe('inlineRuns', () => {
  it('reads every text as the full expression does, with or without mark characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(inlineRuns(text)).toEqual(readInFull(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives a text without marks as one run of itself', () => {
    expect(inlineRuns('The council keeps records for six years (see the schedule).')).toEqual([{ text: 'The council keeps records for six years (see the schedule).' }])
  })
})
