/** Duty concepts: what a clause is about, found from cue words in many voices. */
import { describe, expect, it } from 'vitest'
import { dutyConceptNames, dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'

const named = (text: string): string[] => dutyConcepts(text).map((c) => dutyConceptNames[c]!)

describe('duty concepts', () => {
  it('finds one duty in three voices that share no content word', () => {
    const plain = named('Keep anything you learn at work to yourself.')
    const formal = named('Employees shall not divulge information which the Council holds in confidence.')
    const passive = named('The publication of sensitive council material is prohibited.')
    for (const found of [plain, formal, passive]) expect(found).toContain('confidential')
    expect(formal).toContain('disclose')
    expect(passive).toContain('disclose')
  })

  it('reads a cue ending in * as any word it begins, and a phrase only in order', () => {
    expect(named('Colleagues were belittled online.')).toEqual(expect.arrayContaining(['bully', 'colleagues']))
    expect(named('Tell your line manager.')).toContain('report')
    expect(named('Your manager line: tell.')).not.toContain('report')
  })

  it('tells apart words a looser match would join', () => {
    // "log" and "logs" are monitoring; "login" is a password.
    expect(named('All internet use is logged.')).toContain('monitor')
    expect(named('Never share the login for the page.')).toEqual(expect.arrayContaining(['passwords']))
    expect(named('Never share the login for the page.')).not.toContain('monitor')
  })

  it('reads promoting or selling goods as endorsement in three voices (duty set 7)', () => {
    expect(named('Do not promote commercial products or services linked to your research.')).toContain('endorse')
    expect(named("Coaches shouldn't promote their own coaching businesses or sponsors' offers.")).toContain('endorse')
    expect(named("Don't use the shop's name to sell or advertise anything of your own.")).toContain('endorse')
  })

  it('reads a local paper or a radio station as the press', () => {
    expect(named('If a local paper or radio station gets in touch, put them in touch with head office.')).toContain('press')
  })

  it('reads putting a mistake right as correcting, in three voices (duty set 7)', () => {
    expect(named('If you get something wrong in public, correct it openly.')).toContain('correct')
    expect(named('Where a post is found to be inaccurate, the Clerk shall publish a correction.')).toContain('correct')
    expect(named('Where an error appears in a published notice, a corrected notice is issued.')).toContain('correct')
  })

  it('gives each concept once, in ascending order, and nothing for text with no cue', () => {
    const found = dutyConcepts('Confidential, confidential and in confidence: do not disclose or reveal it.')
    expect(found).toEqual([...new Set(found)].sort((a, b) => a - b))
    expect(dutyConcepts('Version 1.0')).toEqual([])
    expect(dutyConcepts('')).toEqual([])
  })
})
