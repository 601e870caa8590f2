/**
 * Tables (front matter, provenance appendix, comparison report) as WordprocessingML text, as
 * tables.ts has docx write them: a caption paragraph, a full-width table with light borders, a
 * shaded, repeated header row, signature columns 2,400 twips wide, and docx's grid: each
 * column its cell's width, the rest of the text width shared equally, rounded to whole twips.
 */
import type { InlineRun, TableBlock } from '../model'
import { STYLE } from './ids'
import { type LinkTargets, runXml, textRunXml } from './paragraph-xml'

const BORDER = 'w:val="single" w:color="8C8C8C" w:sz="4"'
const TABLE_PROPERTIES = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders></w:tblPr>`
const SIGNATURE_WIDTH = 2400
const HEADER_SHADING = '<w:shd w:fill="D9E2F3" w:color="auto" w:val="clear"/>'

/** `textWidth`: the page's width inside its margins, twips; the table takes all of it. */
export function tableXml(block: TableBlock, textWidth: number, links: LinkTargets): string {
  const blank = new Set(block.blankColumns ?? [])
  const body: (string | InlineRun[][])[][] = block.cells ?? block.rows
  const grid = gridWidths(block.header.length, body, blank, textWidth)
  const rows = [
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${block.header.map((h, i) => cellXml(h, true, blank.has(i), links)).join('')}</w:tr>`,
    ...body.map((row) => `<w:tr><w:trPr><w:trHeight w:val="${blank.size > 0 ? 567 : 0}" w:hRule="atLeast"/></w:trPr>${row.map((c, i) => cellXml(c, false, blank.has(i), links)).join('')}</w:tr>`),
  ]
  const caption = `<w:p><w:pPr><w:pStyle w:val="${STYLE.caption}"/></w:pPr>${block.caption ? textRunXml(block.caption) : ''}</w:p>`
  return `${caption}<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
}

/**
 * docx's grid (its resolveColumnWidths): a column takes the width of its first cell that has
 * one (a signature cell below the header row), the others share what is left equally (or the
 * whole width, if nothing is left).
 */
function gridWidths(headerLength: number, body: readonly unknown[][], blank: ReadonlySet<number>, textWidth: number): number[] {
  const columns = Math.max(0, headerLength, ...body.map((row) => row.length))
  const sized = Array.from({ length: columns }, (_, i) => blank.has(i) && body.some((row) => i < row.length))
  const open = sized.filter((s) => !s).length
  const remaining = textWidth - sized.filter(Boolean).length * SIGNATURE_WIDTH
  const share = remaining > 0 ? remaining / open : textWidth / columns
  return sized.map((s) => Math.round(s ? SIGNATURE_WIDTH : share))
}

function cellXml(content: string | InlineRun[][], header: boolean, blank: boolean, links: LinkTargets): string {
  const paragraphs = typeof content === 'string' ? [[{ text: content, bold: header }]] : content.length > 0 ? content : [[]]
  const props = (blank && !header ? `<w:tcW w:type="dxa" w:w="${SIGNATURE_WIDTH}"/>` : '') + (header ? HEADER_SHADING : '')
  const text = paragraphs.map((runs) => `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/></w:pPr>${runs.length > 0 ? runs.map((r) => runXml(r, links)).join('') : textRunXml('')}</w:p>`).join('')
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${text}</w:tc>`
}
