/**
 * Issue 9: the committee pack's title block printed its two title lines on top of each other
 * in LibreOffice, which reads a w:line without w:lineRule as a fixed height in twips. Every
 * line spacing in the styles now says its rule, and the Title and Subtitle are single-spaced
 * in their own font size with room after them. (Checked by eye too: soffice --convert-to pdf,
 * pdftoppm -png -r 60, a wrapped title on the cover report and on Appendix A.)
 */
import { describe, expect, it } from 'vitest'
import { buildExport, renderDocx } from '../../src/shared/export'
import { policyDraft } from './support/drafts'
import { FIXED } from './support/exports'
import { docxParts, elements, parseXml, W } from './support/package'

const styleSpacing = (styles: ReturnType<typeof parseXml>, id: string) =>
  elements(styles, 'style')
    .find((s) => s.getAttributeNS(W, 'styleId') === id)
    ?.getElementsByTagNameNS(W, 'spacing')[0]

describe('the title block spacing', () => {
  it('writes a line rule with every line spacing, so no reader takes the line for a fixed height', async () => {
    const styles = docxParts(await renderDocx(buildExport(policyDraft(), FIXED)))['word/styles.xml']!
    const spacings = [...styles.matchAll(/<w:spacing [^>]*>/g)].map((m) => m[0]).filter((s) => s.includes('w:line='))
    expect(spacings.length).toBeGreaterThan(2)
    for (const spacing of spacings) expect(spacing).toMatch(/w:lineRule="auto"/)
  })

  it('single-spaces Title and Subtitle in their own size, with space after each', async () => {
    const styles = parseXml(docxParts(await renderDocx(buildExport(policyDraft(), FIXED)))['word/styles.xml']!)
    for (const [id, after] of [
      ['Title', 200],
      ['Subtitle', 120],
    ] as const) {
      const spacing = styleSpacing(styles, id)!
      expect(spacing.getAttributeNS(W, 'line'), id).toBe('240')
      expect(spacing.getAttributeNS(W, 'lineRule'), id).toBe('auto')
      expect(Number(spacing.getAttributeNS(W, 'after')), id).toBe(after)
    }
  })
})
