/**
 * Finding the cues of taxonomy.json in a clause's words. Each word looks up only the cues that
 * can start with it (by the word as written, by its uninflected form, and by each of its
 * prefixes), so tagging costs a few map lookups per word rather than a scan per cue: it runs
 * on every clause of every import.
 */
import taxonomy from './taxonomy.json' with { type: 'json' }
import { wordForm } from './word-forms'

/**
 * A cue word: "word*" any word starting so, "=word" that word only, and a plain word, as
 * written or (with word forms) any of its inflections (word-forms.ts), so one cue reaches a
 * noun phrase, a verb phrase and a passive ("approve", "approved", "approves").
 */
export type Word = { exact: string } | { prefix: string } | { form: string; written: string }

export interface Cue {
  words: Word[]
  weight: number
  /** A word of the topic's setting ("school", "parent"): it counts only beside a strong cue or concept. */
  context?: boolean
}

/** Which concept (concepts.ts), and which of its groups, a cue word stands for. */
export interface ConceptPart {
  concept: number
  group: number
}

/** Which structure (structures.ts), and which of its groups, a cue word stands for. */
export interface StructurePart {
  structure: number
  group: number
}

/**
 * A cue of a topic, numbered. A concept's words are cues of no weight, each naming its concept
 * and group; so are a structure's (structures.ts), found at every place they stand.
 */
export interface CueRef {
  id: number
  topic: number
  cue: Cue
  part?: ConceptPart
  structure?: StructurePart
}

/** Lower-case words, keeping hyphenated and apostrophe forms whole ("pre-election", "don't"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []
}

export function compileCue(phrase: string, weight: number): Cue {
  return {
    weight,
    words: words(phrase.replace(/\*/g, 'STAR').replace(/=/g, 'EXACT')).map((w) =>
      w.endsWith('star') ? { prefix: w.slice(0, -4) } : w.startsWith('exact') ? { exact: w.slice(5) } : { form: wordForm(w), written: w },
    ),
  }
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

const REMEMBERED_WORDS = 50_000

function push<K>(map: Map<K, CueRef[]>, key: K, ref: CueRef): void {
  const list = map.get(key)
  if (list) list.push(ref)
  else map.set(key, [ref])
}

export class CueIndex {
  private readonly byFirstExact = new Map<string, CueRef[]>()
  private readonly byFirstPrefix = new Map<string, CueRef[]>()
  private readonly byFirstForm = new Map<string, CueRef[]>()
  private readonly byFirstWritten = new Map<string, CueRef[]>()
  /**
   * The cues that can start with a word, with word forms and concepts (true) or cues as
   * written only (false). Note: remembered per word (a library says the same few thousand words
   * again and again), so a word's prefixes are sliced and looked up once, not once per clause:
   * at 40,000 clauses that lookup was a quarter of building the clause index. Cleared when it
   * grows past a bound.
   */
  private readonly startingWith = [new Map<string, readonly CueRef[]>(), new Map<string, readonly CueRef[]>()]

  constructor(readonly cues: readonly CueRef[]) {
    for (const ref of cues) {
      const first = ref.cue.words[0]
      if (!first) continue
      if ('exact' in first) push(this.byFirstExact, first.exact, ref)
      else if ('prefix' in first) push(this.byFirstPrefix, first.prefix, ref)
      else {
        push(this.byFirstForm, first.form, ref)
        push(this.byFirstWritten, first.written, ref)
      }
    }
  }

  private startingWithWord(word: string, forms: boolean): readonly CueRef[] {
    const memory = this.startingWith[forms ? 1 : 0]!
    let candidates = memory.get(word)
    if (candidates) return candidates
    const list: CueRef[] = [...(this.byFirstExact.get(word) ?? []), ...((forms ? this.byFirstForm.get(wordForm(word)) : this.byFirstWritten.get(word)) ?? [])]
    for (let k = 1; k <= word.length; k++) {
      const refs = this.byFirstPrefix.get(word.slice(0, k))
      if (refs) list.push(...refs)
    }
    candidates = forms ? list : list.filter((ref) => !ref.part && !ref.structure)
    if (memory.size >= REMEMBERED_WORDS) memory.clear()
    memory.set(word, candidates)
    return candidates
  }

  /**
   * The cues found in a list of words, each by its id with the index of the word it starts at
   * (plus `offset`), added to `found`. With `forms`, words meet cue words by their uninflected
   * form and concept words are found; without, cue words as written and no concepts. A
   * structure's words are given to `placed` at every place they stand (their order and distance
   * matter), and only when it is given.
   */
  found(all: string[], forms: boolean, offset = 0, found = new Map<number, number>(), placed?: (ref: CueRef, at: number) => void): Map<number, number> {
    const text = withoutNames(all)
    text.forEach((word, i) => {
      if (!word) return
      next: for (const ref of this.startingWithWord(word, forms)) {
        if (ref.structure ? !placed : found.has(ref.id)) continue
        const n = ref.cue.words.length
        if (i + n > text.length) continue
        for (let j = 1; j < n; j++) if (!matches(ref.cue.words[j]!, text[i + j]!, forms)) continue next
        if (ref.structure) placed!(ref, offset + i)
        else found.set(ref.id, offset + i)
      }
    })
    return found
  }
}

function matches(pattern: Word, word: string, forms: boolean): boolean {
  if ('exact' in pattern) return word === pattern.exact
  if ('prefix' in pattern) return word.startsWith(pattern.prefix)
  return forms ? word !== '' && wordForm(word) === pattern.form : word === pattern.written
}
