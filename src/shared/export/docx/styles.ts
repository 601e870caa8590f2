/**
 * The document's styles: Normal, Title, Subtitle, Heading 1 (sections), Heading 2 (unnumbered
 * headings), one clause style per level, and a table text style. Real styles, so an author who
 * restyles a level in Word restyles every clause of that level.
 */
import { LineRuleType, type IStylesOptions } from 'docx'
import { LEVEL_INDENT, STYLE } from './ids'

export { LEVEL_INDENT, STYLE }

/**
 * Line spacing as a multiple of the font's own height (240 = single). Note: the rule is always
 * written out. Without w:lineRule, LibreOffice reads w:line as a fixed height in twips, so a
 * 24 pt title that wraps set its two lines on top of each other at 13.8 pt apart (issue 9).
 */
const AUTO = LineRuleType.AUTO
const BODY_LINE = { line: 276, lineRule: AUTO } as const
const SINGLE_LINE = { line: 240, lineRule: AUTO } as const

const FONT = 'Arial'
const TEXT = '1F1F1F'
const ACCENT = '1F3864'

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 22, color: TEXT }, paragraph: { spacing: { after: 120, ...BODY_LINE } } },
      // A title that wraps keeps its lines apart (single spacing of its own 24 pt) and stands clear of the subtitle.
      title: { run: { font: FONT, size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { before: 0, after: 200, ...SINGLE_LINE }, keepNext: true } },
      heading1: { run: { font: FONT, size: 28, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 } },
      heading2: { run: { font: FONT, size: 24, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 } },
    },
    paragraphStyles: [
      { id: STYLE.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, color: '404040' }, paragraph: { spacing: { before: 0, after: 120, ...SINGLE_LINE }, keepNext: true } },
      ...STYLE.clause.map((id, i) => ({
        id,
        name: `Clause ${i + 1}`,
        basedOn: 'Normal',
        next: id,
        quickFormat: true,
        paragraph: { indent: LEVEL_INDENT[i + 1], spacing: { after: 120 } },
      })),
      { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { before: 40, after: 40, ...SINGLE_LINE } } },
      { id: STYLE.caption, name: 'Table Caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    ],
  }
}
