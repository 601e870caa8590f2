/** Families on duty set 9 (written apart in session 19, for tuning): duties found by the concepts of ordinary words. */
import { describe, expect, it } from 'vitest'
import { buildFamilies } from '../../../src/shared/compare/library'
import { together } from './fixtures'
import { dutySetFamilies } from './duty-set-families'

describe('families: duty set 9', () => {
  const { index, families, expectFloor } = dutySetFamilies('duty-set-9.json')

  it('keeps its floor: precision 0.81, recall 0.46 (0.803 / 0.420 before the plainer disparage cues, 0.735 / 0.335 before distinct concepts and the speak-for and incident concepts, 0.646 / 0.286 before its concepts; single link 0.578 / 0.165)', () => {
    expectFloor(0.81, 0.46)
  })

  it('joins the leisure trust\'s kit and the charity\'s tabard through the uniform concept', () => {
    // "Please don't put photos or clips of yourself in Northbank kit on your personal channels" /
    // "Please take the Dalesway tabard off before anyone snaps a photo of you": photo alone is
    // every consent clause's concept too.
    expect(together(families, 'northbank.2', 'dalesway.3')).toBe(true)
  })

  it('joins telling the duty manager where you are heading with the shared calendar through whereabouts', () => {
    expect(together(families, 'northbank.4', 'cressford.4')).toBe(true)
  })

  it('joins an unhappy passenger with a complaint logged in a day through the complaint concept', () => {
    expect(together(families, 'dalesway.8', 'greyhaven.15')).toBe(true)
  })

  it('joins "when you leave" and "when I leave" through the leaving concept', () => {
    expect(together(families, 'greyhaven.24', 'staldric.19')).toBe(true)
  })
  it('joins "stay polite" in a questions-and-answers page with "be polite to everyone" through courtesy', () => {
    expect(together(families, 'cressford.8', 'thornbury.0')).toBe(true)
  })
  it('joins "slag off the library" with "undermine public confidence in the Service" through disparage, said once by each', () => {
    // Two voices that share no word; the concept, diluted among each clause's others, counted
    // too little until a concept said once by each source counted whole (distinct-concepts.ts).
    expect(together(families, 'thornbury.7', 'westmarch.9')).toBe(true)
    expect(together(buildFamilies(index, { distinctConceptBonus: 0 }), 'thornbury.7', 'westmarch.9')).toBe(false)
  })

  it('joins "don\'t run the council down in public" and "damages our name" to the family of running the body down', () => {
    // Cressford's answer and Dalesway's note say disparage in plain words the cues now read;
    // each source says it once, so the concept counts whole (distinct-concepts.ts).
    expect(together(families, 'cressford.1', 'thornbury.7')).toBe(true)
    expect(together(families, 'dalesway.11', 'thornbury.7')).toBe(true)
  })
})
