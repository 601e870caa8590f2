/**
 * The organisation read from the start of a title, for files that state no organisation field
 * (the corpus's Word, PDF and Markdown policies): the library groups by it.
 */
import { describe, expect, it } from 'vitest'
import { organisationInTitle } from '../../src/shared/import/recognise/organisation-in-title'

describe('organisationInTitle', () => {
  it.each([
    ['Riverside Borough Council Social Media Policy (DRAFT)', 'Riverside Borough Council'],
    ['Northmoor District Council: Social Media Policy', 'Northmoor District Council'],
    ['Castlegate Metropolitan Borough Council Social Networking Sites Policy', 'Castlegate Metropolitan Borough Council'],
    ['Kingsmere City Council Employee Code of Conduct', 'Kingsmere City Council'],
    ['Fernleigh Mutual Group: Social Media Guidelines for Colleagues', 'Fernleigh Mutual Group'],
    ['The Redmarsh County Council Information Governance Policy', 'Redmarsh County Council'],
    ['Tamsworth and Delling Councils ICT Acceptable Use Policy', 'Tamsworth and Delling Councils'],
  ])('reads %j as %j', (title, organisation) => {
    expect(organisationInTitle(title)).toBe(organisation)
  })

  it('takes the body, not its unit: the shortest name that ends as an organisation ends', () => {
    expect(organisationInTitle('Ashbury County Council Youth Service: Social Networking Guidelines for Youth Work')).toBe('Ashbury County Council')
  })

  it.each([
    'Social media at Wealdham',
    'Social Media and the Civil Service',
    'Acceptable Use of ICT Policy: extract, sections 7 to 9',
    'Principles for participating online: guidance for civil servants',
    'Social Media Policy Board terms of reference',
    'County Council social media policy',
    'Guidance: Riverside Borough Council',
    'Riverside: Borough Council policy',
    'Online participation protocol: Know Your Rights campaign',
  ])('finds no organisation at the start of %j', (title) => {
    expect(organisationInTitle(title)).toBeNull()
  })
})
