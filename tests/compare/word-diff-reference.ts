/**
 * The word diff as it was written before it was made faster (a Unicode pattern for the tokens,
 * the common ends joined from tokens): the oracle that tests/compare/word-diff-identical.test.ts
 * holds the fast one to, since the export's tracked changes and every comparison's diffs must
 * not change by a byte.
 */
import { diffArrays } from 'diff'
import type { DiffOp } from '../../src/shared/model'

export const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^]/gu

export function referenceTokens(text: string): string[] {
  const tokens = text.match(TOKEN) ?? []
  return tokens.join('') === text ? tokens : Array.from(text)
}

const isSpace = (text: string): boolean => /^\s+$/.test(text)

export function referenceWordDiff(a: string, b: string, maxEditLength = 1000): { ops: DiffOp[]; rewritten: boolean } {
  if (a === b) return { ops: a ? [{ op: 'equal', text: a }] : [], rewritten: false }
  const ta = referenceTokens(a)
  const tb = referenceTokens(b)
  let head = 0
  while (head < ta.length && head < tb.length && ta[head] === tb[head]) head++
  let tail = 0
  while (tail < ta.length - head && tail < tb.length - head && ta[ta.length - 1 - tail] === tb[tb.length - 1 - tail]) tail++
  const midA = ta.slice(head, ta.length - tail)
  const midB = tb.slice(head, tb.length - tail)
  const ops: DiffOp[] = []
  const push = (op: DiffOp['op'], text: string): void => {
    if (text) ops.push({ op, text })
  }
  push('equal', ta.slice(0, head).join(''))
  if (midA.length === 0 || midB.length === 0) {
    push('delete', midA.join(''))
    push('insert', midB.join(''))
  } else {
    const changes = diffArrays(midA, midB, { maxEditLength })
    if (!changes) {
      const rewritten: DiffOp[] = []
      if (a) rewritten.push({ op: 'delete', text: a })
      if (b) rewritten.push({ op: 'insert', text: b })
      return { ops: rewritten, rewritten: true }
    }
    for (const change of changes) push(change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''))
  }
  push('equal', ta.slice(ta.length - tail).join(''))
  return { ops: tidy(ops), rewritten: false }
}

function tidy(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = []
  let del = ''
  let ins = ''
  const flush = (): void => {
    if (del) out.push({ op: 'delete', text: del })
    if (ins) out.push({ op: 'insert', text: ins })
    del = ''
    ins = ''
  }
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!
    const inRun = del !== '' || ins !== ''
    const nextChanges = i + 1 < ops.length && ops[i + 1]!.op !== 'equal'
    if (op.op === 'equal' && inRun && nextChanges && isSpace(op.text)) {
      del += op.text
      ins += op.text
    } else if (op.op === 'equal') {
      flush()
      const last = out.at(-1)
      if (last && last.op === 'equal') last.text += op.text
      else out.push({ op: 'equal', text: op.text })
    } else if (op.op === 'delete') del += op.text
    else ins += op.text
  }
  flush()
  return out
}
