/**
 * A PDF table's header row (pdf/table-header-rows.ts): one line of short labels whose columns
 * are the columns of the rows under it is the table's header, not a heading or a clause.
 * Fixtures pdf-table-cells-libreoffice, pdf-table-cells-chromium and pdf-line-breaks hold it in
 * PDFs made by LibreOffice and Chromium; here each condition alone, on hand-made lines.
 */
import { describe, expect, it } from 'vitest'
import { headerRowCells, type RowLike } from '../../../src/shared/import/pdf/table-header-rows'
import type { LineBreak } from '../../../src/shared/import/pdf/types'

/** A one-line paragraph at size 10 from cells at left edges: [x, text, wide gap before it?]. */
function line(cells: [number, string, boolean?][], lineCount = 1, bold = false): RowLike {
  const words: string[] = []
  const breaks: LineBreak[] = []
  cells.forEach(([x, text, wide = true], i) => {
    if (i > 0) breaks.push({ x, word: words.length, wide })
    words.push(...text.split(' '))
  })
  return { lineCount, size: 10, bold, row: { words, x0: cells[0]![0], breaks } }
}
const prose: RowLike = { lineCount: 3, size: 10, bold: false, row: null }

const roles = [
  line([[72, 'Role'], [170, 'Responsibility'], [400, 'Contact']]),
  line([[72, 'Manager'], [170, 'Completes the risk assessment with the worker and reviews it every year'], [400, 'Ext 2104']]),
  line([[72, 'Lone worker'], [170, 'Checks in before and after each visit']]),
  prose,
]

describe('PDF table header rows', () => {
  it('are a line of labels over rows in the same columns', () => {
    expect(headerRowCells(roles, 0)?.map((c) => c.text)).toEqual(['Role', 'Responsibility', 'Contact'])
    // The rows themselves are not headers: their cells are not all labels.
    expect(headerRowCells(roles, 1)).toBeNull()
  })

  it('take centred header cells over their columns', () => {
    const centred = [line([[90, 'Role'], [250, 'Responsibility'], [420, 'Contact']]), ...roles.slice(1)]
    expect(headerRowCells(centred, 0)?.map((c) => c.x)).toEqual([90, 250, 420])
  })

  it('split a narrow column at a gap no wider than a stretched space only where the rows start a cell', () => {
    const history = [
      line([[80, 'Version'], [122.6, 'Date', false], [183.6, 'Summary of changes']]),
      line([[80, '1.0'], [122.6, '2 May 2024 First issue, agreed after consultation', true]]),
      line([[80, '1.1'], [122.6, '9 January 2025', true], [183.6, 'Contact details updated']]),
    ]
    expect(headerRowCells(history, 0)?.map((c) => c.text)).toEqual(['Version', 'Date', 'Summary of changes'])
    // The same narrow gap where no row starts a cell stays inside the cell.
    const unmatched = [line([[80, 'Version'], [130, 'Date', false], [183.6, 'Summary of changes']]), ...history.slice(1)]
    expect(headerRowCells(unmatched, 0)?.map((c) => c.text)).toEqual(['Version Date', 'Summary of changes'])
  })

  it('are not a table of fields, where every row is labels', () => {
    const fields = [line([[72, 'Owner'], [190, 'Head of People']]), line([[72, 'Review date'], [190, 'June 2027']]), prose]
    expect(headerRowCells(fields, 0)).toBeNull()
  })

  it('are a bold line over plain rows that are labels only (a register of names)', () => {
    const register = (headerBold: boolean, rowsBold: boolean): RowLike[] => [
      line([[72, 'Account'], [270, 'Run by']], 1, headerBold),
      line([[72, 'Main council feed'], [270, 'Communications team']], 1, rowsBold),
      line([[72, 'Libraries page'], [270, 'Cultural services']], 1, rowsBold),
      prose,
    ]
    expect(headerRowCells(register(true, false), 0)?.map((c) => c.text)).toEqual(['Account', 'Run by'])
    // Plain over plain, or bold over bold, may be fields or a list set in columns, unless the
    // first line names the columns (the next test).
    const columnsList = (bold: boolean): RowLike[] => [
      line([[72, 'Facebook'], [270, 'Instagram']], 1, bold),
      line([[72, 'LinkedIn'], [270, 'YouTube']], 1, bold),
      line([[72, 'Nextdoor'], [270, 'Flickr']], 1, bold),
      prose,
    ]
    expect(headerRowCells(columnsList(false), 0)).toBeNull()
    expect(headerRowCells(columnsList(true), 0)).toBeNull()
  })

  it('are a plain line that names its columns over rows that name things', () => {
    const register = [
      line([[72, 'Account'], [270, 'Run by']]),
      line([[72, 'Main council feed'], [270, 'Communications team']]),
      line([[72, 'Libraries page'], [270, 'Cultural services']]),
      line([[72, 'Bin collection updates'], [270, 'Waste and recycling']]),
      prose,
    ]
    expect(headerRowCells(register, 0)?.map((c) => c.text)).toEqual(['Account', 'Run by'])
    // A row further down whose cells happen to end in column words is not a header: it is under a row.
    expect(headerRowCells(register, 2)).toBeNull()
    // One cell that does not name a column ("Main feed") leaves the line a row.
    expect(headerRowCells([line([[72, 'Account'], [270, 'Main feed']]), ...register.slice(1)], 0)).toBeNull()
    // A table of fields: the first column names fields on most rows, so its first row is one of them.
    const fields = [
      line([[72, 'Service'], [270, 'Communications team']]),
      line([[72, 'Contact'], [270, 'Press office']]),
      line([[72, 'Platform'], [270, 'Facebook and Instagram']]),
      prose,
    ]
    expect(headerRowCells(fields, 0)).toBeNull()
  })

  it('are not a document-control field with its value', () => {
    const control = [line([[72, 'Approved by'], [190, 'Cabinet']]), line([[72, 'Summary'], [190, 'Rewritten in full after the consultation with staff.']])]
    expect(headerRowCells(control, 0)).toBeNull()
  })

  it('are not a sentence, a paragraph of several lines, or a line with no rows under it', () => {
    expect(headerRowCells([line([[72, 'Staff must not post'], [300, 'about elections.']]), ...roles.slice(1)], 0)).toBeNull()
    expect(headerRowCells([line([[72, 'Role'], [170, 'Responsibility'], [400, 'Contact']], 2), ...roles.slice(1)], 0)).toBeNull()
    expect(headerRowCells([roles[0]!, prose], 0)).toBeNull()
  })

  it('are not a line whose rows start right of it or miss one of its columns', () => {
    const indented = [line([[72, 'Role'], [200, 'Responsibility']]), line([[110, 'Manager'], [200, 'Completes the risk assessment every year']])]
    expect(headerRowCells(indented, 0)).toBeNull()
    const extraColumn = [line([[72, 'Role'], [170, 'Responsibility'], [400, 'Contact']]), line([[72, 'Manager'], [170, 'Completes the risk assessment every year']])]
    expect(headerRowCells(extraColumn, 0)).toBeNull()
  })
})
