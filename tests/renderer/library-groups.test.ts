/** The library list: grouped by organisation or kind, filtered, versions told apart. */
import { describe, expect, it } from 'vitest'
import type { SourceSummary } from '../../src/shared/model'
import { distinguishing, groupSources, titleUnder } from '../../src/renderer/src/state/library-groups'

const kinds = { 'national-guidance': 'National guidance', 'corporate-list': 'Corporate list', 'council-policy': 'Council policy', other: 'Other' } as const
const s = (id: string, title: string, organisation: string | null, kind: SourceSummary['kind'], date: string | null, origin = `${id}.docx`): SourceSummary => ({
  id, title, organisation, kind, date, origin, format: 'docx', importedAt: '2026-03-12T09:00:00.000Z', clauseCount: 1, warningCount: 0,
})
const library = [
  s('r3', 'Riverside Social Media Policy', 'Riverside Borough Council', 'council-policy', '2011-03-01', 'riverside-v0.3.docx'),
  s('r1', 'Riverside Social Media Policy', 'Riverside Borough Council', 'council-policy', '2012-02-01', 'riverside-v1.0.pdf'),
  s('n', 'Principles for participating online', 'Government Digital Engagement Unit', 'national-guidance', '2009-08-03'),
  s('x', 'Untitled notes', null, 'other', null),
]

describe('library groups', () => {
  it('groups by organisation, alphabetically, the unknown organisation last', () => {
    const groups = groupSources(library, 'organisation', '', kinds)
    expect(groups.map((g) => [g.label, g.sources.map((x) => x.id)])).toEqual([
      ['Government Digital Engagement Unit', ['n']],
      ['Riverside Borough Council', ['r3', 'r1']],
      ['Organisation not known', ['x']],
    ])
  })

  it('groups a source that records no organisation under the one its title names (one imported before titles were read)', () => {
    const older = [...library, s('k', 'Kingsmere City Council Employee Code of Conduct', null, 'council-policy', null), s('k2', 'Kingsmere City Council Gifts Policy', null, 'council-policy', null)]
    const groups = groupSources(older, 'organisation', 'kingsmere', kinds)
    expect(groups.map((g) => [g.label, g.sources.map((x) => x.id)])).toEqual([['Kingsmere City Council', ['k', 'k2']]])
    expect(distinguishing(older[4]!, older)).toBe('imported 2026-03-12 · k.docx')
    // Two versions of one organisation's policy under different titles and dates: the date tells them apart.
    const versions = [s('a', 'Riverside Social Media Policy (DRAFT)', 'Riverside Borough Council', 'council-policy', '2011-03-14', 'riverside-v0.3.docx'), s('b', 'Riverside Social Media Policy', 'Riverside Borough Council', 'council-policy', '2012-02-20', 'riverside-v1.0.pdf')]
    expect(versions.map((v) => distinguishing(v, versions))).toEqual(['2011-03-14', '2012-02-20'])
  })

  it('groups by kind, and filters on title, organisation, file name and date', () => {
    expect(groupSources(library, 'kind', '', kinds).map((g) => g.label)).toEqual(['Council policy', 'National guidance', 'Other'])
    expect(groupSources(library, 'organisation', 'riverside v1.0', kinds).flatMap((g) => g.sources.map((x) => x.id))).toEqual(['r1'])
    expect(groupSources(library, 'none', '2009', kinds)).toEqual([{ label: 'All sources', sources: [library[2]] }])
    expect(groupSources(library, 'kind', 'nothing like this', kinds)).toEqual([])
  })

  it('tells two versions of one policy apart by date and file name', () => {
    expect(distinguishing(library[0]!, library)).toBe('2011-03-01 · riverside-v0.3.docx')
    expect(distinguishing(library[1]!, library)).toBe('2012-02-01 · riverside-v1.0.pdf')
    expect(distinguishing(library[2]!, library)).toBe('2009-08-03')
    expect(distinguishing(library[3]!, library)).toBe('imported 2026-03-12')
  })
})

describe('a title under its organisation\'s heading', () => {
  it('leaves out the organisation the heading names, keeping what is left out to be read aloud', () => {
    expect(titleUnder('Riverside Borough Council Social Media Policy (DRAFT)', 'Riverside Borough Council')).toEqual({ said: 'Riverside Borough Council ', shown: 'Social Media Policy (DRAFT)' })
    expect(titleUnder('Northmoor District Council: social media policy', 'Northmoor District Council')).toEqual({ said: 'Northmoor District Council: ', shown: 'social media policy' })
  })

  it('shows the whole title when it does not start with the name, is only the name, or runs on in one word', () => {
    expect(titleUnder('Social media at Wealdham', 'Wealdham Borough Council')).toEqual({ said: '', shown: 'Social media at Wealdham' })
    expect(titleUnder('Riverside Borough Council', 'Riverside Borough Council')).toEqual({ said: '', shown: 'Riverside Borough Council' })
    expect(titleUnder('Riverside Borough Councillors\' Code', 'Riverside Borough Council')).toEqual({ said: '', shown: 'Riverside Borough Councillors\' Code' })
  })
})
