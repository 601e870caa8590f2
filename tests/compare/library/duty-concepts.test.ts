/** Duty concepts: what a clause is about, found from cue words in many voices. */
import { describe, expect, it } from 'vitest'
import { dutyConceptNames, dutyConcepts, namesDuty } from '../../../src/shared/compare/library/duty-concepts'

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
  it('reads a friend, not a friendly tone, as befriending (duty set 8)', () => {
    // Note: "friend*" read "Keep it friendly" and "a friendly librarian" as befriending, and the
    // two tone clauses joined "won't send you friend requests".
    expect(named('Keep replies friendly and warm.')).not.toContain('befriend')
    expect(named('Do not become friends with service users online.')).toContain('befriend')
    expect(named('Never send a friend request to a pupil.')).toContain('befriend')
    expect(named('No online friendship with people met on home visits.')).toContain('befriend')
  })

  it("reads one's own complaint about work, a live case and wrongdoing, each in two voices", () => {
    expect(named('If you are unhappy at work, use the grievance procedure.')).toContain('grievance')
    expect(named('Disputes about rotas are raised with your supervisor.')).toContain('grievance')
    expect(named('Do not comment on matters awaiting a hearing.')).toContain('pending')
    expect(named('Staff shall not discuss cases subject to ongoing investigations or court proceedings.')).toContain('pending')
    expect(named('Report malpractice through the proper channel.')).toContain('whistleblow')
    expect(named('Anyone who suspects wrongdoing should use the whistleblowing procedure.')).toContain('whistleblow')
    // Note: no "outstanding": praise ("outstanding work") is not a case awaiting decision.
    expect(named('The team did outstanding work this year.')).not.toContain('pending')
  })
  it('reads running the body down, its uniform and where staff are, each in two voices (duty set 9)', () => {
    expect(named('Do not make derogatory remarks about the organisation online.')).toContain('disparage')
    expect(named("Please don't bad-mouth the club or bring it into disrepute.")).toContain('disparage')
    expect(named('Staff in uniform must not appear in posts on their own accounts.')).toContain('uniform')
    expect(named('Keep your lanyard and tabard out of your holiday snaps.')).toContain('uniform')
    expect(named('Lone workers must record their whereabouts before each visit.')).toContain('whereabouts')
    expect(named('Let the office know where you are going and when you expect to be back.')).toContain('whereabouts')
    // Note: no "criticis*": criticising a party, a competitor or the body's own posts is another duty.
    expect(named('Do not use official accounts to criticise a political party.')).not.toContain('disparage')
  })

  it("reads the public's complaints, unused accounts and leaving, each in two voices (duty set 9)", () => {
    expect(named('Point anyone who complains to the formal procedure.')).toContain('complaint')
    expect(named('Visitors who are dissatisfied are given a feedback form.')).toContain('complaint')
    expect(named('Dormant pages are closed by the web team.')).toContain('dormant')
    expect(named('An account left unattended for a year is shut down.')).toContain('dormant')
    expect(named('Leavers hand back their access cards.')).toContain('leaving')
    expect(named('On your last working day, hand over the passwords you hold.')).toContain('leaving')
  })
  it('reads politeness as courtesy in two voices, but not a friendly tone (duty set 9)', () => {
    expect(named('Members of staff are expected to be courteous to the public at all times.')).toContain('courtesy')
    expect(named("Even when a caller is rude, stay polite.")).toContain('courtesy')
    // Note: no "friendly", "be kind" or "considerate": with them duty set 6 gained a false pair.
    expect(named('Keep replies friendly and warm.')).not.toContain('courtesy')
  })

  it('reads speaking for the body in three voices, apart from stating one\'s own view (duty sets 7 and 10)', () => {
    expect(named("Please don't answer questions online as if you were the museum.")).toContain('speak-for')
    expect(named('Employees shall not purport to state the position of the Council.')).toContain('speak-for')
    expect(named('Volunteers are not the voice of the charity online; the office is.')).toContain('speak-for')
    expect(named('Add a line to your profile saying the opinions are your own.')).not.toContain('speak-for')
  })

  it('reads an accident, an injury or someone taken ill as an incident, in three voices (duty sets 8 and 10)', () => {
    expect(named('After an accident at work, do not post about it.')).toContain('incident')
    expect(named('Personnel shall not publish images of any incident ground or casualty.')).toContain('incident')
    expect(named('If a customer is taken ill in the shop, it is not something for your feed.')).toContain('incident')
    expect(named('Report a lost laptop to the service desk.')).not.toContain('incident')
  })

  it('reads using only images one has the right to as copyright, in three voices (duty sets 4, 7 and 10)', () => {
    expect(named('Only share pictures you took yourself.')).toContain('copyright')
    expect(named('Third-party images may be used only where licensed to the Service.')).toContain('copyright')
    expect(named('Take pictures of the collection from our picture library, not your phone.')).toContain('copyright')
    expect(named('Photos of children need written permission from a parent first.')).not.toContain('copyright')
    // Note: "licence" alone read Wealdham's "It doesn't give you licence to say anything" (a
    // disclaimer) as copyright, and took it out of its own-views family in the corpus.
    expect(named("A disclaimer doesn't give you licence to say anything.")).not.toContain('copyright')
  })

  it('reads not posting where one is working in two voices, apart from telling the office where you are (duty sets 7 and 8)', () => {
    expect(named('Switch off location tagging before you post from site.')).toContain('location')
    expect(named("Don't say where you're working while you're still there.")).toContain('location')
    // Note: no bare "check in": "check in with the office" is whereabouts, a safety duty, not a post.
    expect(named('Check in with the office when you arrive at each visit.')).not.toContain('location')
    expect(namesDuty[dutyConceptNames.indexOf('location')]).toBe(true)
  })

  it('reads running the body down in plain words too (duty set 9)', () => {
    expect(named("By all means talk about your job, but don't run the trust down in public.")).toContain('disparage')
    expect(named('Please say nothing online that damages our name.')).toContain('disparage')
  })
})
