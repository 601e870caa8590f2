/**
 * The features of the learned last step (leftover-features.ts), each on tiny clause lists: a
 * revision of eight clauses in two sections, where A's clause 2 ("Report a lost laptop ...") is
 * reworded in place as B's clause 2 ("If your computer is stolen ..."), sandwiched between two
 * aligned neighbours, and B's clause 6 is an unrelated new clause ("Tea and coffee ...") in the
 * other section. Also the candidates (leftover-candidates.ts) and the weighing (leftover-model.ts).
 */
import { describe, expect, it } from 'vitest'
import { alignClauses } from '../../../src/shared/compare/align'
import { buildFeatures } from '../../../src/shared/compare/align/features'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { leftoverCandidates, leftoverPlaces, PLACE_REACH } from '../../../src/shared/compare/align/leftover-candidates'
import { FEATURE_NAMES, type FeatureName, leftoverFeatures } from '../../../src/shared/compare/align/leftover-features'
import { checkedModel, type LeftoverModel, pairProbability, pairsByProbability } from '../../../src/shared/compare/align/leftover-model'
import { scoreCandidates } from '../../../src/shared/compare/align/scores'
import { centredVectors } from '../../../src/shared/compare/align/semantic-leftovers'
import type { Clause } from '../../../src/shared/model'

interface Spec {
  text: string
  section: string
  label?: string
  level?: number
}
const clause = (s: Spec, k: number, side: string): Clause => ({ id: `${side}${k}`, sourceId: side, section: [s.section], label: s.label ?? null, level: s.level ?? 0, text: s.text, inline: s.text, topics: [] })

const A: Spec[] = [
  { text: 'Lock your screen whenever you leave your desk.', section: 'Using equipment', label: '1.1' },
  { text: 'Passwords must never be shared with colleagues or written down.', section: 'Using equipment', label: '1.2' },
  { text: 'Report a lost laptop to the IT service desk at once.', section: 'Using equipment', label: '1.3' },
  { text: 'Only install software that the IT service desk has approved.', section: 'Using equipment', label: '1.4' },
  { text: 'Personal data breaches must be reported to the data protection officer within one working day.', section: 'Incidents', label: '2.1', level: 1 },
  { text: 'Suspicious emails should be forwarded to the security mailbox without clicking any links.', section: 'Incidents', label: '2.2', level: 1 },
  { text: 'Managers must maintain a record of every incident reported in their team.', section: 'Incidents', label: '2.3', level: 1 },
  { text: 'Zxqv blorf.', section: 'Incidents', label: '2.4', level: 1 },
]
const B: Spec[] = [
  { text: 'Lock your screen whenever you leave your desk.', section: 'Using your equipment', label: '1.1' },
  { text: 'Passwords must never be shared with colleagues or written down.', section: 'Using your equipment', label: '1.2' },
  { text: 'If your computer is stolen, tell the helpdesk straight away.', section: 'Using your equipment', label: '1.3' },
  { text: 'Only install software that the IT service desk has approved.', section: 'Using your equipment', label: '1.4' },
  { text: 'Personal data breaches must be reported to the data protection officer within one working day.', section: 'When things go wrong', label: '2.1', level: 1 },
  { text: 'Suspicious emails should be forwarded to the security mailbox without clicking any links.', section: 'When things go wrong', label: '2.2', level: 1 },
  { text: 'Tea and coffee are provided free in the staff kitchen.', section: 'When things go wrong', label: '2.3', level: 1 },
  { text: 'Managers keep a record of every incident their team reports.', section: 'When things go wrong', label: '2.4', level: 1 },
]
const pair = (i: number, j: number): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity: 1, identical: true, moved: false })
/** Clauses 0, 1, 3, 4, 5 kept word for word, all in order. */
const kept = [pair(0, 0), pair(1, 1), pair(3, 3), pair(4, 4), pair(5, 5)]

function featuresOf(candidates: [number, number][], groups: AlignedGroup[] = kept): Record<FeatureName, number>[] {
  const clauses = { a: A.map((s, k) => clause(s, k, 'a')), b: B.map((s, k) => clause(s, k, 'b')) }
  const set = buildFeatures(A.map((s) => s.text), B.map((s) => s.text))
  const base = scoreCandidates(set, { termWeight: 0.8 }, 0.05)
  const sections = { a: A.map((s) => s.section), b: B.map((s) => s.section) }
  const used = { a: new Set(groups.flatMap((g) => g.a)), b: new Set(groups.flatMap((g) => g.b)) }
  const free = { a: (i: number) => !used.a.has(i), b: (j: number) => !used.b.has(j) }
  const place = leftoverPlaces(groups, groups, { a: A.length, b: B.length }, free, sections)
  const rows = leftoverFeatures(candidates, { clauses, set, base, groups, place, sections, vectors: centredVectors(set) })
  return rows.map((x) => Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, x[k]!])) as Record<FeatureName, number>)
}
// The rewording in place, the rewording against the unrelated new clause, and the last clauses (a rewording of the record duty; nonsense against it).
const [inPlace, unrelated, record, nonsense] = featuresOf([[2, 2], [2, 6], [6, 7], [7, 7]])

describe('the features of a leftover pair', () => {
  it('score: the lexical score, some for shared words, none for none', () => {
    expect(record!.score).toBeGreaterThan(0.1)
    expect(unrelated!.score).toBe(0)
  })

  it('related: synonyms at part credit ("maintain" ~ "keep"), the weaker direction', () => {
    expect(record!.related).toBeGreaterThan(0.5)
    expect(record!.related).toBeLessThan(1)
    expect(unrelated!.related).toBe(0)
  })

  it('cosine, ranks and margins: a rewording is the nearest both ways and ahead of its rivals; an unrelated clause is not', () => {
    expect(record!.cosine).toBeGreaterThan(0.5)
    expect(record!.cosine).toBeGreaterThan(unrelated!.cosine)
    expect([record!.rankA, record!.rankB]).toEqual([0, 0])
    expect(record!.marginA).toBeGreaterThan(0)
    expect(record!.marginB).toBeGreaterThan(0)
    // Two clauses of B stand nearer to "Report a lost laptop ..." than the tea and coffee, one
    // of A nearer to the tea and coffee than the laptop: log(1 + 2), log(1 + 1).
    expect([unrelated!.rankA, unrelated!.rankB]).toEqual([Math.log1p(2), Math.log1p(1)])
    expect(unrelated!.marginA).toBeLessThan(0)
    expect(unrelated!.marginB).toBeLessThan(0)
  })

  it('lexicalBest: each the other\'s best by score counts one each way', () => {
    expect(record!.lexicalBest).toBe(2)
    expect(unrelated!.lexicalBest).toBe(0)
  })

  it('sameGap, gapSize, gapImbalance: one gap between in-order anchors, its leftovers and their difference', () => {
    expect([inPlace!.sameGap, inPlace!.gapSize, inPlace!.gapImbalance]).toEqual([1, 0, 0])
    expect([unrelated!.sameGap, unrelated!.gapSize]).toEqual([0, 0])
    // After the last anchor: A 6, 7 against B 6, 7.
    expect([record!.sameGap, record!.gapSize, record!.gapImbalance]).toEqual([1, Math.log1p(2), 0])
  })

  it('sections: the sections correspond where the aligned groups went', () => {
    expect(inPlace!.sections).toBe(1)
    expect(unrelated!.sections).toBe(0)
  })

  it('placeDistance: clauses from where the neighbours put it, over 6', () => {
    expect(inPlace!.placeDistance).toBe(0)
    expect(unrelated!.placeDistance).toBeCloseTo(4 / 6)
  })

  it('neighbours: the clauses before and after both aligned together', () => {
    expect(inPlace!.neighbours).toBe(2)
    expect(record!.neighbours).toBe(0)
  })

  it('sameLabel, sameListPosition: the printed label and the place in a list', () => {
    expect(inPlace!.sameLabel).toBe(1)
    expect(unrelated!.sameLabel).toBe(0)
    expect(nonsense!.sameListPosition).toBe(1)
    expect(record!.sameListPosition).toBe(0)
  })

  it('headingWords: the overlap of the section headings\' words', () => {
    // "Using equipment" / "Using your equipment": using, equipment of using, your, equipment.
    expect(inPlace!.headingWords).toBeCloseTo(2 / 3)
    expect(unrelated!.headingWords).toBe(0)
  })

  it('lengthRatio, positionDistance, ideas, noVector', () => {
    expect(record!.lengthRatio).toBeGreaterThan(0.5)
    expect(record!.lengthRatio).toBeLessThanOrEqual(1)
    expect(inPlace!.positionDistance).toBe(0)
    expect(unrelated!.positionDistance).toBeCloseTo(0.5)
    expect(record!.ideas).toBeGreaterThanOrEqual(3)
    expect(unrelated!.ideas).toBe(0)
    expect(nonsense!.noVector).toBe(1)
    expect(inPlace!.noVector).toBe(0)
  })
})

describe('the plausible leftover pairs', () => {
  it('are the leftovers in one gap, in corresponding sections, or within reach of their implied place', () => {
    const clauses = { a: A.map((s) => s.section), b: B.map((s) => s.section) }
    const used = { a: new Set([0, 1, 3, 4, 5]), b: new Set([0, 1, 3, 4, 5]) }
    const free = { a: (i: number) => !used.a.has(i), b: (j: number) => !used.b.has(j) }
    const place = leftoverPlaces(kept, kept, { a: 8, b: 8 }, free, clauses)
    const all = () => true
    // Not (2, 6): another section, and four clauses from where the neighbours put either.
    expect(leftoverCandidates(kept, place, free, clauses, all)).toEqual([[2, 2], [6, 6], [6, 7], [7, 6], [7, 7]])
    // Sections apart and the place too far: only a gap or a near place makes a candidate.
    const apart = { a: A.map((_, k) => `a${k}`), b: B.map((_, k) => `b${k}`) }
    const far = leftoverPlaces(kept, kept, { a: 8, b: 8 }, free, apart)
    expect(PLACE_REACH).toBe(3)
    expect(leftoverCandidates(kept, far, free, apart, all)).toEqual([[2, 2], [6, 6], [6, 7], [7, 6], [7, 7]])
    expect(leftoverCandidates(kept, far, free, apart, (i, j) => i !== 6 && j !== 6)).toEqual([[2, 2], [7, 7]])
    // Three clauses from the implied place is within reach (clause 2 against a free B clause 5).
    const keptBut5 = kept.filter((g) => g.a[0] !== 5)
    const wider = { a: (i: number) => i === 2, b: (j: number) => j === 5 || free.b(j) }
    expect(leftoverCandidates(keptBut5, leftoverPlaces(keptBut5, keptBut5, { a: 8, b: 8 }, wider, apart), wider, apart, all)).toEqual([[2, 2], [2, 5]])
  })
})

describe('the weighing', () => {
  const model: LeftoverModel = { features: [...FEATURE_NAMES], means: FEATURE_NAMES.map(() => 0), scales: FEATURE_NAMES.map(() => 1), weights: FEATURE_NAMES.map((n) => (n === 'neighbours' ? 2 : 0)), bias: -3, threshold: 0.5 }

  it('is a logistic function of the standardised features', () => {
    const x = FEATURE_NAMES.map((n) => (n === 'neighbours' ? 2 : 0))
    expect(pairProbability(model, x)).toBeCloseTo(1 / (1 + Math.exp(-1)))
  })

  it('pairs most probable first, each clause once, down to the threshold', () => {
    const candidates: [number, number][] = [[0, 0], [0, 1], [1, 1], [2, 2]]
    expect(pairsByProbability(candidates, [0.9, 0.95, 0.8, 0.4], 0.5)).toEqual([[0, 1]])
    expect(pairsByProbability(candidates, [0.9, 0.6, 0.8, 0.7], 0.5)).toEqual([[0, 0], [1, 1], [2, 2]])
  })

  it('refuses a model fitted for other features', () => {
    expect(() => checkedModel({ ...model, features: ['score'] })).toThrow(/fitted for features \[score\]/)
    expect(checkedModel(model)).toBe(model)
  })
})

describe('the step in the aligner (learned-leftovers.ts)', () => {
  const a = A.map((s, k) => clause(s, k, 'a'))
  const b = B.map((s, k) => clause(s, k, 'b'))
  // A stand-in model: a pair between two pairs of aligned neighbours, and nothing else.
  const sandwiches: LeftoverModel = { features: [...FEATURE_NAMES], means: FEATURE_NAMES.map(() => 0), scales: FEATURE_NAMES.map(() => 1), weights: FEATURE_NAMES.map((n) => (n === 'neighbours' ? 3 : 0)), bias: -4, threshold: 0.5 }
  const paired = (groups: readonly AlignedGroup[], i: number, j: number): boolean => groups.some((g) => g.a.includes(i) && g.b.includes(j))

  it('is off unless given a model: telling the candidates changes nothing', () => {
    const plain = alignClauses(a, b, { semantic: false })
    let seen = 0
    const told = alignClauses(a, b, { semantic: false, leftovers: { inspect: (found) => (seen = found.candidates.length) } })
    expect(told).toEqual(plain)
    expect(seen).toBeGreaterThan(0)
    expect(paired(plain.groups, 2, 2)).toBe(false)
  })

  it('takes the pairs a given model weighs above its threshold, after every rule, and leaves the rest', () => {
    const plain = alignClauses(a, b, { semantic: false })
    const learned = alignClauses(a, b, { semantic: false, leftovers: { model: sandwiches } })
    expect(paired(learned.groups, 2, 2)).toBe(true)
    expect(learned.groups.filter((g) => !paired(g === undefined ? [] : [g], 2, 2))).toEqual(plain.groups)
    expect(learned.onlyA).toEqual(plain.onlyA.filter((i) => i !== 2))
  })
})
