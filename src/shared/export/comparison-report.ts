/**
 * A comparison report for researchers' papers: two sources side by side as one table (clause
 * of A | clause of B | status), the counts at the top, and inside each changed row what A lost
 * struck through in A's cell and what B gained underlined in B's cell. Those marks are
 * formatting, not tracked revisions: the report describes two documents, it does not propose
 * to change one. Landscape A4, so three columns of clause text stay readable.
 */
import { joinTexts } from '../compare/align'
import type { ClauseRef, Comparison, ComparisonRow, DiffOp, RowStatus, SourceDocument } from '../model'
import { longDate } from './dates'
import type { ExportBlock, ExportDocument, InlineRun } from './model'

export interface ComparisonReportOptions {
  /** The report's date, YYYY-MM-DD (never the clock, so output is repeatable). */
  date: string
  author?: string
}

export const STATUS_WORDS: Record<RowStatus, string> = {
  same: 'Same',
  changed: 'Changed',
  moved: 'Moved',
  'moved-changed': 'Moved and changed',
  split: 'Split in B',
  merged: 'Merged in B',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
}

export const COUNT_COLUMNS = ['Same', 'Changed', 'Moved', 'Moved and changed', 'Split', 'Merged', 'Only in A', 'Only in B'] as const

export function buildComparisonReport(a: SourceDocument, b: SourceDocument, comparison: Comparison, options: ComparisonReportOptions): ExportDocument {
  const author = options.author?.trim() || 'Policy Workbench'
  const title = `Comparison: ${a.title} and ${b.title}`
  const k = comparison.counts
  const blocks: ExportBlock[] = [
    { kind: 'title', title, subtitle: [`${longDate(options.date)}${options.author?.trim() ? ` · ${options.author.trim()}` : ''}`] },
    {
      kind: 'table',
      role: 'sources',
      caption: 'The two sources',
      header: ['', 'Title', 'Organisation', 'Date'],
      rows: [sourceRow('A', a), sourceRow('B', b)],
    },
    {
      kind: 'table',
      role: 'counts',
      caption: 'Counts',
      header: [...COUNT_COLUMNS],
      rows: [[k.same, k.changed, k.moved, k.movedChanged, k.split, k.merged, k.onlyA, k.onlyB].map(String)],
    },
    { kind: 'paragraph', runs: [{ text: 'In a changed row, words only in A are ' }, { text: 'struck through', strike: true }, { text: ' in A’s cell and words only in B are ' }, { text: 'underlined', underline: true }, { text: ' in B’s cell.' }] },
    comparisonTable(comparison.rows),
  ]
  return {
    meta: { title, organisation: '', version: '', status: '', author, date: options.date, protectiveMarking: '', numbering: 'decimal' },
    blocks,
    comments: [],
    landscape: true,
  }
}

function sourceRow(side: string, s: SourceDocument): string[] {
  return [side, s.title, s.organisation ?? '', s.date ? longDate(s.date) : '']
}

function comparisonTable(rows: readonly ComparisonRow[]): ExportBlock {
  const marked = rows.map((row) => [cellParagraphs(row.a, sideOps(row, 'a')), cellParagraphs(row.b, sideOps(row, 'b')), [[{ text: STATUS_WORDS[row.status] }]]])
  return {
    kind: 'table',
    role: 'comparison',
    caption: 'Clause by clause',
    header: ['Clause of A', 'Clause of B', 'Status'],
    rows: marked.map((cells) => cells.map((paragraphs) => paragraphs.map((runs) => runs.map((r) => r.text).join('')).join('\n'))),
    cells: marked,
  }
}

/**
 * One side's part of the row's word diff: A's cell keeps equal and deleted words (deleted
 * struck), B's keeps equal and inserted words (inserted underlined). Null when there is nothing
 * to mark: no diff, or a pair rewritten throughout (every word would be marked).
 */
function sideOps(row: ComparisonRow, side: 'a' | 'b'): InlineRun[] | null {
  if (!row.diff || row.rewritten) return null
  const keep: DiffOp['op'] = side === 'a' ? 'delete' : 'insert'
  return row.diff
    .filter((op) => op.op === 'equal' || op.op === keep)
    .map((op) => (op.op === 'equal' ? { text: op.text } : side === 'a' ? { text: op.text, strike: true } : { text: op.text, underline: true }))
}

/**
 * A cell's paragraphs: each clause its label (bold) then its text. The diff runs over the
 * side's texts joined by one space (joinTexts), so they are cut back at the clause boundaries;
 * if they do not spell the joined text exactly, the text goes unmarked rather than wrong.
 */
function cellParagraphs(refs: readonly ClauseRef[], runs: InlineRun[] | null): InlineRun[][] {
  const texts = runs && runs.map((r) => r.text).join('') === joinTexts(refs) ? cutAt(runs, refs.map((r) => r.text.length)) : refs.map((r) => [{ text: r.text }])
  return refs.map((ref, i) => [...(ref.label ? [{ text: `${ref.label} `, bold: true }] : []), ...texts[i]!.filter((r) => r.text)])
}

/** Runs cut into pieces of the given lengths, one separating character dropped between pieces. */
function cutAt(runs: readonly InlineRun[], lengths: readonly number[]): InlineRun[][] {
  const out: InlineRun[][] = lengths.map(() => [])
  let piece = 0
  let left = lengths[0] ?? 0
  for (const run of runs) {
    let text = run.text
    while (text) {
      if (left === 0 && piece < lengths.length - 1) {
        // The joining space belongs to no clause.
        text = text.slice(1)
        left = lengths[++piece]!
        continue
      }
      const take = piece === lengths.length - 1 ? text.length : Math.min(left, text.length)
      out[piece]!.push({ ...run, text: text.slice(0, take) })
      text = text.slice(take)
      left -= take
    }
  }
  return out
}
