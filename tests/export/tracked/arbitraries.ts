/** Random drafts and random edits of them, for the property tests. */
import fc from 'fast-check'
import type { Outline } from './support'

const WORDS = ['staff', 'must', 'not', 'post', 'council', 'information', 'online', 'manager', 'account', 'official', 'personal', 'views', 'public', 'report', 'abuse', 'the', 'your', 'a']
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 9 }).map((w) => w.join(' '))
const clauseArb = fc.record({ text, level: fc.integer({ min: 1, max: 3 }) })
export const outlineArb = fc.array(fc.record({ heading: text, clauses: fc.array(clauseArb, { maxLength: 5 }) }), { minLength: 1, maxLength: 4 })

export type Edit =
  | { kind: 'edit' | 'delete' | 'level' | 'insert'; s: number; c: number; text: string; level: number }
  | { kind: 'move'; s: number; c: number; toS: number; toC: number }
  | { kind: 'add-section' | 'delete-section' | 'rename-section' | 'move-section'; s: number; to: number; text: string }

const nat = fc.nat({ max: 20 })
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('edit' as const, 'delete' as const, 'level' as const, 'insert' as const), s: nat, c: nat, text, level: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('move' as const), s: nat, c: nat, toS: nat, toC: nat }),
  fc.record({ kind: fc.constantFrom('add-section' as const, 'delete-section' as const, 'rename-section' as const, 'move-section' as const), s: nat, to: nat, text }),
)

type Shape = { heading: string; clauses: { text: string; level: number }[] }[]

export function build(shape: Shape): Outline {
  let n = 0
  return shape.map((s, i) => ({ id: `s${i}`, heading: s.heading, clauses: s.clauses.map((c) => ({ id: `c${n++}`, ...c })) }))
}

/** The edits applied to a copy; out-of-range picks wrap, impossible ones are skipped. */
export function apply(base: Outline, edits: readonly Edit[]): Outline {
  const o = structuredClone(base)
  let fresh = 0
  for (const e of edits) {
    if (o.length === 0) o.push({ id: `new-s${fresh++}`, heading: '', clauses: [] })
    const s = o[e.s % o.length]!
    switch (e.kind) {
      case 'insert':
        s.clauses.splice(e.c % (s.clauses.length + 1), 0, { id: `new-c${fresh++}`, text: e.text, level: e.level })
        break
      case 'edit':
      case 'delete':
      case 'level': {
        if (s.clauses.length === 0) break
        const c = e.c % s.clauses.length
        if (e.kind === 'edit') s.clauses[c]!.text = e.text
        else if (e.kind === 'level') s.clauses[c]!.level = e.level
        else s.clauses.splice(c, 1)
        break
      }
      case 'move': {
        if (s.clauses.length === 0) break
        const [clause] = s.clauses.splice(e.c % s.clauses.length, 1)
        const to = o[e.toS % o.length]!
        to.clauses.splice(e.toC % (to.clauses.length + 1), 0, clause!)
        break
      }
      case 'add-section':
        o.splice(e.to % (o.length + 1), 0, { id: `new-s${fresh++}`, heading: e.text, clauses: [] })
        break
      case 'delete-section':
        if (o.length > 1) o.splice(e.s % o.length, 1)
        break
      case 'rename-section':
        s.heading = e.text
        break
      case 'move-section': {
        const [section] = o.splice(e.s % o.length, 1)
        o.splice(e.to % (o.length + 1), 0, section!)
        break
      }
    }
  }
  return o
}

