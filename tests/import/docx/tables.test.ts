/** Tables: a row per clause, except cells that hold more than one line. */
import { describe, expect, it } from 'vitest'
import { abstractNum, buildDocx, importSpec, item, lvl, num, para, run, styled } from './build-docx'
import { importDocx } from '../../../src/shared/import/docx/index'
import { importedWords, storedWords } from './words'

const cell = (...paragraphs: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`
const textCell = (...texts: string[]): string => cell(...texts.map((t) => para(run(t))))
const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`
const table = (...rows: string[]): string => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`

async function texts(body: string, numbering?: string): Promise<string[]> {
  const bytes = buildDocx(numbering === undefined ? { body } : { body, numbering })
  const { blocks } = await importDocx(bytes, 'table.docx')
  expect(importedWords(blocks)).toEqual(storedWords(bytes))
  return blocks.map((b) => (b.kind === 'paragraph' && b.label ? `${b.label} ${b.text}` : b.text))
}

describe('tables', () => {
  it('makes each row one clause, cells joined with " | " (and "\\|" in Markdown)', async () => {
    const body = table(row(textCell('Channel'), textCell('Owner')), row(textCell('Facebook'), textCell('Communications team')))
    const { blocks } = await importSpec({ body })
    expect(blocks).toEqual([
      { kind: 'paragraph', label: null, level: 0, text: 'Channel | Owner', inline: 'Channel \\| Owner' },
      { kind: 'paragraph', label: null, level: 0, text: 'Facebook | Communications team', inline: 'Facebook \\| Communications team' },
    ])
  })

  it('imports a repeating header row once, and keeps emphasis and links in cells', async () => {
    const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${textCell('Breach')}${textCell('Action')}</w:tr>`
    const body = table(header, row(textCell('Sharing personal data'), cell(para(run('Report to the ') + run('data protection officer', '<w:b/>')))))
    const { blocks } = await importSpec({ body })
    expect(blocks.map((b) => b.kind === 'paragraph' && b.inline)).toEqual(['Breach \\| Action', 'Sharing personal data \\| Report to the **data protection officer**'])
  })

  it('leaves out empty cells and empty rows', async () => {
    expect(await texts(table(row(textCell('Name'), cell(para('')), textCell('Date')), row(cell(para('')), cell(para(''))), row(textCell(' '), textCell('Only'))))).toEqual([
      'Name | Date',
      'Only',
    ])
  })

  it('splits a cell with several paragraphs into clauses, with the row\'s other cells around them', async () => {
    const body = table(
      row(textCell('Topic'), textCell('Guidance'), textCell('Owner')),
      row(textCell('Personal use'), textCell('Use your own time.', 'Say your views are your own.'), textCell('HR')),
    )
    expect(await texts(body)).toEqual(['Topic | Guidance | Owner', 'Personal use', 'Use your own time.', 'Say your views are your own.', 'HR'])
  })

  it('splits a cell that holds a list, keeping the list\'s labels and levels', async () => {
    const numbering = abstractNum(1, lvl(0, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>') + lvl(1, 'lowerLetter', '%2)')) + num(1, 1)
    const body = table(row(textCell('Do'), cell(item(1, 0, 'Check facts'), item(1, 1, 'twice'))), row(textCell('Single bullet'), cell(item(1, 0, 'Alone'))))
    const { blocks } = await importSpec({ body, numbering })
    expect(blocks.map((b) => b.kind === 'paragraph' && [b.label, b.level, b.text])).toEqual([
      [null, 0, 'Do'],
      ['•', 1, 'Check facts'],
      ['a)', 2, 'twice'],
      [null, 0, 'Single bullet'],
      ['•', 1, 'Alone'],
    ])
  })

  it('reads a nested table\'s rows as clauses of their own', async () => {
    const inner = table(row(textCell('Inner a'), textCell('Inner b')))
    expect(await texts(table(row(textCell('Outer'), cell(inner, para(''))), row(textCell('Last'), textCell('row'))))).toEqual(['Outer', 'Inner a | Inner b', 'Last | row'])
  })

  it('keeps headings inside a many-paragraph cell, and reads a heading style on a one-line cell as text', async () => {
    const body = table(row(cell(styled('Heading2', 'Boxed section'), para(run('Boxed text.')))), row(cell(styled('Heading2', 'Column title')), textCell('Value')))
    const { blocks } = await importSpec({ body })
    expect(blocks.map((b) => `${b.kind} ${b.text}`)).toEqual(['heading Boxed section', 'paragraph Boxed text.', 'paragraph Column title | Value'])
  })

  it('reads rows and cells wrapped in content controls', async () => {
    const body = `<w:tbl><w:sdt><w:sdtContent>${row(`<w:sdt><w:sdtContent>${textCell('Wrapped')}</w:sdtContent></w:sdt>`, textCell('cells'))}</w:sdtContent></w:sdt></w:tbl>`
    expect(await texts(body)).toEqual(['Wrapped | cells'])
  })
})
