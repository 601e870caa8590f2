/**
 * The one engine both kinds of base feed: two sequences of paragraphs (section headings and
 * clauses, base and draft) and which of them pair, merged into one tracked document.
 *
 * The pairs on the heaviest in-order chain stay in place; between two of them (a gap), what only
 * the base has is emitted before what only the draft has, so that the draft's paragraphs keep
 * the draft's order and the base's keep the base's: that is what makes "accept all" give the
 * draft and "reject all" give the base, by construction. A pair off the chain is a move: its
 * base side sits where it stood (moved-from) and its draft side where it is now (moved-to).
 */
import type { DiffOp } from '../../model'
import { sourceOf, targetOf, wordDiff } from '../../compare/word-diff'
import { heaviestChain } from './chain'
import type { TrackedClause, TrackedDocument, TrackedSection, TrackedSegment } from './types'

/** One paragraph of the base or of the draft. */
export interface SideItem {
  kind: 'section' | 'clause'
  id: string
  /** The heading or the clause text, whitespace normalised. */
  text: string
  /** Clause level (1..3); ignored for headings. */
  level: number
}

export interface ItemPair {
  /** Index into the base items. */
  base: number
  /** Index into the draft items (same kind as the base item). */
  draft: number
  /** False when the comparison already says the pair moved: it may not anchor the chain. */
  inPlace: boolean
  /** The word diff of base text against draft text, when the comparison has one. */
  ops?: readonly DiffOp[]
}

export interface TrackedSides {
  base: readonly SideItem[]
  draft: readonly SideItem[]
  /** One-to-one: each item in at most one pair. */
  pairs: readonly ItemPair[]
}

/** Note: a heading outweighs any number of clauses, so sections anchor before clauses do. */
const SECTION_WEIGHT = 1e6

type Emitted =
  | { side: 'base'; index: number }
  | { side: 'draft'; index: number }
  | { side: 'both'; pair: number }

export function mergeSides(sides: TrackedSides): TrackedDocument {
  const { base, draft, pairs } = sides
  const pairOfBase = new Map<number, number>()
  const pairOfDraft = new Map<number, number>()
  const candidates: { base: number; draft: number; weight: number; pair: number }[] = []
  pairs.forEach((p, k) => {
    if (base[p.base]?.kind !== draft[p.draft]?.kind) return
    pairOfBase.set(p.base, k)
    pairOfDraft.set(p.draft, k)
    if (p.inPlace) candidates.push({ base: p.base, draft: p.draft, weight: base[p.base]!.kind === 'section' ? SECTION_WEIGHT : 1, pair: k })
  })
  const anchored = heaviestChain(candidates, base.length).map((c) => candidates[c]!.pair)
  const anchoredSet = new Set(anchored)

  const order: Emitted[] = []
  let b = 0
  let d = 0
  const gap = (bEnd: number, dEnd: number): void => {
    const baseGap = range(b, bEnd)
    const draftGap = range(d, dEnd)
    const cutB = firstSection(baseGap, base)
    const cutD = firstSection(draftGap, draft)
    // Note: clauses before the first heading of a gap belong to the section already open, on
    // either side; emitting both of those runs before any new heading keeps them there.
    for (const index of baseGap.slice(0, cutB)) order.push({ side: 'base', index })
    for (const index of draftGap.slice(0, cutD)) order.push({ side: 'draft', index })
    for (const index of baseGap.slice(cutB)) order.push({ side: 'base', index })
    for (const index of draftGap.slice(cutD)) order.push({ side: 'draft', index })
  }
  for (const k of anchored) {
    const p = pairs[k]!
    gap(p.base, p.draft)
    order.push({ side: 'both', pair: k })
    b = p.base + 1
    d = p.draft + 1
  }
  gap(base.length, draft.length)

  return build(order, sides, pairOfBase, pairOfDraft, anchoredSet)
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i++) out.push(i)
  return out
}

function firstSection(indices: readonly number[], items: readonly SideItem[]): number {
  const at = indices.findIndex((i) => items[i]!.kind === 'section')
  return at === -1 ? indices.length : at
}

function build(order: readonly Emitted[], sides: TrackedSides, pairOfBase: Map<number, number>, pairOfDraft: Map<number, number>, anchored: Set<number>): TrackedDocument {
  const { base, draft, pairs } = sides
  const sections: TrackedSection[] = []
  const moveNames = new Map<number, string>()
  const moveName = (pair: number): string => {
    let name = moveNames.get(pair)
    if (!name) moveNames.set(pair, (name = `move${moveNames.size + 1}`))
    return name
  }
  const open = (section: TrackedSection): void => {
    sections.push(section)
  }
  const add = (clause: TrackedClause): void => {
    // Note: both sequences start with a heading, so a clause always finds a section open.
    if (sections.length === 0) open({ heading: '', clauses: [] })
    sections.at(-1)!.clauses.push(clause)
  }
  for (const e of order) {
    if (e.side === 'both') {
      const p = pairs[e.pair]!
      const from = base[p.base]!
      const to = draft[p.draft]!
      if (to.kind === 'section') {
        const section: TrackedSection = { heading: to.text, clauses: [] }
        if (from.text !== to.text) section.headingSegments = segmentsOf(from.text, to.text)
        open(section)
      } else add({ clauseId: to.id, level: to.level, segments: segmentsOf(from.text, to.text, p.ops) })
      continue
    }
    const item = e.side === 'base' ? base[e.index]! : draft[e.index]!
    const pair = (e.side === 'base' ? pairOfBase : pairOfDraft).get(e.index)
    const moved = pair !== undefined && !anchored.has(pair) && item.kind === 'clause'
    if (item.kind === 'section') {
      // Note: a heading off the chain (sections reordered) is deleted where it stood and
      // inserted where it is; its clauses move on their own.
      open({ heading: item.text, change: e.side === 'base' ? 'deleted' : 'inserted', clauses: [] })
    } else if (!moved) {
      add(
        e.side === 'base'
          ? { clauseId: item.id, level: item.level, change: 'deleted', segments: [{ text: item.text, op: 'delete' }] }
          : { clauseId: item.id, level: item.level, change: 'inserted', segments: [{ text: item.text, op: 'insert' }] },
      )
    } else if (e.side === 'base') {
      add({ clauseId: item.id, level: item.level, change: 'moved-from', moveName: moveName(pair), segments: [{ text: item.text, op: 'equal' }] })
    } else {
      const p = pairs[pair]!
      add({ clauseId: item.id, level: item.level, change: 'moved-to', moveName: moveName(pair), segments: segmentsOf(base[p.base]!.text, item.text, p.ops) })
    }
  }
  return { sections }
}

/** Word-level segments of base text against draft text; the comparison's diff when it fits. */
export function segmentsOf(from: string, to: string, ops?: readonly DiffOp[]): TrackedSegment[] {
  if (from === to) return [{ text: to, op: 'equal' }]
  const diff = ops && sourceOf(ops) === from && targetOf(ops) === to ? ops : wordDiff(from, to).ops
  return diff.map((o) => ({ text: o.text, op: o.op }))
}
