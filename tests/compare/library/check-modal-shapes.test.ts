/**
 * Modal shapes the draft check reads since session 21 (stance.ts), each as a conflict in a
 * two-clause draft and as a stance, with the look-alikes that must stay quiet; and the tune-2
 * set (tests/fixtures/library/draft-check-tune-2.json, written before these rules) as a whole.
 */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../../src/shared/compare/library'
import { propositionsOf } from '../../../src/shared/compare/library/stance'
import { checkPairs, draft, loadPairs, scoreSet } from './draft-check-sets'

const stances = (text: string): (string | null)[] => propositionsOf(text).map((p) => p.stance)
const conflicts = (a: string, b: string): number => checkDocument(draft([a, b])).conflicts.length

describe('stances of the new modal shapes', () => {
  it('reads "need not", "does not have to", "do not need to" and "not required / obliged / expected to" as no duty', () => {
    expect(stances('Night staff need not complete a handover sheet.')).toEqual(['release'])
    expect(stances("A member doesn't have to wear club colours.")).toEqual(['release'])
    expect(stances('You do not need to ask before you post.')).toEqual(['release'])
    expect(stances('Berth holders are not required to show proof of insurance.')).toEqual(['release'])
    expect(stances('Operatives are not obliged to wear ear defenders.')).toEqual(['release'])
    expect(stances('Relatives are not expected to sign the book.')).toEqual(['release'])
  })

  it('reads "obliged to" as a duty, "entitled to" as a permission and "not entitled to" as forbidding', () => {
    expect(stances('Operatives are obliged to wear ear defenders.')).toEqual(['oblige'])
    expect(stances('Students are entitled to a copy of their reports.')).toEqual(['permit'])
    expect(stances('Students are not entitled to a copy of their reports.')).toEqual(['forbid'])
  })

  it('reads "is acceptable / permissible" as permitting and "is unacceptable / impermissible" as forbidding, only after "is" or "are"', () => {
    expect(stances('It is acceptable to keep a kettle in your room.')).toEqual(['permit'])
    expect(stances("It's permissible to moor alongside.")).toEqual(['permit'])
    expect(stances('It is unacceptable to keep a kettle in your room.')).toEqual(['forbid'])
    expect(stances('Mooring alongside is impermissible.')).toEqual(['forbid'])
    // Note: names, not duties.
    expect(stances('This acceptable use statement covers the shared computers.')).toEqual([null])
    expect(stances('Unacceptable behaviour towards staff is recorded by the manager.')).toEqual([null])
  })

  it('reads "nobody may" as forbidding, like "no one may"', () => {
    expect(stances('Nobody may enter the cold store alone.')).toEqual(['forbid'])
  })
})

describe('conflicts in the new modal shapes', () => {
  it('finds a duty against no duty to do the same', () => {
    expect(conflicts('Night staff must complete a handover sheet for every resident.', 'Night staff need not complete a handover sheet for every resident.')).toBe(1)
    expect(conflicts('A member must wear club colours at away fixtures.', 'A member does not have to wear club colours at away fixtures.')).toBe(1)
    expect(conflicts('Berth holders are required to show proof of insurance each April.', 'Berth holders are not required to show proof of insurance each April.')).toBe(1)
    const reason = checkDocument(draft(['Night staff must complete a handover sheet for every resident.', 'Night staff need not complete a handover sheet for every resident.'])).conflicts[0]!.reason
    expect(reason).toContain('requires what clause 2 does not require')
  })

  it('finds acceptable against unacceptable, entitled against not entitled, nobody against anyone', () => {
    expect(conflicts('It is acceptable for residents to keep a kettle in their room.', 'It is unacceptable for residents to keep a kettle in their room.')).toBe(1)
    expect(conflicts('Students are entitled to a copy of their marked lab reports.', 'Students are not entitled to a copy of their marked lab reports.')).toBe(1)
    expect(conflicts('Nobody may enter the plant room without a permit.', 'Anyone may enter the plant room without a permit.')).toBe(1)
  })

  it('finds no conflict between "need not" and "must not": neither asks for the act', () => {
    expect(conflicts('Night staff need not complete a handover sheet for every resident.', 'Night staff must not complete a handover sheet for every resident.')).toBe(0)
  })

  it('finds no repeat in a duty and no duty to do the same', () => {
    const check = checkDocument(draft(['Operatives are obliged to wear ear defenders in the compactor shed.', 'Operatives are not obliged to wear ear defenders in the compactor shed.']))
    expect(check.repeats).toEqual([])
    expect(check.conflicts).toHaveLength(1)
  })
})

describe('tune set 2 (written before these rules; tuned on)', () => {
  it('finds its conflicts and none of its look-alikes (first measure: conflicts recall 0.08)', () => {
    const pairs = loadPairs('draft-check-tune-2.json')
    const s = scoreSet(pairs, checkPairs(pairs))
    expect(s.conflicts.recall).toBeGreaterThanOrEqual(0.9)
    expect(s.conflicts.precision).toBeGreaterThanOrEqual(0.95)
    expect(s.lookAlikeConflicts).toBe(0)
  })
})

describe('contracted negations', () => {
  it("finds \"aren't allowed\" against \"allowed\" in a two-clause draft, where the words share no topic", () => {
    expect(conflicts("You're allowed to borrow the club's kayaks at weekends.", "You aren't allowed to borrow the club's kayaks at weekends.")).toBe(1)
  })

  it('leaves them out of what a duty is about', () => {
    expect(propositionsOf("Interns can't sign delivery notes.")[0]!.terms).toEqual(propositionsOf('Interns can sign delivery notes.')[0]!.terms)
  })
})
