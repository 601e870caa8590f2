/**
 * Concepts added in session 15 for wordings the terms cannot join: the body's logo in other
 * names ("crest", "corporate identity", "livery"), personal details of the people served
 * ("names, addresses", "could be identified", "personal information"), who a policy covers
 * ("applicability ... extends to", "these rules cover"), accessible posts ("alt text",
 * "captions", "accessibility standards") and private gain ("a private interest", "favours").
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { dutyConceptNames, dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'
import { similarity } from '../../../src/shared/compare/library/sparse'
import { clauseOf } from './fixtures'

const source = (id: string, texts: string[]) => ({ id, title: id, clauses: texts.map((text, k) => clauseOf(id, { label: String(k + 1), section: ['Rules'], text }, k)) })
const named = (text: string): string[] => dutyConcepts(text).map((c) => dutyConceptNames[c]!)

describe('the concepts added in session 15', () => {
  it('reads the logo in its other names', () => {
    for (const text of ["Don't put the town crest on your profile.", 'The corporate identity is not to be used by individuals.', 'No Service livery in selfies.', 'Keep the logo off your posts.']) {
      expect(named(text)).toContain('logo')
    }
    expect(named('Log in to the page twice a day.')).not.toContain('logo')
  })

  it('reads the personal details of people served in several voices', () => {
    for (const text of ["We never post tenants' names or addresses.", 'Nothing from which a patient could be identified.', 'Publication of personal information obtained on duty is prohibited.']) {
      expect(named(text)).toContain('personal-details')
    }
    expect(named('Share your views in a personal capacity.')).not.toContain('personal-details')
  })

  it('reads who a policy covers in formal and plain voices', () => {
    for (const text of ['Applicability of this standard extends to all uniformed staff.', 'These rules cover every adult who works here.', 'This guidance is addressed to everyone employed in the service.']) {
      expect(named(text)).toContain('scope')
    }
  })

  it('does not read a school\'s governors as the scope of a policy', () => {
    // Note: "govern*" took "governors" and "governing body" (a school's review clause) to scope.
    expect(named('The governors look at these rules again every September.')).not.toContain('scope')
    expect(named('This policy governs the use of social media by staff.')).toContain('scope')
    expect(named('Staff are governed by the code of conduct.')).toContain('scope')
  })

  it('reads accessible posts and private gain in their several wordings', () => {
    for (const text of ['Describe your pictures in the alt text for screen readers.', 'We write captions for our videos.', 'Content shall meet the accessibility standards.']) {
      expect(named(text)).toContain('accessible')
    }
    for (const text of ['Employees shall not further a private interest through social media.', "We don't win work or favours for our families.", 'Nothing that trades on your position.']) {
      expect(named(text)).toContain('private-gain')
    }
    expect(named('Photos of children need consent.')).not.toContain('accessible')
  })

  it('joins three wordings of accessible posting that share no content word into one family', () => {
    const town = source('town', ['Use alt text so that screen readers can read the page.', 'Breaks are the time to read your own page.', 'Be kind to colleagues online.'])
    const county = source('county', ["Corporate content shall meet the Council's accessibility standards.", 'Personal content is confined to breaks.', 'Bullying of colleagues online is misconduct.'])
    const homes = source('homes', ['We add subtitles to everything we upload.', 'We upload nothing personal during shifts.', 'No abuse of colleagues online.'])
    const index = buildClauseIndex([town, county, homes])
    const [a, b, c] = ['town.0', 'county.0', 'homes.0'].map((id) => index.vectors[index.numberOf.get(id)!]!)
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(similarity(x!, y!)).toBeLessThan(0.2)
    const family = buildFamilies(index).find((f) => f.members.some((m) => m.clauseId === 'town.0'))
    expect(family?.members.map((m) => m.clauseId).sort()).toEqual(['county.0', 'homes.0', 'town.0'])
  })

  it('joins three names for the logo duty that share no content word into one family', () => {
    const town = source('town', ["Don't put the town crest on your profile or posts.", 'Breaks are the time for your own feeds.', 'Be kind to colleagues online.'])
    const county = source('county', ["The Council's corporate identity shall not appear on an employee's feed.", 'Personal browsing is confined to breaks.', 'Bullying of colleagues online is misconduct.'])
    const fire = source('fire', ['Service livery and emblems: never on your posts.', 'Own phones on breaks only.', 'No abuse of colleagues online.'])
    const index = buildClauseIndex([town, county, fire])
    const [a, b, c] = ['town.0', 'county.0', 'fire.0'].map((id) => index.vectors[index.numberOf.get(id)!]!)
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(similarity(x!, y!)).toBeLessThan(0.2)
    const logo = buildFamilies(index).find((f) => f.members.some((m) => m.clauseId === 'town.0'))
    expect(logo?.members.map((m) => m.clauseId).sort()).toEqual(['county.0', 'fire.0', 'town.0'])
  })
})
