/**
 * Two sources compared clause by clause: the alignment turned into rows a reader can follow
 * (B's order, with clauses only in A where they stood in A), each with its status and, where
 * the words differ, a word diff.
 */
import type { Clause, ClauseRef, Comparison, ComparisonRow, RowStatus, SourceDocument } from '../../model'
import { summarise } from '../../model'
import { policyClauses } from '../../model-clauses'
import { rewrittenDiff, wordDiff } from '../word-diff'
import { type AlignedGroup, alignClauses, type ClauseAlignment } from './align'
import { groupsByClause } from './groups'
import { type PreparedClause, type PreparedMemo, prepareClauses } from './features'
import { type CompareOptions, DEFAULT_DIFF_BUDGET_MS } from './options'
import { countRows } from './row-counts'

export { countRows }

/**
 * What the aligner reads of a source's own clauses (its policy clauses, as compareSources takes
 * them): pass it as `prepared` to compare the source with several others for the cost of one read.
 * One `memo` for both sources of a comparison prepares the clauses they share once.
 */
export function prepareSource(source: SourceDocument, memo?: PreparedMemo): PreparedClause[] {
  return prepareClauses(policyClauses(source), memo)
}

export function compareSources(a: SourceDocument, b: SourceDocument, options: CompareOptions = {}): Comparison {
  const rows = comparisonRows(policyClauses(a), policyClauses(b), options)
  return { a: summarise(a), b: summarise(b), rows, counts: countRows(rows) }
}

/** The rows of a comparison of two clause lists, in reading order. */
export function comparisonRows(a: readonly Clause[], b: readonly Clause[], options: CompareOptions = {}): ComparisonRow[] {
  const alignment = alignClauses(a, b, options)
  const now = typeof options.now === 'function' ? options.now : Date.now
  const budget = options.diffBudgetMs ?? DEFAULT_DIFF_BUDGET_MS
  const started = now()
  const withinBudget = (): boolean => now() - started <= budget
  return readingOrder(alignment, b.length).map((entry) => {
    if (entry.kind === 'only-a') return { status: 'only-a', similarity: 0, a: [refOf(a[entry.index])], b: [] }
    if (entry.kind === 'only-b') return { status: 'only-b', similarity: 0, a: [], b: [refOf(b[entry.index])] }
    return groupRow(entry.group, a, b, options, withinBudget)
  })
}

function refOf(c: Clause | undefined): ClauseRef {
  return {
    id: typeof c?.id === 'string' ? c.id : '',
    label: typeof c?.label === 'string' ? c.label : null,
    text: typeof c?.text === 'string' ? c.text : '',
    section: Array.isArray(c?.section) ? [...c.section] : [],
  }
}

export function statusOf(group: AlignedGroup): RowStatus {
  if (group.kind !== 'pair') return group.kind
  if (group.identical) return group.moved ? 'moved' : 'same'
  return group.moved ? 'moved-changed' : 'changed'
}

function groupRow(group: AlignedGroup, a: readonly Clause[], b: readonly Clause[], options: CompareOptions, withinBudget: () => boolean): ComparisonRow {
  const refsA = group.a.map((i) => refOf(a[i]))
  const refsB = group.b.map((j) => refOf(b[j]))
  const status = statusOf(group)
  const row: ComparisonRow = { status, similarity: group.similarity, a: refsA, b: refsB }
  if (status === 'changed' || status === 'moved-changed' || status === 'split' || status === 'merged') {
    const textA = joinTexts(refsA)
    const textB = joinTexts(refsB)
    // Note: past the budget, the answer a diff past its own bound gives, without the work.
    const diff = withinBudget() || textA === textB ? wordDiff(textA, textB, options.diff) : rewrittenDiff(textA, textB)
    row.diff = diff.ops
    if (diff.rewritten) row.rewritten = true
  }
  return row
}

/** The texts of a row's clauses on one side, as the diff reads them: joined by one space. */
export function joinTexts(refs: readonly ClauseRef[]): string {
  return refs.map((r) => r.text).join(' ')
}

type Entry = { kind: 'group'; group: AlignedGroup } | { kind: 'only-a'; index: number } | { kind: 'only-b'; index: number }

/**
 * B's order; a clause only in A comes right after the row of the nearest aligned clause
 * before it in A (or first, when none is), in A's order.
 */
export function readingOrder(alignment: ClauseAlignment, sizeB: number): Entry[] {
  const { groupOfA, groupOfB } = groupsByClause(alignment.groups)
  const front: Entry[] = []
  const after = new Map<AlignedGroup, Entry[]>()
  for (const i of alignment.onlyA) {
    let anchor: AlignedGroup | undefined
    for (let k = i - 1; k >= 0 && !anchor; k--) anchor = groupOfA.get(k)
    const entry: Entry = { kind: 'only-a', index: i }
    if (!anchor) front.push(entry)
    else {
      const list = after.get(anchor)
      if (list) list.push(entry)
      else after.set(anchor, [entry])
    }
  }
  const out: Entry[] = [...front]
  const emitted = new Set<AlignedGroup>()
  for (let j = 0; j < sizeB; j++) {
    const g = groupOfB.get(j)
    if (!g) out.push({ kind: 'only-b', index: j })
    else if (!emitted.has(g)) {
      emitted.add(g)
      out.push({ kind: 'group', group: g }, ...(after.get(g) ?? []))
    }
  }
  return out
}
