/**
 * The duty concepts a clause speaks to (duty-concepts.json): the act it governs ("disclose",
 * "befriend", "monitor") and the things it bears on ("confidential", "service users",
 * "work time"), found from cue words and phrases in many voices. Two clauses that say one duty
 * in other words ("Keep anything you learn at work to yourself" / "Employees shall not divulge
 * information held in confidence") share few terms but the same concepts.
 *
 * Note: cues are matched on plain lower-case words, not stems, so a cue says exactly which
 * forms it takes ("log", "logged", but not "login").
 */
import { words } from '../../topics/tag-topics'
import lexicon from './duty-concepts.json' with { type: 'json' }

type Word = { exact: string } | { prefix: string }
interface Cue {
  concept: number
  words: Word[]
}

/** Concept names, in the lexicon's order: a concept's number is its place here. */
export const dutyConceptNames: readonly string[] = lexicon.concepts.map((c) => c.id)

/**
 * Whether each concept names a duty by itself (`namesDuty` in the lexicon: *disparage*,
 * *grievance*), rather than a thing many duties bear on (*manager*, *records*): see
 * distinct-concepts.ts.
 */
export const namesDuty: readonly boolean[] = lexicon.concepts.map((c) => ('namesDuty' in c ? c.namesDuty === true : false))

const byFirstExact = new Map<string, Cue[]>()
const byFirstPrefix = new Map<string, Cue[]>()
lexicon.concepts.forEach((c, concept) => {
  for (const phrase of c.cues) {
    const ws: Word[] = words(phrase.replace(/\*/g, 'STAR')).map((w) => (w.endsWith('star') ? { prefix: w.slice(0, -4) } : { exact: w }))
    const first = ws[0]
    if (!first) continue
    const [map, key] = 'exact' in first ? [byFirstExact, first.exact] : [byFirstPrefix, first.prefix]
    const list = map.get(key)
    const cue = { concept, words: ws }
    if (list) list.push(cue)
    else map.set(key, [cue])
  }
})
const longestPrefix = Math.max(0, ...[...byFirstPrefix.keys()].map((k) => k.length))

const matches = (w: Word, word: string): boolean => ('exact' in w ? word === w.exact : word.startsWith(w.prefix))

/**
 * The cues that may start at a word: by the word itself and by each of its prefixes. Note:
 * remembered per word, since a library of 40,000 clauses has a few thousand distinct words.
 */
const startingAt = new Map<string, readonly Cue[]>()
function cuesStartingAt(word: string): readonly Cue[] {
  let cues = startingAt.get(word)
  if (cues) return cues
  const list = [...(byFirstExact.get(word) ?? [])]
  for (let k = 1; k <= Math.min(word.length, longestPrefix); k++) list.push(...(byFirstPrefix.get(word.slice(0, k)) ?? []))
  cues = list
  if (startingAt.size > 50_000) startingAt.clear()
  startingAt.set(word, cues)
  return cues
}

/** The concept numbers a text speaks to, ascending, each once. */
export function dutyConcepts(text: string): number[] {
  const ws = words(text)
  const found = new Uint8Array(dutyConceptNames.length)
  let count = 0
  for (let i = 0; i < ws.length; i++) {
    next: for (const cue of cuesStartingAt(ws[i]!)) {
      if (found[cue.concept] || i + cue.words.length > ws.length) continue
      for (let j = 1; j < cue.words.length; j++) if (!matches(cue.words[j]!, ws[i + j]!)) continue next
      found[cue.concept] = 1
      count++
    }
  }
  const out: number[] = []
  if (count > 0) for (let c = 0; c < found.length; c++) if (found[c]) out.push(c)
  return out
}
