/**
 * Scoring the draft check on a set of labelled pairs (tests/fixtures/library/draft-check-*.json:
 * `{ note, pairs: [{ kind: 'repeat' | 'conflict' | 'none', a, b }] }`), all placed in one draft in
 * their order, so each pair also meets every other clause it must not be reported with. Shared
 * by the held-out test and bench/eval-draft-check.ts, with the two simple baselines the figures
 * are reported beside.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkDocument, type CheckOptions } from '../../../src/shared/compare/library'
import type { Clause } from '../../../src/shared/model'
import { tagTopics } from '../../../src/shared/topics/tag-topics'
import { libraryFixtures } from './corpus'

export type PairKind = 'repeat' | 'conflict' | 'none'
export interface LabelledPair {
  kind: PairKind
  a: string
  b: string
}

/** A reported pair of the draft, by clause number (pair k holds clauses 2k and 2k + 1). */
export interface Reported {
  a: number
  b: number
}

export interface KindScore {
  precision: number
  recall: number
  found: number
  right: number
  want: number
}

export interface SetScore {
  repeats: KindScore
  conflicts: KindScore
  /** Look-alike ('none') pairs reported as a conflict, and as a repeat. */
  lookAlikeConflicts: number
  lookAlikeRepeats: number
}

export function loadPairs(file: string): LabelledPair[] {
  const full = path.join(libraryFixtures, file)
  const data = JSON.parse(readFileSync(full, 'utf8')) as { pairs?: unknown }
  if (!Array.isArray(data.pairs)) throw new Error(`${full}: no "pairs" list`)
  return data.pairs.map((p: Partial<LabelledPair>, k) => {
    if ((p.kind !== 'repeat' && p.kind !== 'conflict' && p.kind !== 'none') || typeof p.a !== 'string' || typeof p.b !== 'string') throw new Error(`${full}: pair ${k + 1} needs a kind (repeat, conflict or none) and two texts`)
    return { kind: p.kind, a: p.a, b: p.b }
  })
}

/** A draft as the service checks it: numbered clauses, topics from their own words. */
export function draft(texts: readonly string[]): Clause[] {
  return texts.map((text, i) => ({ id: `draft.${i}`, sourceId: 'draft', section: ['Draft'], label: `${i + 1}`, level: 0, text, inline: text, topics: tagTopics(text, ['Draft']) }))
}

const clauseNumber = (id: string): number => Number(id.slice('draft.'.length))

/** The check's repeats and conflicts on the set's draft, as clause numbers. */
export function checkPairs(pairs: readonly LabelledPair[], options: Partial<CheckOptions> = {}): { repeats: Reported[]; conflicts: Reported[] } {
  const check = checkDocument(
    draft(pairs.flatMap((p) => [p.a, p.b])),
    options,
  )
  const numbers = (issues: readonly { clauseIds: readonly string[] }[]): Reported[] => issues.map((i) => ({ a: clauseNumber(i.clauseIds[0]!), b: clauseNumber(i.clauseIds[1]!) }))
  return { repeats: numbers(check.repeats), conflicts: numbers(check.conflicts) }
}

/** What the set says of two clauses: their pair's kind when they are one pair, else 'none'. */
function truthOf(pairs: readonly LabelledPair[], r: Reported): PairKind | 'apart' {
  const [lo, hi] = r.a < r.b ? [r.a, r.b] : [r.b, r.a]
  return lo % 2 === 0 && hi === lo + 1 ? pairs[lo / 2]!.kind : 'apart'
}

export function scoreSet(pairs: readonly LabelledPair[], found: { repeats: readonly Reported[]; conflicts: readonly Reported[] }): SetScore {
  const score = (kind: 'repeat' | 'conflict', reported: readonly Reported[]): KindScore => {
    const want = pairs.filter((p) => p.kind === kind).length
    const right = reported.filter((r) => truthOf(pairs, r) === kind).length
    return { precision: reported.length ? right / reported.length : 1, recall: want ? right / want : 1, found: reported.length, right, want }
  }
  return {
    repeats: score('repeat', found.repeats),
    conflicts: score('conflict', found.conflicts),
    lookAlikeConflicts: found.conflicts.filter((r) => truthOf(pairs, r) === 'none').length,
    lookAlikeRepeats: found.repeats.filter((r) => truthOf(pairs, r) === 'none').length,
  }
}

/** Lower-case words, contractions opened ("aren't" is "are not", "cannot" is "can not"). */
function words(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[a-z0-9£]+(?:'[a-z]+)*/g) ?? []).flatMap((w) => {
    if (w === 'cannot' || w === "can't") return ['can', 'not']
    if (w === "won't") return ['will', 'not']
    const neg = /^(\w+)n't$/.exec(w)
    return neg ? [neg[1]!, 'not'] : [w]
  })
}

/** Repeats baseline: every two clauses whose word sets' Jaccard is at least `threshold`. */
export function jaccardRepeats(pairs: readonly LabelledPair[], threshold = 0.5): Reported[] {
  const sets = pairs.flatMap((p) => [p.a, p.b]).map((t) => new Set(words(t)))
  const out: Reported[] = []
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!
      const b = sets[j]!
      const shared = [...a].filter((w) => b.has(w)).length
      if (shared / (a.size + b.size - shared) >= threshold) out.push({ a: i, b: j })
    }
  }
  return out
}

const MODAL = new Set('may might must can could should shall will would ought need needs have has to is are be allowed permitted prohibited forbidden banned required acceptable unacceptable'.split(' '))
const NEGATIVE = new Set('not never no prohibited forbidden banned unacceptable'.split(' '))

/**
 * Conflicts baseline: every two clauses that are the same words once modal verbs and negations
 * are taken out, and of which one is negative and the other not.
 */
export function strippedConflicts(pairs: readonly LabelledPair[]): Reported[] {
  const read = pairs
    .flatMap((p) => [p.a, p.b])
    .map((t) => {
      const w = words(t)
      return { rest: w.filter((x) => !MODAL.has(x) && !NEGATIVE.has(x)).join(' '), negative: w.some((x) => NEGATIVE.has(x)) }
    })
  const out: Reported[] = []
  for (let i = 0; i < read.length; i++) {
    for (let j = i + 1; j < read.length; j++) {
      if (read[i]!.rest === read[j]!.rest && read[i]!.negative !== read[j]!.negative) out.push({ a: i, b: j })
    }
  }
  return out
}

export function baselinePairs(pairs: readonly LabelledPair[]): { repeats: Reported[]; conflicts: Reported[] } {
  return { repeats: jaccardRepeats(pairs), conflicts: strippedConflicts(pairs) }
}
