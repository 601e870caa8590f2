/**
 * A comparison packed for the wire, as source-pack.ts packs a source: a 300 x 300 comparison's
 * 170 kB of JSON in well under half. Note: most of its bytes were clause references repeating
 * their field names, their whole section trail and an id carrying the source's id, and the
 * same text twice: about two thirds of a revision's rows are "same", A's wording and B's alike.
 * Packed, a reference is one row of values, trails are a table, B's text is 0 where it is the
 * text of the A reference beside it, and anything that does not follow the pattern travels as
 * it is, so unpacking gives back exactly the comparison packed (tests/wire/comparison-pack.test.ts).
 */
import type { ClauseRef, Comparison, ComparisonRow, DiffOp } from '../model'
import { idAt, idPrefixOf, positionIn, restOf, trailTable } from './pack-parts'

export const COMPARISON_PACK = 'comparison-pack/1'

/** [id (position after the side's prefix, or the id), label, text (0: the A reference's at the same place), trail, rest?] */
export type PackedRef = [number | string, string | null, string | 0, number, Record<string, unknown>?]
/** [status, similarity, A's references, B's references, diff as [op, text, op, text…] or 0, 1 when rewritten, rest?] */
export type PackedRow = [ComparisonRow['status'], number, PackedRef[], PackedRef[], (number | string)[] | 0, 0 | 1, Record<string, unknown>?]

export interface PackedComparison {
  pack: typeof COMPARISON_PACK
  /** The comparison without its rows. */
  head: Omit<Comparison, 'rows'>
  prefixA: string
  prefixB: string
  trails: string[][]
  rows: PackedRow[]
}

const REF_KEYS = new Set(['id', 'label', 'text', 'section'])
/** `diff` and `rewritten` are packed only when they are what they usually are; else they travel in `rest`. */
const ROW_KEYS = new Set(['status', 'similarity', 'a', 'b'])
const OPS: readonly DiffOp['op'][] = ['equal', 'insert', 'delete']

const isPlainDiff = (diff: unknown): diff is DiffOp[] =>
  Array.isArray(diff) && diff.every((d: DiffOp | null) => d !== null && typeof d === 'object' && OPS.includes(d.op) && typeof d.text === 'string' && Object.keys(d).length === 2)

export function packComparison(comparison: Comparison): PackedComparison {
  const { rows, ...head } = comparison
  const prefixA = idPrefixOf(comparison.a.id)
  const prefixB = idPrefixOf(comparison.b.id)
  const trails = trailTable()
  const packRef = (ref: ClauseRef, prefix: string, beside: ClauseRef | undefined): PackedRef => {
    const packed: PackedRef = [positionIn(ref.id, prefix) ?? ref.id, ref.label, beside !== undefined && beside.text === ref.text ? 0 : ref.text, trails.indexOf(ref.section)]
    const rest = restOf(ref, REF_KEYS)
    if (rest) packed.push(rest)
    return packed
  }
  const packed = rows.map((row): PackedRow => {
    const rest = restOf(row, ROW_KEYS)
    let diff: PackedRow[4] = 0
    if (rest && isPlainDiff(rest['diff'])) {
      diff = rest['diff'].flatMap((d) => [OPS.indexOf(d.op), d.text])
      delete rest['diff']
    }
    let rewritten: 0 | 1 = 0
    if (rest?.['rewritten'] === true) {
      rewritten = 1
      delete rest['rewritten']
    }
    const out: PackedRow = [row.status, row.similarity, row.a.map((ref) => packRef(ref, prefixA, undefined)), row.b.map((ref, k) => packRef(ref, prefixB, row.a[k])), diff, rewritten]
    if (rest && Object.keys(rest).length > 0) out.push(rest)
    return out
  })
  return { pack: COMPARISON_PACK, head, prefixA, prefixB, trails: trails.values, rows: packed }
}

export function isPackedComparison(value: unknown): value is PackedComparison {
  return typeof value === 'object' && value !== null && (value as { pack?: unknown }).pack === COMPARISON_PACK
}

export function unpackComparison(packed: PackedComparison): Comparison {
  const { head, prefixA, prefixB, trails } = packed
  const unpackRef = ([id, label, text, trail, rest]: PackedRef, prefix: string, beside: ClauseRef | undefined): ClauseRef => {
    // Note: a copy of the trail per reference, as the unpacked JSON had.
    const ref: ClauseRef = { id: idAt(id, prefix), label, text: text === 0 ? beside!.text : text, section: [...trails[trail]!] }
    return rest ? Object.assign(ref, rest) : ref
  }
  const rows = packed.rows.map(([status, similarity, a, b, diff, rewritten, rest]): ComparisonRow => {
    const aRefs = a.map((ref) => unpackRef(ref, prefixA, undefined))
    const row: ComparisonRow = { status, similarity, a: aRefs, b: b.map((ref, k) => unpackRef(ref, prefixB, aRefs[k])) }
    if (diff !== 0) {
      const ops: DiffOp[] = []
      for (let i = 0; i < diff.length; i += 2) ops.push({ op: OPS[diff[i] as number]!, text: diff[i + 1] as string })
      row.diff = ops
    }
    if (rewritten === 1) row.rewritten = true
    return rest ? Object.assign(row, rest) : row
  })
  return { ...head, rows } as Comparison
}
