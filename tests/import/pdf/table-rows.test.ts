/**
 * The rows under a PDF table's header row (pdf/structure.ts): their cells joined with " | ", as
 * a Word, OpenDocument or HTML row's are (kit/table-row.ts), and nothing else joined. Fixtures
 * pdf-table-cells-* and pdf-table-labels-chromium hold real tables; here each condition alone.
 */
import { describe, expect, it } from 'vitest'
import { styled, toBlocks } from '../../../src/shared/import/pdf/structure'
import type { Line, LineBreak, Paragraph } from '../../../src/shared/import/pdf/types'

/** A one-line paragraph at size 11 from cells at left edges: [x, text] (5 pt a character). */
function paragraph(cells: [number, string][], options: { bold?: boolean; size?: number } = {}): Paragraph {
  const words: string[] = []
  const breaks: LineBreak[] = []
  cells.forEach(([x, text], i) => {
    if (i > 0) breaks.push({ x, word: words.length, wide: true })
    words.push(...text.split(' '))
  })
  const [lastX, lastText] = cells[cells.length - 1]!
  const line: Line = {
    page: 1,
    pageWidth: 595,
    pageHeight: 842,
    baseline: 100,
    x0: cells[0]![0],
    x1: lastX + 5 * lastText.length,
    size: options.size ?? 11,
    font: 'f',
    bold: options.bold ?? false,
    text: words.join(' '),
    boldWords: options.bold ?? false,
    softHyphen: false,
    ...(breaks.length > 0 ? { breaks } : {}),
  }
  return { lines: [line] }
}

const texts = (paragraphs: Paragraph[]): string[] => toBlocks(styled(paragraphs), 11).map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.text))

const header = paragraph([[72, 'Role'], [190, 'Responsibility'], [400, 'Contact']])
const rows = [
  paragraph([[72, 'Manager'], [190, 'Completes the lone working risk assessment with the worker every year'], [400, 'Ext 2104']]),
  paragraph([[72, 'Lone worker'], [190, 'Checks in before and after each visit']]),
]

describe('PDF table rows under a header row', () => {
  it('join their cells with " | ", as the header row does', () => {
    expect(texts([header, ...rows])).toEqual([
      'Role | Responsibility | Contact',
      'Manager | Completes the lone working risk assessment with the worker every year | Ext 2104',
      'Lone worker | Checks in before and after each visit',
    ])
  })

  it('stay as printed with no header above them (a list set in columns reads the same way)', () => {
    expect(texts(rows)).toEqual(['Manager Completes the lone working risk assessment with the worker every year Ext 2104', 'Lone worker Checks in before and after each visit'])
  })

  it('end at prose, a heading, or a numbered line, which are not joined', () => {
    const prose = paragraph([[72, 'After the table, a sentence across the page ends the table here.']])
    const heading = paragraph([[72, '3. Reporting']], { bold: true, size: 14 })
    const numbered = paragraph([[72, '3.1'], [110, 'Report every missed check-in to the adviser.']])
    expect(texts([header, rows[0]!, prose, rows[1]!])).toEqual([
      'Role | Responsibility | Contact',
      'Manager | Completes the lone working risk assessment with the worker every year | Ext 2104',
      'After the table, a sentence across the page ends the table here.',
      'Lone worker Checks in before and after each visit',
    ])
    expect(texts([header, rows[0]!, heading, rows[1]!]).slice(2)).toEqual(['# 3. Reporting', 'Lone worker Checks in before and after each visit'])
    expect(texts([header, rows[0]!, numbered]).slice(2)).toEqual(['Report every missed check-in to the adviser.'])
  })

  it('keep bold inside a cell as emphasis in the inline, with the cells joined as Markdown rows are', () => {
    const boldCell = paragraph([[72, 'Manager'], [190, 'Completes the lone working risk assessment with the worker every year']])
    boldCell.lines[0]!.boldWords = [true, ...new Array<boolean>(11).fill(false)]
    const twoColumns = paragraph([[72, 'Role'], [190, 'Responsibility']])
    const block = toBlocks(styled([twoColumns, boldCell]), 11)[1]!
    expect(block.kind === 'paragraph' && block.inline).toBe('**Manager** \\| Completes the lone working risk assessment with the worker every year')
  })
})
