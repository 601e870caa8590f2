/**
 * Header and footer: the policy's title and version, the protective marking (centred, as the
 * Government Security Classifications ask, top and bottom), and "Page X of Y" as fields Word
 * fills in.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import type { ExportMeta } from '../model'

function marking(meta: ExportMeta): Paragraph[] {
  return meta.protectiveMarking ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.protectiveMarking, bold: true })] })] : []
}

export function pageHeader(meta: ExportMeta): Header {
  const line = [meta.title, meta.version && `Version ${meta.version}`].filter(Boolean).join(' · ')
  return new Header({ children: [...marking(meta), new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: line, size: 18, color: '595959' })] })] })
}

export function pageFooter(meta: ExportMeta): Footer {
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] }),
      ...marking(meta),
    ],
  })
}
