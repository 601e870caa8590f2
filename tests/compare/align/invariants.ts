/**
 * What every comparison must satisfy, whatever the input: each clause in exactly one row,
 * one-to-one except declared splits (1+2 to 1+4) and merges (2+1 to 4+1), statuses that agree
 * with the clauses a row holds, diffs that turn A's text into B's, counts that add up, and the
 * order a reader follows (rows in the order of their first B clause; A-only clauses after their
 * nearest aligned predecessor in A).
 * Returns the problems found, in words, so a failing test says what broke.
 */
import { identityText, joinTexts } from '../../../src/shared/compare/align'
import type { Clause, ComparisonCounts, ComparisonRow } from '../../../src/shared/model'

export function invariantProblems(a: readonly Clause[], b: readonly Clause[], rows: readonly ComparisonRow[], counts?: ComparisonCounts): string[] {
  const problems: string[] = []
  const seenA = new Map<string, number>()
  const seenB = new Map<string, number>()
  // Ids may repeat in arbitrary input; count by position instead of id where they do.
  const positionsA = new Map<string, number[]>()
  a.forEach((c, i) => positionsA.set(c.id, [...(positionsA.get(c.id) ?? []), i]))
  for (const r of rows) {
    for (const c of r.a) seenA.set(c.id, (seenA.get(c.id) ?? 0) + 1)
    for (const c of r.b) seenB.set(c.id, (seenB.get(c.id) ?? 0) + 1)
    const shape = `${r.a.length}+${r.b.length}`
    const expected: Record<ComparisonRow['status'], string[]> = {
      same: ['1+1'],
      changed: ['1+1'],
      moved: ['1+1'],
      'moved-changed': ['1+1'],
      'only-a': ['1+0'],
      'only-b': ['0+1'],
      split: ['1+2', '1+3', '1+4'],
      merged: ['2+1', '3+1', '4+1'],
    }
    if (!expected[r.status].includes(shape)) problems.push(`a ${r.status} row holds ${shape} clauses`)
    if (r.similarity < 0 || r.similarity > 1 || Number.isNaN(r.similarity)) problems.push(`similarity ${r.similarity} is outside 0..1`)
    if ((r.status === 'only-a' || r.status === 'only-b') && r.similarity !== 0) problems.push(`a one-sided row has similarity ${r.similarity}`)
    if (r.status === 'same' || r.status === 'moved') {
      if (identityText(r.a[0]!.text) !== identityText(r.b[0]!.text)) problems.push(`a ${r.status} row pairs different texts: ${JSON.stringify(r.a[0]!.text)} / ${JSON.stringify(r.b[0]!.text)}`)
      if (r.similarity !== 1) problems.push(`a ${r.status} row has similarity ${r.similarity}`)
    }
    if (r.status === 'changed' || r.status === 'moved-changed') {
      if (identityText(r.a[0]!.text) === identityText(r.b[0]!.text)) problems.push(`a ${r.status} row pairs texts that differ only in labels or spacing: ${JSON.stringify(r.a[0]!.text)}`)
    }
    const needsDiff = r.status === 'changed' || r.status === 'moved-changed' || r.status === 'split' || r.status === 'merged'
    if (needsDiff && !r.diff) problems.push(`a ${r.status} row has no diff`)
    if (r.diff) {
      const fromA = r.diff.filter((o) => o.op !== 'insert').map((o) => o.text).join('')
      const toB = r.diff.filter((o) => o.op !== 'delete').map((o) => o.text).join('')
      if (fromA !== joinTexts(r.a)) problems.push(`the diff of a ${r.status} row does not start from A's text`)
      if (toB !== joinTexts(r.b)) problems.push(`applying the diff of a ${r.status} row does not give B's text`)
      if (r.rewritten && (r.diff.some((o) => o.op === 'equal') || r.diff.length > 2)) problems.push('a rewritten row has more than delete all + insert all')
    }
  }
  const countIds = (clauses: readonly Clause[]): Map<string, number> => {
    const m = new Map<string, number>()
    for (const c of clauses) m.set(c.id, (m.get(c.id) ?? 0) + 1)
    return m
  }
  for (const [side, clauses, seen] of [['A', a, seenA], ['B', b, seenB]] as const) {
    for (const [id, n] of countIds(clauses)) {
      if ((seen.get(id) ?? 0) !== n) problems.push(`clause ${id} of ${side} appears in ${seen.get(id) ?? 0} rows, not ${n}`)
    }
    const total = [...seen.values()].reduce((x, y) => x + y, 0)
    if (total !== clauses.length) problems.push(`${side} has ${clauses.length} clauses but the rows hold ${total}`)
  }
  // Reading order: rows come in the order of their first B clause, and a row's B clauses in
  // B's order (a split's parts may stand apart, with rows between them).
  if (new Set(b.map((c) => c.id)).size === b.length) {
    const at = new Map(b.map((c, j) => [c.id, j]))
    const firsts = rows.filter((r) => r.b.length > 0).map((r) => at.get(r.b[0]!.id)!)
    const inOrder = (xs: readonly number[]): boolean => xs.every((x, k) => k === 0 || xs[k - 1]! < x)
    if (!inOrder(firsts) || rows.some((r) => !inOrder(r.b.map((c) => at.get(c.id)!)))) problems.push("rows are not in B's order")
  }
  // A-only rows come after the row of the nearest aligned A clause before them (ids unique only).
  if (new Set(a.map((c) => c.id)).size === a.length) {
    const rowOfA = new Map<string, number>()
    rows.forEach((r, k) => r.a.forEach((c) => rowOfA.set(c.id, k)))
    const aligned = new Set(rows.filter((r) => r.a.length > 0 && r.b.length > 0).flatMap((r) => r.a.map((c) => c.id)))
    rows.forEach((r, k) => {
      if (r.status !== 'only-a') return
      const i = positionsA.get(r.a[0]!.id)![0]!
      let anchor = -1
      for (let p = i - 1; p >= 0 && anchor < 0; p--) if (aligned.has(a[p]!.id)) anchor = rowOfA.get(a[p]!.id)!
      // Between the anchor and this row there may only be other A-only rows.
      for (let q = anchor + 1; q < k; q++) {
        if (rows[q]!.status !== 'only-a') problems.push(`A-only clause ${r.a[0]!.id} is not right after the row of its nearest aligned predecessor`)
      }
    })
  }
  // The parts of a split (in B) or a merge (in A) are in document order. Note: at any distance
  // since a part moved to another section is traced by its sentences (sentence-traces.ts); the
  // reading order above holds whatever the distance (rows by their first B clause, A-only rows
  // after their nearest aligned predecessor), and the growing rules keep their own reach of two
  // clauses (grow-groups.ts MAX_STEP).
  const indexOf = (clauses: readonly Clause[]): Map<string, number> => new Map(clauses.map((c, i) => [c.id, i]))
  const ia = indexOf(a)
  const ib = indexOf(b)
  for (const r of rows) {
    const parts = r.status === 'split' ? r.b.map((c) => ib.get(c.id)!) : r.status === 'merged' ? r.a.map((c) => ia.get(c.id)!) : null
    if (parts && ia.size === a.length && ib.size === b.length && parts.some((p, k) => k > 0 && p <= parts[k - 1]!)) {
      problems.push(`the parts of a ${r.status} row are not in document order`)
    }
  }
  if (counts) {
    const byStatus = (s: ComparisonRow['status']): number => rows.filter((r) => r.status === s).length
    const want: ComparisonCounts = {
      same: byStatus('same'),
      changed: byStatus('changed'),
      moved: byStatus('moved'),
      movedChanged: byStatus('moved-changed'),
      onlyA: byStatus('only-a'),
      onlyB: byStatus('only-b'),
      split: byStatus('split'),
      merged: byStatus('merged'),
    }
    if (JSON.stringify(want) !== JSON.stringify(counts)) problems.push(`counts ${JSON.stringify(counts)} do not match the rows ${JSON.stringify(want)}`)
  }
  return [...new Set(problems)]
}
