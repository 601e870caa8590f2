/** Front matter, appendix and report tables: a bold, repeated header row, full width, light borders. */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { InlineRun, TableBlock } from '../model'
import { textRuns } from './runs'
import { STYLE } from './styles'

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' }
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }

/** A cell's paragraphs: its plain text (bold in the header row), or its formatted runs. */
function cell(content: string | InlineRun[][], header: boolean, blank: boolean): TableCell {
  const paragraphs = typeof content === 'string' ? [[{ text: content, bold: header }]] : content.length > 0 ? content : [[]]
  return new TableCell({
    children: paragraphs.map((runs) => new Paragraph({ style: STYLE.tableText, children: runs.length > 0 ? textRuns(runs) : [new TextRun('')] })),
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
    // A signature needs room for a pen.
    ...(blank && !header ? { width: { size: 2400, type: WidthType.DXA } } : {}),
  })
}

export function tableBlock(block: TableBlock): (Paragraph | Table)[] {
  const blank = new Set(block.blankColumns ?? [])
  const body: (string | InlineRun[][])[][] = block.cells ?? block.rows
  const rows = [
    new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, true, blank.has(i))) }),
    ...body.map((row) => new TableRow({ height: { value: blank.size > 0 ? 567 : 0, rule: 'atLeast' }, children: row.map((c, i) => cell(c, false, blank.has(i))) })),
  ]
  return [
    new Paragraph({ style: STYLE.caption, text: block.caption }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS }),
  ]
}
