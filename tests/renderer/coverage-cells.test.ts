import { describe, expect, it } from 'vitest'
import type { SourceSummary } from '../../src/shared/model'
import { breakLongWords, cellLabel, COLUMN_MAX_EM, COLUMN_MIN_EM, columnHeadings, columnsInView, columnWidthEm, headingLine, HEATMAP_EM_PX, moveCell, shadeOf, TOPIC_COLUMN_EM, type ColumnHeading } from '../../src/renderer/src/state/coverage-cells'
import { closestWording } from '../../src/renderer/src/state/closest-wording'

const source = (over: Partial<SourceSummary>): SourceSummary => ({
  id: 'x', title: 'T', organisation: null, kind: 'council-policy', date: null, format: 'docx', origin: 'x.docx', importedAt: '2026-01-01T00:00:00Z', clauseCount: 1, warningCount: 0, ...over,
})

describe('coverage heat map cells', () => {
  it('heads a column by organisation and a short title, never the file name', () => {
    const [h] = columnHeadings([source({ title: 'Riverside Borough Council Social Media Policy', organisation: 'Riverside Borough Council', origin: 'riverside-v1.pdf' })])
    expect(h).toMatchObject({ organisation: 'Riverside Borough Council', short: 'Social Media Policy', detail: '' })
    expect(h!.full).toContain('riverside-v1.pdf')
  })

  it('names a source in one line, without a dangling colon when no organisation is known', () => {
    const [known, unknown, dated] = columnHeadings([
      source({ id: 'a', title: 'Riverside Borough Council Social Media Policy' }),
      source({ id: 'b', title: 'Social media at Wealdham' }),
      source({ id: 'c', title: 'Social media at Wealdham', date: '2024-05-01' }),
    ])
    expect(headingLine(known!)).toBe('Riverside Borough Council: Social Media Policy')
    expect(headingLine(unknown!)).toBe('Social media at Wealdham (DOCX)')
    expect(headingLine(dated!)).toBe('Social media at Wealdham (2024-05-01)')
  })

  it('tells two versions of one policy apart by date, or by format when undated', () => {
    const hs = columnHeadings([
      source({ id: 'a', title: 'Social Media Policy (DRAFT)', organisation: 'Riverside', date: '2011-03-14' }),
      source({ id: 'b', title: 'Social Media Policy', organisation: 'Riverside', format: 'pdf' }),
    ])
    expect(hs.map((h) => h.detail)).toEqual(['2011-03-14', 'PDF'])
  })

  it('cuts a long title at a word and names the draft column as the draft', () => {
    const [long, draft] = columnHeadings([
      source({ title: 'Guidance for civil servants on the use of social media and online participation' }),
      source({ id: 'd', title: 'Untitled policy', origin: 'draft' }),
    ])
    expect(long!.short.endsWith('…')).toBe(true)
    expect(long!.short.length).toBeLessThanOrEqual(35)
    expect(long!.organisation).toBe('')
    // With none recorded, the organisation the title names.
    expect(columnHeadings([source({ title: 'Northmoor District Council: Social Media Policy' })])[0]).toMatchObject({ organisation: 'Northmoor District Council', short: 'Social Media Policy' })
    expect(draft!.organisation).toBe('Your draft')
  })

  it('shades by clause count in steps and words a gap, not by colour alone', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 30].map(shadeOf)).toEqual([0, 1, 2, 2, 3, 3, 4, 4])
    const [h] = columnHeadings([source({ title: 'Policy', organisation: 'Eastbrook' })])
    expect(cellLabel('Monitoring', h!, 0, true)).toBe('Monitoring, Eastbrook Policy: a gap, most other sources cover this')
    expect(cellLabel('Monitoring', h!, 1, false)).toBe('Monitoring, Eastbrook Policy: 1 clause')
  })

  it('moves the active cell with arrows, Home and End, staying inside the grid', () => {
    const size = { rows: 3, cols: 4 }
    expect(moveCell({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 })
    expect(moveCell({ row: 0, col: 3 }, 'ArrowRight', size)).toEqual({ row: 0, col: 3 })
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 })
    expect(moveCell({ row: 1, col: 2 }, 'ArrowDown', size)).toEqual({ row: 2, col: 2 })
    expect(moveCell({ row: 1, col: 2 }, 'Home', size)).toEqual({ row: 1, col: 0 })
    expect(moveCell({ row: 1, col: 2 }, 'End', size, true)).toEqual({ row: 2, col: 3 })
    expect(moveCell({ row: 1, col: 2 }, 'x', size)).toBeNull()
  })

  it('diffs a wording against the reference clause sharing most words with it', () => {
    const ref = [{ id: '1', text: 'Do not share personal data online.' }, { id: '2', text: 'Official accounts stay neutral before an election.' }]
    expect(closestWording('Before any election official accounts must stay neutral.', ref)?.id).toBe('2')
    expect(closestWording('anything', [])).toBeNull()
    // Nothing close enough: no marks rather than marks on every word.
    expect(closestWording('Photographs of children need consent.', ref)).toBeNull()
  })
})

describe('narrow column heads (issue 10): wrapped at spaces, never inside a word', () => {
  const head = (short: string, organisation = '', detail = ''): ColumnHeading => ({ organisation, short, detail, full: short })

  it('makes a column as wide as its longest word needs, within bounds', () => {
    expect(columnWidthEm(head('Social media at Wealdham'))).toBe(COLUMN_MIN_EM)
    // "participation" (13 letters) needs about 10em; "Acceptable" fits the narrowest column.
    expect(columnWidthEm(head('Online participation protocol:…'))).toBeGreaterThan(9.5)
    expect(columnWidthEm(head('Acceptable Use of ICT Policy:…'))).toBeLessThan(columnWidthEm(head('Online participation protocol:…')))
    // The organisation in small capitals counts too.
    expect(columnWidthEm(head('Policy', 'Castlegate Metropolitan Borough Council'))).toBeGreaterThan(COLUMN_MIN_EM)
    expect(columnWidthEm(head('Pneumonoultramicroscopicsilicovolcanoconiosis'))).toBe(COLUMN_MAX_EM)
  })

  it('breaks only a word too long for the widest column, with soft hyphens (shown as hyphens)', () => {
    expect(breakLongWords('Online participation protocol')).toBe('Online participation protocol')
    const broken = breakLongWords('The Pneumonoultramicroscopicsilicovolcanoconiosis Policy')
    expect(broken.replaceAll('\u00AD', '')).toBe('The Pneumonoultramicroscopicsilicovolcanoconiosis Policy')
    expect(broken.split(' ')[1]!.split('\u00AD').every((part) => part.length <= 13)).toBe(true)
    expect(broken.split(' ')[1]!.split('\u00AD').length).toBeGreaterThan(1)
  })
})

describe('the columns a first render of the heat map draws (rendering cost, issue 10)', () => {
  const em = HEATMAP_EM_PX
  it('draws the columns that start within the work area and one more, not the rest', () => {
    // The topic column ends at 14em; columns of 10em start at 14, 24, 34, 44… em.
    const widths = Array.from({ length: 15 }, () => 10)
    // A 700 px work area (~53.8em) sees columns starting at 14, 24, 34, 44: four, and one more.
    expect(columnsInView(widths, 700)).toBe(5)
    expect(columnsInView(widths, (TOPIC_COLUMN_EM + 10) * em)).toBe(2)
  })

  it('never draws more columns than there are, nor fewer than one', () => {
    expect(columnsInView([7, 7], 5000)).toBe(2)
    expect(columnsInView([7, 7, 7], 0)).toBe(1)
    expect(columnsInView([], 700)).toBe(0)
  })
})
