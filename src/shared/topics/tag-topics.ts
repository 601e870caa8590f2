/**
 * Tagging clauses with topics from the taxonomy (taxonomy.json, data a policy officer can
 * read and extend). Transparent on purpose: a topic is given for cue phrases found in the
 * clause or its section headings, so a researcher can see why, and no training data is needed.
 */
import type { TopicId } from '../model'
import taxonomy from './taxonomy.json' with { type: 'json' }

export interface Topic {
  id: TopicId
  label: string
  description: string
}

type Word = { exact: string } | { prefix: string }
interface Cue {
  words: Word[]
  weight: number
}
interface CompiledTopic extends Topic {
  cues: Cue[]
}

const STRONG = 1
const WEAK = 0.5
/** Cues in section headings count this much of their weight. */
const HEADING_SHARE = 0.5
const THRESHOLD = 1

/** Lower-case words, keeping hyphenated and apostrophe forms whole ("pre-election", "don't"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []
}

function compileCue(phrase: string, weight: number): Cue {
  return {
    weight,
    words: words(phrase.replace(/\*/g, 'STAR')).map((w) => (w.endsWith('star') ? { prefix: w.slice(0, -4) } : { exact: w })),
  }
}

const compiled: CompiledTopic[] = taxonomy.topics.map((t) => ({
  id: t.id,
  label: t.label,
  description: t.description,
  cues: [...t.strong.map((c) => compileCue(c, STRONG)), ...t.weak.map((c) => compileCue(c, WEAK))],
}))

/** The taxonomy, in its published order. */
export const topics: readonly Topic[] = compiled.map(({ id, label, description }) => ({ id, label, description }))

function wordMatches(pattern: Word, word: string): boolean {
  return 'exact' in pattern ? word === pattern.exact : word.startsWith(pattern.prefix)
}

function cueFound(cue: Cue, text: string[]): boolean {
  const n = cue.words.length
  outer: for (let i = 0; i + n <= text.length; i++) {
    for (let j = 0; j < n; j++) if (!wordMatches(cue.words[j]!, text[i + j]!)) continue outer
    return true
  }
  return false
}

/** How strongly a clause speaks to each topic (only topics with some evidence are listed). */
export function topicScores(text: string, section: readonly string[] = []): Map<TopicId, number> {
  const body = words(text)
  // The nearest two headings describe the clause; the title above them rarely does.
  const heading = words(section.slice(-2).join(' '))
  const scores = new Map<TopicId, number>()
  for (const topic of compiled) {
    let score = 0
    for (const cue of topic.cues) {
      if (cueFound(cue, body)) score += cue.weight
      else if (cueFound(cue, heading)) score += cue.weight * HEADING_SHARE
    }
    if (score > 0) scores.set(topic.id, score)
  }
  return scores
}

/** The topics a clause is about, strongest first. */
export function tagTopics(text: string, section: readonly string[] = []): TopicId[] {
  return [...topicScores(text, section)]
    .filter(([, score]) => score >= THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id)
}
