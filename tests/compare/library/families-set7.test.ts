/** Families on duty set 7 (written apart in session 16, for tuning): duties found by concepts its voices share. */
import { describe, expect, it } from 'vitest'
import { together } from './fixtures'
import { dutySetFamilies } from './duty-set-families'
import { expectFamilyInvariants } from './invariants'

describe('families: duty set 7', () => {
  const { index, families, expectFloor } = dutySetFamilies('duty-set-7.json')

  it('keeps its floor: precision 0.78, recall 0.45 (0.772 / 0.446 before the location concept; single link 0.733 / 0.126)', () => {
    expectFloor(0.78, 0.45)
  })

  it('joins three ways of saying "do not use the body to sell" through the endorse concept', () => {
    // "Do not promote commercial products ...", "Coaches shouldn't promote their own coaching
    // businesses ...", "Don't use the shop's name to sell or advertise anything of your own":
    // no topic, few shared words; alone before the concept.
    expect(together(families, 'caldermoor.7', 'brookfield.10')).toBe(true)
    expect(together(families, 'caldermoor.7', 'secondchances.8')).toBe(true)
    expectFamilyInvariants(index, families)
  })

  it('sends "a local paper or radio station" to the family of journalists', () => {
    // The charity shop's "If a local paper or radio station gets in touch, put them in touch
    // with our comms team" and the hospital's "Any approach from a journalist must be referred
    // to the Communications Team": the press concept, once it reads local papers and radio.
    expect(together(families, 'secondchances.15', 'hollinvale.20')).toBe(true)
  })

  it('keeps "a corrected notice is issued and the change is recorded" out of the records family', () => {
    // The appeals office's correction shares only "recorded" (the records concept) with "Posts
    // ... form part of the records of the Council"; read as correcting a mistake as well, the
    // records concept is no longer most of what it says.
    expect(together(families, 'hartfield.14', 'caldermoor.23')).toBe(false)
    expect(together(families, 'caldermoor.23', 'littleamwell.17')).toBe(true)
  })

  it('joins "give the impression ... on behalf of the Trust" with "answer questions online as if you were the charity" through speak-for', () => {
    expect(together(families, 'hollinvale.5', 'secondchances.6')).toBe(true)
  })

  it('joins location tagging on wards with "where the squad is training" through the location concept, and no longer with confidentiality', () => {
    // Before the concept the hospital's location-tagging rule sat in a confidentiality family
    // on shared topic words; the football club's was alone.
    expect(together(families, 'hollinvale.11', 'brookfield.6')).toBe(true)
    expect(together(families, 'hollinvale.11', 'hartfield.9')).toBe(false)
  })
})
