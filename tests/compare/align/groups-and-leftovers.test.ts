/**
 * Splits and merges of up to four clauses with parts up to two clauses apart, titles written
 * as list items, and leftovers that pair only on evidence: small cases whose answer is plain.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, label: string | null = null): Clause => {
  n++
  return { id: `g${n}`, sourceId: 's', section: ['Rules'], label, level: label ? 1 : 0, text, inline: text, topics: [] }
}
const make = (texts: readonly string[]): Clause[] => texts.map((t) => clause(t))
const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id)
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

const COMMON = [
  'Staff may use social media at work for council business and, in moderation, during lunch breaks.',
  'Official accounts may only be set up with the approval of the Head of Communications.',
  'Every official account must have at least two trained administrators.',
  'Login details for all official accounts must be held by the Communications team.',
  'Do not accept or send friend requests to service users with whom you work.',
  'You must not disclose confidential information about the council, its partners or its staff.',
]
const BEFORE = 'Staff should review their privacy settings at least once a term.'
const AFTER = 'This policy is reviewed every year by the Vice Principal.'

describe('splits and merges beyond two neighbours', () => {
  it('finds one clause cut into four, and swapping A and B makes it a merge of four', () => {
    const a = make([
      BEFORE,
      'Staff may use social media in their own time, but they must remember that their conduct online reflects on the College, they must not post anything that would breach the Staff Code of Conduct or share information about students, and they must not use the College logo on personal accounts.',
      AFTER,
    ])
    const b = make([
      BEFORE,
      'Staff may use social media in their own time.',
      'Remember that your conduct online reflects on the College.',
      'Do not post anything that would breach the Staff Code of Conduct, and do not share information about students.',
      'Do not use the College logo on personal accounts.',
      AFTER,
    ])
    const rows = comparisonRows(a, b)
    expect(rows.map((r) => r.status)).toEqual(['same', 'split', 'same'])
    expect(ids(rows[1]!.b)).toEqual(ids(b.slice(1, 5)))
    expect(invariantProblems(a, b, rows)).toEqual([])
    const back = comparisonRows(b, a)
    expect(back.map((r) => r.status)).toEqual(['same', 'merged', 'same'])
    expect(invariantProblems(b, a, back)).toEqual([])
  })

  it('finds a merge whose first sentence is the old clause word for word, with parts around a clause kept apart', () => {
    const a = make([
      'Departments may run official accounts with the agreement of the Marketing Manager.',
      'Each official account must be registered with the Marketing team.',
      'Official accounts must be checked at least once every working day.',
      'The login details of every official account must be shared with the Marketing team.',
    ])
    const b = make([
      'Departments may run official accounts with the agreement of the Marketing Manager. Each account must be registered with the Marketing team, and its login details shared with them.',
      'Official accounts must be checked at least once every working day.',
    ])
    const rows = comparisonRows(a, b)
    const merged = rowWith(rows, b[0]!)
    expect(merged.status).toBe('merged')
    expect(ids(merged.a)).toEqual(ids([a[0]!, a[1]!, a[3]!]))
    expect(rowWith(rows, a[2]!).status).toBe('same')
    expect(invariantProblems(a, b, rows)).toEqual([])
  })

  it('takes a reworded part that accounts for a sentence of the whole no other part accounts for', () => {
    const a = make([
      'Staff who are harassed online as a result of their work should tell their line manager, who will offer support and can refer them to the employee assistance programme.',
      'The College will ask platforms to remove abusive content where appropriate.',
    ])
    const b = make([
      'Staff who are harassed online as a result of their work should tell their line manager.',
      'The College will ask platforms to remove abusive content where appropriate.',
      'Your line manager will offer support and can refer you to the employee assistance programme.',
    ])
    const rows = comparisonRows(a, b)
    const split = rowWith(rows, a[0]!)
    expect(split.status).toBe('split')
    expect(ids(split.b)).toEqual(ids([b[0]!, b[2]!]))
    // Rows follow their first B clause; the split's second part comes after the row between.
    expect(rows.map((r) => r.status)).toEqual(['split', 'same'])
    expect(invariantProblems(a, b, rows)).toEqual([])
  })

  it('leaves a new clause apart when its words are only partly in a neighbouring clause', () => {
    const a = make(['Staff must not post photographs of pupils on personal accounts.', AFTER])
    const b = make(['Staff must not post photographs of pupils on personal accounts.', 'Staff must complete safeguarding training every two years.', AFTER])
    expect(comparisonRows(a, b).map((r) => r.status)).toEqual(['same', 'only-b', 'same'])
  })
})

describe('titles and leftovers', () => {
  it('never pairs a title written as a numbered list item with a clause that shares its words', () => {
    const a = [clause('Corporate accounts', '2.'), clause('The Communications Team manages all corporate social media accounts.', '1.')]
    const b = [clause('The Communications Team manages all corporate social media accounts.'), clause('Corporate accounts must not be used to promote commercial products.')]
    const rows = comparisonRows(a, b)
    expect(rowWith(rows, a[0]!).status).toBe('only-a')
    expect(rowWith(rows, b[1]!).status).toBe('only-b')
    expect(rowWith(rows, a[1]!).status).toBe('same')
  })

  it('still pairs two titles, and a short line without a label (a document-control row)', () => {
    const a = [clause('Corporate accounts', '2.'), clause('Status | Draft for consultation.')]
    const b = [clause('Corporate accounts', '3.'), clause('Status Approved')]
    expect(comparisonRows(a, b).map((r) => r.status)).toEqual(['same', 'changed'])
  })

  it('leaves a removed closing clause and a new one appended apart, though both are left over and share a word', () => {
    const a = make([...COMMON, 'This policy will be reviewed annually by Human Resources.'])
    const b = make([...COMMON, 'Managers should remind new starters of this policy during their induction.'])
    expect(comparisonRows(a, b).map((r) => r.status)).toEqual([...COMMON.map(() => 'same'), 'only-a', 'only-b'])
  })

  it('pairs the one clause left over between two in-order neighbours of its section on weak evidence, and not across sections', () => {
    const middleA = 'Staff shall refrain from the discussion of school matters on social media.'
    const middleB = "Don't chat about school business online."
    const inSection = (texts: string[], section: string): Clause[] => texts.map((t) => ({ ...clause(t), section: [section] }))
    const a = inSection([...COMMON.slice(0, 3), middleA, ...COMMON.slice(3)], 'Conduct of staff')
    const b = inSection([...COMMON.slice(0, 3), middleB, ...COMMON.slice(3)], 'What we ask of you')
    // Note: the two score 0.14 here; with the gap bar at 0.16, only the snug bar (3/4 of it) lets them pair.
    const options = { gapThreshold: 0.16 }
    expect(rowWith(comparisonRows(a, b, options), a[3]!).status).toBe('changed')
    // The same two clauses, but B's stands in a section of its own: the place says less.
    const b2 = [...b.slice(0, 3), { ...b[3]!, section: ['New section'] }, ...b.slice(4)]
    expect(rowWith(comparisonRows(a, b2, options), a[3]!).status).toBe('only-a')
  })

  it('pairs a clause reworded in place with contractions and derived forms (accept ~ acceptance)', () => {
    const a = make(['Staff must not post confidential information.', 'The acceptance of gifts offered online is prohibited.', AFTER])
    const b = make(['Staff must not post confidential information.', "Don't accept gifts that someone offers you online.", AFTER])
    expect(comparisonRows(a, b).map((r) => r.status)).toEqual(['same', 'changed', 'same'])
  })
})
