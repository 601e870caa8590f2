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

/** Every cue of every topic, numbered, indexed by what its first word must be. */
interface CueRef {
  id: number
  topic: number
  cue: Cue
}
const allCues: CueRef[] = []
compiled.forEach((topic, t) => topic.cues.forEach((cue) => allCues.push({ id: allCues.length, topic: t, cue })))
const byFirstExact = new Map<string, CueRef[]>()
const byFirstPrefix = new Map<string, CueRef[]>()
for (const ref of allCues) {
  const first = ref.cue.words[0]
  if (!first) continue
  const [map, key] = 'exact' in first ? [byFirstExact, first.exact] : [byFirstPrefix, first.prefix]
  const list = map.get(key)
  if (list) list.push(ref)
  else map.set(key, [ref])
}

function wordMatches(pattern: Word, word: string): boolean {
  return 'exact' in pattern ? word === pattern.exact : word.startsWith(pattern.prefix)
}

/**
 * Names of roles and bodies (taxonomy.json `names`) whose words are not cues, by first word.
 * Note: "the Monitoring Officer" is a council's legal officer; read as cues, its first word
 * tagged every clause naming that officer with monitoring of internet use.
 */
const namesByFirst = new Map<string, string[][]>()
for (const phrase of taxonomy.names.phrases) {
  const ws = words(phrase)
  const list = namesByFirst.get(ws[0]!)
  if (list) list.push(ws)
  else namesByFirst.set(ws[0]!, [ws])
}

/** The words with each name's words blanked (an empty word starts and matches no cue). */
function withoutNames(text: string[]): string[] {
  let out: string[] | null = null
  text.forEach((word, i) => {
    for (const name of namesByFirst.get(word) ?? []) {
      if (!name.every((w, j) => text[i + j] === w)) continue
      out ??= [...text]
      for (let j = 0; j < name.length; j++) out[i + j] = ''
    }
  })
  return out ?? text
}

/**
 * The cues that can start with a word: by the exact word, then by each of its prefixes.
 * Note: remembered per word (a library says the same few thousand words again and again), so
 * a word's prefixes are sliced and looked up once, not once per clause: at 40,000 clauses
 * that lookup was a quarter of building the clause index. Cleared when it grows past a bound.
 */
const startingWith = new Map<string, readonly CueRef[]>()
const REMEMBERED_WORDS = 50_000

function cuesStartingWith(word: string): readonly CueRef[] {
  let candidates = startingWith.get(word)
  if (candidates) return candidates
  const list: CueRef[] = [...(byFirstExact.get(word) ?? [])]
  for (let k = 1; k <= word.length; k++) {
    const refs = byFirstPrefix.get(word.slice(0, k))
    if (refs) list.push(...refs)
  }
  if (startingWith.size >= REMEMBERED_WORDS) startingWith.clear()
  startingWith.set(word, (candidates = list))
  return candidates
}

/**
 * The ids of the cues found in a list of words. Each word looks up only the cues that can
 * start with it (by exact word, and by each of its prefixes), so tagging costs a few map
 * lookups per word rather than a scan per cue: it runs on every clause of every import.
 */
function cuesFound(all: string[]): Set<number> {
  const found = new Set<number>()
  const text = withoutNames(all)
  text.forEach((word, i) => {
    if (!word) return
    next: for (const ref of cuesStartingWith(word)) {
      if (found.has(ref.id)) continue
      const n = ref.cue.words.length
      if (i + n > text.length) continue
      for (let j = 1; j < n; j++) if (!wordMatches(ref.cue.words[j]!, text[i + j]!)) continue next
      found.add(ref.id)
    }
  })
  return found
}

/**
 * How strongly a clause speaks to each topic (only topics with some evidence are listed).
 * `lead` is the introduction of the list the clause is an item of ("Check with your manager
 * before you post:"): it says what each item is about, as a heading does, and counts as one.
 */
export function topicScores(text: string, section: readonly string[] = [], lead?: string): Map<TopicId, number> {
  const inBody = cuesFound(words(text))
  // The nearest two headings describe the clause; the title above them rarely does.
  const inHeading = cuesFound(words(section.slice(-2).join(' ')))
  // Note: the lead is matched on its own, so no cue is made of its last words and a heading's first.
  if (lead) for (const id of cuesFound(words(lead))) inHeading.add(id)
  const scores = new Map<TopicId, number>()
  // Note: only the cues found, in cue order (as a walk over every cue would meet them, so ties
  // keep their order): a walk over all cues cost a third of indexing 40,000 clauses.
  const found = inHeading.size === 0 ? [...inBody] : [...new Set([...inBody, ...inHeading])]
  for (const cueId of found.sort((a, b) => a - b)) {
    const ref = allCues[cueId]!
    const weight = inBody.has(ref.id) ? ref.cue.weight : ref.cue.weight * HEADING_SHARE
    const id = compiled[ref.topic]!.id
    scores.set(id, (scores.get(id) ?? 0) + weight)
  }
  return scores
}

/** The topics a clause is about, strongest first. */
export function tagTopics(text: string, section: readonly string[] = [], lead?: string): TopicId[] {
  return [...topicScores(text, section, lead)]
    .filter(([, score]) => score >= THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id)
}
