/**
 * A comparison as a terminal shows it: a header with the counts, then one block per row,
 * with the labels on each side and the word differences marked: in colour where the terminal
 * has it ([-deleted-] and {+inserted+} where it does not, as `git diff --word-diff` prints).
 */
import type { ClauseRef, Comparison, ComparisonRow, DiffOp } from '../../shared/model'

const MARK: Record<ComparisonRow['status'], string> = {
  same: '=',
  changed: '~',
  moved: '>',
  'moved-changed': '>~',
  'only-a': '-',
  'only-b': '+',
  split: '<',
  merged: '><',
}

const DESCRIBE: Record<ComparisonRow['status'], string> = {
  same: 'same',
  changed: 'changed',
  moved: 'moved',
  'moved-changed': 'moved and changed',
  'only-a': 'only in A',
  'only-b': 'only in B',
  split: 'split in B',
  merged: 'merged in B',
}

interface Style {
  red(s: string): string
  green(s: string): string
  dim(s: string): string
  bold(s: string): string
}

function style(colour: boolean): Style {
  const wrap = (open: string, close: string) => (s: string) => (colour ? `\x1b[${open}m${s}\x1b[${close}m` : s)
  return { red: wrap('31', '39'), green: wrap('32', '39'), dim: wrap('2', '22'), bold: wrap('1', '22') }
}

function labels(refs: ClauseRef[]): string {
  return refs.map((r) => r.label ?? '¶').join(' + ') || '·'
}

function renderDiff(ops: DiffOp[], s: Style, colour: boolean): string {
  return ops
    .map((op) => {
      if (op.op === 'equal') return op.text
      if (op.op === 'delete') return colour ? s.red(op.text) : `[-${op.text}-]`
      return colour ? s.green(op.text) : `{+${op.text}+}`
    })
    .join('')
}

export interface RenderOptions {
  colour: boolean
  /** Leave out rows that are the same, as `diff` does (moved rows stay: a move is news). */
  changesOnly: boolean
}

export function renderComparison(comparison: Comparison, options: RenderOptions): string[] {
  const s = style(options.colour)
  const c = comparison.counts
  const lines = [
    s.bold(`A: ${comparison.a.title}`) + s.dim(`  (${comparison.a.origin})`),
    s.bold(`B: ${comparison.b.title}`) + s.dim(`  (${comparison.b.origin})`),
    `${c.same} same, ${c.changed} changed, ${c.moved} moved, ${c.movedChanged} moved and changed, ${c.split} split, ${c.merged} merged, ${c.onlyA} only in A, ${c.onlyB} only in B`,
  ]
  for (const row of comparison.rows) {
    if (options.changesOnly && row.status === 'same') continue
    const where = row.a.length && row.b.length ? `${labels(row.a)} → ${labels(row.b)}` : labels(row.a.length ? row.a : row.b)
    const score = row.a.length && row.b.length && row.status !== 'same' ? s.dim(` ${Math.round(row.similarity * 100)}%`) : ''
    lines.push('', `${MARK[row.status].padEnd(2)} ${s.bold(where)}  ${s.dim(DESCRIBE[row.status])}${score}`)
    let body: string
    if (row.diff && !row.rewritten) body = renderDiff(row.diff, s, options.colour)
    else if (row.rewritten) body = `${s.red(row.a.map((r) => r.text).join(' '))}\n   ${s.green(row.b.map((r) => r.text).join(' '))}`
    else if (row.status === 'only-a') body = options.colour ? s.red(row.a.map((r) => r.text).join(' ')) : row.a.map((r) => r.text).join(' ')
    else if (row.status === 'only-b') body = options.colour ? s.green(row.b.map((r) => r.text).join(' ')) : row.b.map((r) => r.text).join(' ')
    else body = row.b.map((r) => r.text).join(' ')
    lines.push(`   ${body}`)
  }
  return lines
}
