/**
 * A table cut by a page break: its header row repeated at the top of the next page
 * (pdf/repeated-table-headers.ts), and a row whose cells go on there (pdf/page-split-rows.ts).
 * The fixture pdf-table-page-break-libreoffice holds both in a PDF printed by LibreOffice from
 * a Word file; here each condition alone, on hand-made lines.
 */
import { describe, expect, it } from 'vitest'
import { continuedRow, joinRowsAcrossPages } from '../../../src/shared/import/pdf/page-split-rows'
import { removeRepeatedTableHeaders } from '../../../src/shared/import/pdf/repeated-table-headers'
import type { Line, LineBreak, RowCell } from '../../../src/shared/import/pdf/types'

/** A line at size 12 from cells at left edges: [x, text] (5 pt a character); `gathered` gives it a wrapped row's cells. */
function line(page: number, cells: [number, string][], gathered = false): Line {
  const words: string[] = []
  const breaks: LineBreak[] = []
  const rowCells: RowCell[] = []
  cells.forEach(([x, text], i) => {
    if (i > 0) breaks.push({ x, word: words.length, wide: true })
    rowCells.push({ x, word: words.length })
    words.push(...text.split(' '))
  })
  const x0 = cells[0]![0]
  const [lastX, lastText] = cells[cells.length - 1]!
  return {
    page,
    pageWidth: 595,
    pageHeight: 842,
    baseline: 100,
    x0,
    x1: lastX + 5 * lastText.length,
    size: 12,
    font: 'f',
    bold: false,
    text: words.join(' '),
    boldWords: false,
    softHyphen: false,
    ...(breaks.length > 0 ? { breaks } : {}),
    ...(gathered && rowCells.length > 1 ? { cells: rowCells } : {}),
  }
}
const prose = (page: number, text: string): Line => line(page, [[72, text]])
const header = (page: number): Line => line(page, [[72, 'Kind of content'], [189, 'Who approves it']])

describe('a table header row repeated at the top of the next page', () => {
  it('is dropped when the page before holds the same row over rows of its own', () => {
    const pages = [
      [prose(1, 'The table below shows who approves what.'), header(1), line(1, [[72, 'Routine updates'], [189, 'The officer posting'] ])],
      [header(2), line(2, [[72, 'Replies'], [189, 'The service manager'] ]), prose(2, 'After the table.')],
    ]
    expect(removeRepeatedTableHeaders(pages)[1]!.map((l) => l.text)).toEqual(['Replies The service manager', 'After the table.'])
  })

  it('is kept when it is not the first line, stands elsewhere, was the last line before, or has no cells', () => {
    const before = [prose(1, 'Intro.'), header(1), line(1, [[72, 'Routine updates'], [189, 'The officer posting']])]
    const notFirst = [prose(2, 'Some text first.'), header(2)]
    const moved = [line(2, [[100, 'Kind of content'], [189, 'Who approves it']])]
    for (const page of [notFirst, moved]) expect(removeRepeatedTableHeaders([before, page])[1]).toEqual(page)
    // A header at the foot of one page with its rows on the next is not repeated.
    expect(removeRepeatedTableHeaders([[prose(1, 'Intro.'), header(1)], [header(2)]])[1]).toHaveLength(1)
    // The same sentence at the top of two pages is not a table's header.
    expect(removeRepeatedTableHeaders([[prose(1, 'Same words.'), prose(1, 'More.')], [prose(2, 'Same words.')]])[1]).toHaveLength(1)
  })
})

describe('a table row cut by a page break', () => {
  it('goes on in its last column when the next page starts there', () => {
    const row = line(1, [[72, 'Routine service updates'], [189, 'The officer may publish these provided they follow the']], true)
    const joined = continuedRow(row, line(2, [[189, 'house style guide.']]))
    expect(joined?.text).toBe('Routine service updates The officer may publish these provided they follow the house style guide.')
    expect(joined?.cells).toEqual([{ x: 72, word: 0 }, { x: 189, word: 3 }])
  })

  it('goes on column by column when every cell continues and the first starts in lower case', () => {
    const row = line(1, [[72, 'Statements about council'], [189, 'The manager approves, and the member must be']], true)
    const joined = continuedRow(row, line(2, [[72, 'decisions'], [189, 'told before the post goes out.']]))
    expect(joined?.text).toBe('Statements about council decisions The manager approves, and the member must be told before the post goes out.')
    expect(joined?.breaks).toEqual([{ x: 189, word: 4, wide: true }])
    // Only the first column went on: its cell still ends inside the column.
    expect(continuedRow(row, line(2, [[72, 'decisions']]))?.text).toBe('Statements about council decisions The manager approves, and the member must be')
  })

  it('goes on in a middle column and keeps the columns in order', () => {
    const row = line(1, [[72, 'Owner'], [189, 'Checks the account'], [400, 'Ext 2210']], true)
    expect(continuedRow(row, line(2, [[189, 'every week.']]))?.text).toBe('Owner Checks the account every week. Ext 2210')
  })

  it('is not joined to the next row, a row of one line starting in lower case, prose, or misplaced cells', () => {
    const gathered = line(1, [[72, 'Statements about council'], [189, 'The manager approves the']], true)
    expect(continuedRow(gathered, line(2, [[72, 'Replies'], [189, 'The service manager approves.']]))).toBeNull()
    const oneLine = line(1, [[72, 'shared drives'], [189, 'case systems']])
    expect(continuedRow(oneLine, line(2, [[72, 'paper files'], [189, 'off-site storage']]))).toBeNull()
    expect(continuedRow(gathered, prose(2, 'after the table comes prose that runs the full width of the page.'))).toBeNull()
    expect(continuedRow(gathered, line(2, [[120, 'decisions'], [300, 'told before']]))).toBeNull()
    expect(continuedRow(prose(1, 'A paragraph ends the page'), line(2, [[189, 'indented text']]))).toBeNull()
  })

  it('moves the continued row to the page it started on and leaves other pages as they are', () => {
    const row = line(1, [[72, 'Statements'], [189, 'The manager must be']], true)
    const pages = [[prose(1, 'Intro.'), row], [line(2, [[72, 'decisions'], [189, 'told.']]), prose(2, 'Then prose.')], [prose(3, 'Last page.')]]
    const joined = joinRowsAcrossPages(pages)
    expect(joined.map((p) => p.map((l) => l.text))).toEqual([['Intro.', 'Statements decisions The manager must be told.'], ['Then prose.'], ['Last page.']])
  })
})
