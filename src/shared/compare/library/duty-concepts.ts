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

const byFirstExact = new Map<string, Cue[]>()
const byFirstPrefix = new Map<string, Cue[]>()
lexicon.concepts.forEach((c, concept) => {
  const extra = (c as { wordnet?: string[] }).wordnet ?? []
  for (const phrase of [...c.cues, ...extra]) {
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

/** The concept numbers a text speaks to, ascending, each once. */
export function dutyConcepts(text: string): number[] {
  const ws = words(text)
  const found = new Set<number>()
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i]!
    const cues = byFirstExact.get(word)
    if (cues) check(cues, ws, i, found)
    for (let k = 1; k <= Math.min(word.length, longestPrefix); k++) {
      const refs = byFirstPrefix.get(word.slice(0, k))
      if (refs) check(refs, ws, i, found)
    }
  }
  return [...found].sort((a, b) => a - b)
}

function check(cues: readonly Cue[], ws: readonly string[], i: number, found: Set<number>): void {
  next: for (const cue of cues) {
    if (found.has(cue.concept) || i + cue.words.length > ws.length) continue
    for (let j = 1; j < cue.words.length; j++) if (!matches(cue.words[j]!, ws[i + j]!)) continue next
    found.add(cue.concept)
  }
}
