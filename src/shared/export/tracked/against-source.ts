/**
 * The draft against any source in the library (typically the council's current policy, imported
 * from its Word file). The comparison engine pairs the clauses (`compareSources` on the draft
 * seen as a source) and diffs their words; nothing here diffs again, except to choose which
 * part of a split or merge carries the word changes.
 *
 * Splits and merges. Note: a tracked document has no way to say "this paragraph became two",
 * so a split pairs the base clause with the part that keeps most of its words (shown word by
 * word: the words that went to the other part are deleted there) and the other part is an
 * inserted clause; a merge pairs the draft clause with the base part that gave most of its
 * words, and the other base part is a deleted clause. Both invariants hold, and a reader sees
 * the words that stayed as unchanged rather than a whole clause deleted and retyped.
 */
import { compareSources, type CompareOptions } from '../../compare/align'
import { wordDiff } from '../../compare/word-diff'
import { draftAsSource } from '../../draft/as-source'
import { normaliseSpace } from '../../text/normalise-space'
import type { ClauseRef, ComparisonRow, Draft, SourceDocument } from '../../model'
import { policyClauses } from '../../model-clauses'
import { type ItemPair, mergeSides, type SideItem } from './merge'
import { draftItems, headingText, sectionLevels } from './sides'
import type { TrackedDocument } from './types'

/**
 * Note: the comparison's all-diffs time budget reads a clock; an export must give the same
 * bytes every time, so unless the caller passes one the clock stands still (each word diff is
 * still bounded by its own edit limit).
 */
const STILL_CLOCK = (): number => 0

export function trackedAgainstSource(draft: Draft, source: SourceDocument, options: CompareOptions = {}): TrackedDocument {
  const base = sourceItems(source)
  const current = draftItems(draft)
  const comparison = compareSources(source, draftAsSource(draft), { now: STILL_CLOCK, ...options })
  const baseIndex = indexOfClauses(base)
  const draftIndex = indexOfClauses(current)
  const clausePairs: ItemPair[] = []
  for (const row of comparison.rows) {
    const pair = pairOfRow(row, baseIndex, draftIndex)
    if (pair) clausePairs.push(pair)
  }
  return mergeSides({ base, draft: current, pairs: [...sectionPairs(base, current, clausePairs), ...clausePairs] })
}

/**
 * A source's policy text as paragraphs: a heading wherever the clauses' heading trail changes
 * (its last heading without its number, or none for clauses before the first heading), then the
 * clauses under it. Note: only policy clauses (`policyClauses`), as the comparison sees them: the
 * base's document control and version history are not text the draft revises (the draft has its
 * own title block and document control), and shown as deleted they filled the first page of a
 * tracked export with struck-through version rows.
 */
export function sourceItems(source: SourceDocument): SideItem[] {
  const items: SideItem[] = []
  const clauses = policyClauses(source)
  for (let start = 0; start < clauses.length; ) {
    const key = JSON.stringify(clauses[start]!.section)
    let end = start + 1
    while (end < clauses.length && JSON.stringify(clauses[end]!.section) === key) end++
    const group = clauses.slice(start, end)
    items.push({ kind: 'section', id: `section-${items.length}`, text: headingText(group[0]!.section.at(-1) ?? ''), level: 1 })
    const levels = sectionLevels(group.map((c) => c.level))
    group.forEach((clause, i) => items.push({ kind: 'clause', id: clause.id, text: normaliseSpace(clause.text), level: levels[i]! }))
    start = end
  }
  return items
}

function indexOfClauses(items: readonly SideItem[]): Map<string, number> {
  const index = new Map<string, number>()
  items.forEach((item, i) => {
    if (item.kind === 'clause' && !index.has(item.id)) index.set(item.id, i)
  })
  return index
}

function pairOfRow(row: ComparisonRow, baseIndex: Map<string, number>, draftIndex: Map<string, number>): ItemPair | undefined {
  if (row.a.length === 0 || row.b.length === 0) return undefined
  const inPlace = row.status !== 'moved' && row.status !== 'moved-changed'
  if (row.a.length === 1 && row.b.length === 1) {
    const base = baseIndex.get(row.a[0]!.id)
    const draft = draftIndex.get(row.b[0]!.id)
    if (base === undefined || draft === undefined) return undefined
    return row.diff ? { base, draft, inPlace, ops: row.diff } : { base, draft, inPlace }
  }
  // A split (one base clause, two draft parts) or a merge (two base parts, one draft clause).
  const [a, b] = row.a.length === 1 ? [row.a[0]!, closest(row.a[0]!, row.b)] : [closest(row.b[0]!, row.a), row.b[0]!]
  const base = baseIndex.get(a.id)
  const draft = draftIndex.get(b.id)
  return base === undefined || draft === undefined ? undefined : { base, draft, inPlace }
}

/** The part that shares most words (by length of unchanged text) with the whole. */
function closest(whole: ClauseRef, parts: readonly ClauseRef[]): ClauseRef {
  let best = parts[0]!
  let bestKept = -1
  for (const part of parts) {
    const kept = wordDiff(whole.text, part.text).ops.reduce((n, o) => n + (o.op === 'equal' ? o.text.trim().length : 0), 0)
    if (kept > bestKept) {
      best = part
      bestKept = kept
    }
  }
  return best
}

/** "2.1 Scope" and "scope" name the same section. */
function headingKey(text: string): string {
  return headingText(text).toLowerCase()
}

/**
 * Sections pair by heading (labels and case aside), first come first served; a draft section
 * whose heading matches none takes the base section most of whose paired clauses it holds (a
 * renamed section, shown as a reworded heading).
 */
function sectionPairs(base: readonly SideItem[], draft: readonly SideItem[], clausePairs: readonly ItemPair[]): ItemPair[] {
  const sectionOf = (items: readonly SideItem[]): Int32Array => {
    const out = new Int32Array(items.length).fill(-1)
    let current = -1
    items.forEach((item, i) => {
      if (item.kind === 'section') current = i
      out[i] = current
    })
    return out
  }
  const baseSection = sectionOf(base)
  const draftSection = sectionOf(draft)
  const baseHeadings = base.flatMap((item, i) => (item.kind === 'section' ? [i] : []))
  const draftHeadings = draft.flatMap((item, i) => (item.kind === 'section' ? [i] : []))
  const taken = new Set<number>()
  const pairs = new Map<number, number>()
  for (const d of draftHeadings) {
    const key = headingKey(draft[d]!.text)
    const b = baseHeadings.find((i) => !taken.has(i) && headingKey(base[i]!.text) === key)
    if (b !== undefined) {
      taken.add(b)
      pairs.set(d, b)
    }
  }
  const pairedIn = new Map<number, number>()
  for (const p of clausePairs) pairedIn.set(baseSection[p.base]!, (pairedIn.get(baseSection[p.base]!) ?? 0) + 1)
  for (const d of draftHeadings) {
    if (pairs.has(d)) continue
    const votes = new Map<number, number>()
    for (const p of clausePairs) if (draftSection[p.draft] === d) votes.set(baseSection[p.base]!, (votes.get(baseSection[p.base]!) ?? 0) + 1)
    let best = -1
    let bestVotes = 0
    for (const [b, n] of votes) {
      if (!taken.has(b) && n > bestVotes && n * 2 > (pairedIn.get(b) ?? 0)) {
        best = b
        bestVotes = n
      }
    }
    if (best >= 0) {
      taken.add(best)
      pairs.set(d, best)
    }
  }
  return [...pairs].map(([draftAt, baseAt]) => ({ base: baseAt, draft: draftAt, inPlace: true }))
}
