/** Families on duty set 10 (written apart in session 20, for tuning): duties said in ordinary words across seven kinds of document. */
import { describe, expect, it } from 'vitest'
import { buildFamilies } from '../../../src/shared/compare/library'
import { together } from './fixtures'
import { dutySetFamilies } from './duty-set-families'

describe('families: duty set 10', () => {
  const { index, families, expectFloor } = dutySetFamilies('duty-set-10.json')

  it('keeps its floor: precision 0.90, recall 0.375 (0.860 / 0.362 with the distinct-concept bonus at 0.3, 0.753 / 0.262 before distinct concepts and the speak-for and incident concepts; single link 0.864 / 0.086)', () => {
    expectFloor(0.9, 0.375)
  })

  it('joins the two halves of the media duty through the press concept each source says once', () => {
    // The museum's journalists at the desk and the ambassadors' student paper made one family,
    // the parish's "newspapers, radio or bloggers" and the bus notice's "Press or TV" another;
    // the trust's "Media enquiries ... referred without comment" stayed alone. Every clause
    // says press once in its source, so the concept counts whole between them.
    expect(together(families, 'harrowfield.8', 'littlewendham.16')).toBe(true)
    expect(together(families, 'ashcombe.12', 'redline.6')).toBe(true)
    const without = buildFamilies(index, { distinctConceptBonus: 0 })
    expect(together(without, 'harrowfield.8', 'littlewendham.16')).toBe(false)
    expect(together(without, 'ashcombe.12', 'redline.6')).toBe(false)
  })

  it('joins the foodbank\'s whistleblowing answer to the trust\'s Freedom to Speak Up clause', () => {
    expect(together(families, 'cinderford.13', 'harrowfield.13')).toBe(true)
  })

  it('joins the care card\'s fall on a call with the bus notice\'s accidents through the incident concept', () => {
    // "Had a fall or an accident on a call? ... It never goes on social media" / "Accidents,
    // incidents and breakdowns are NOT to be discussed online": the incident concept.
    expect(together(families, 'brightwater.15', 'redline.5')).toBe(true)
  })

  it('joins "not the voice of Brightwater" with "publish content on behalf of the Trust" through speak-for', () => {
    expect(together(families, 'brightwater.8', 'harrowfield.6')).toBe(true)
  })

  it('joins the museum\'s picture library with "pictures you took yourself", and keeps the latter out of photo consent', () => {
    // Both speak of photos, as every consent clause does; the copyright concept tells them apart.
    expect(together(families, 'ashcombe.15', 'wexley.6')).toBe(true)
    expect(together(families, 'wexley.6', 'cinderford.1')).toBe(false)
  })

  it('joins "not the voice of Brightwater" with "must not present themselves as speaking for Redline", not with "speaking for yourself"', () => {
    // Both say speak-for once in their sources; at a bonus of 0.3 the foodbank's own-views
    // answer ("make it clear ... you're speaking for yourself, not for the foodbank") took the
    // bus notice's clause first, into a family of own views.
    expect(together(families, 'brightwater.8', 'redline.7')).toBe(true)
    expect(together(families, 'cinderford.8', 'redline.7')).toBe(false)
    const before = buildFamilies(index, { distinctConceptBonus: 0.3 })
    expect(together(before, 'brightwater.8', 'redline.7')).toBe(false)
  })
})
