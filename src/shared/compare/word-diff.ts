/**
 * Word-level difference of two clause texts, the second stage of comparing (the first pairs the
 * clauses). Tokens are words, runs of whitespace and single punctuation marks, so the equal and
 * delete texts joined give A exactly and the equal and insert texts joined give B exactly.
 *
 * The work is bounded: past `maxEditLength` token edits (or `timeoutMs`, when given) the pair
 * is "rewritten", reported as all of A deleted and all of B inserted, and diffing stops there.
 */
import type { DiffOp } from '../model'
import { diffTokens } from './token-diff'
import { wordTokens } from './word-tokens'

export { wordTokens }

export interface WordDiffOptions {
  /**
   * Most token edits (insertions plus deletions of words, spaces and marks) the search may
   * consider between the common start and end of the two texts (which cost nothing to find
   * and are set aside first); past it the pair is rewritten. Bounds the work to about
   * O((|A| + |B|) * maxEditLength). Default 1,000.
   */
  maxEditLength?: number
  /**
   * Wall-clock bound in milliseconds (read as jsdiff reads it, once per edit length). Unset by
   * default, so results never depend on the speed of the machine.
   */
  timeoutMs?: number
}

export interface WordDiff {
  ops: DiffOp[]
  /** True when the bound was reached: ops are then [delete all of A, insert all of B]. */
  rewritten: boolean
}

export const DEFAULT_MAX_EDIT_LENGTH = 1000

const isSpace = (text: string): boolean => /^\s+$/.test(text)

export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordDiff {
  if (a === b) return { ops: a ? [{ op: 'equal', text: a }] : [], rewritten: false }
  const ta = wordTokens(a)
  const tb = wordTokens(b)
  // Common prefix and suffix cost nothing to find and are kept out of the bounded search.
  // Note: their lengths in characters are counted as they are found, so that they are cut
  // from the texts, not joined again from tokens.
  let head = 0
  let headChars = 0
  while (head < ta.length && head < tb.length && ta[head] === tb[head]) headChars += ta[head++]!.length
  let tail = 0
  let tailChars = 0
  while (tail < ta.length - head && tail < tb.length - head && ta[ta.length - 1 - tail] === tb[tb.length - 1 - tail]) tailChars += ta[ta.length - 1 - tail++]!.length
  const midA = ta.slice(head, ta.length - tail)
  const midB = tb.slice(head, tb.length - tail)

  const asked = options.maxEditLength
  const maxEditLength = typeof asked === 'number' && !Number.isNaN(asked) ? Math.max(0, Math.floor(asked)) : DEFAULT_MAX_EDIT_LENGTH
  const ops: DiffOp[] = []
  const push = (op: DiffOp['op'], text: string): void => {
    if (text) ops.push({ op, text })
  }
  push('equal', a.slice(0, headChars))
  if (midA.length === 0 || midB.length === 0) {
    push('delete', a.slice(headChars, a.length - tailChars))
    push('insert', b.slice(headChars, b.length - tailChars))
  } else {
    // Note: jsdiff's diffArrays to the op (token-diff.ts), without its garbage.
    const changes = diffTokens(midA, midB, maxEditLength, options.timeoutMs)
    if (!changes) return rewrittenDiff(a, b)
    for (const change of changes) push(change.op, (change.op === 'delete' ? midA : midB).slice(change.start, change.start + change.count).join(''))
  }
  push('equal', a.slice(a.length - tailChars))
  return { ops: tidy(ops), rewritten: false }
}

/** What a pair past the bound gets: all of A deleted, all of B inserted. */
export function rewrittenDiff(a: string, b: string): WordDiff {
  const ops: DiffOp[] = []
  if (a) ops.push({ op: 'delete', text: a })
  if (b) ops.push({ op: 'insert', text: b })
  return { ops, rewritten: true }
}

/**
 * Readable ops: a lone space kept equal between two changes is folded into them, and each run
 * of changes becomes one deletion followed by one insertion. Both texts are unchanged by this.
 * Note: "post ~~it~~ online" reads better than "~~a~~ ++the++ ~~b~~ ++c++" with a shared space.
 */
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

/** A's text from the ops (equal and delete), as the invariant says. */
export function sourceOf(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')
}

/** B's text from the ops (equal and insert). */
export function targetOf(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')
}
