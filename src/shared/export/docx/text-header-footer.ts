/**
 * Header and footer as text, as header-footer.ts has docx write them: the protective marking
 * centred and bold, top and bottom; the title and version on the right; "Page X of Y" as
 * fields Word fills in.
 */
import type { ExportMeta } from '../model'
import { escapeXml } from './paragraph-xml'
import { FOOTER_OPEN, HEADER_OPEN } from './text-constants'

/** Footer and header runs: 9 pt, as header-footer.ts sets them. */
const SMALL = '<w:sz w:val="18"/><w:szCs w:val="18"/>'

/** The protective marking, centred and bold (header-footer.ts). */
const markingXml = (meta: ExportMeta): string => (meta.protectiveMarking ? `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escapeXml(meta.protectiveMarking)}</w:t></w:r></w:p>` : '')

export function headerXml(meta: ExportMeta): string {
  const line = [meta.title, meta.version && `Version ${meta.version}`].filter(Boolean).join(' · ')
  return `${HEADER_OPEN}${markingXml(meta)}<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:color w:val="595959"/>${SMALL}</w:rPr><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p></w:hdr>`
}

/** "Page X of Y": PAGE and NUMPAGES as complex fields, each part a run of its own, as docx writes them. */
export function footerXml(meta: ExportMeta): string {
  const run = (inner: string): string => `<w:r><w:rPr>${SMALL}</w:rPr>${inner}</w:r>`
  const field = (code: string): string =>
    run('<w:fldChar w:fldCharType="begin"/>') + run(`<w:instrText xml:space="preserve">${code}</w:instrText>`) + run('<w:fldChar w:fldCharType="separate"/>') + run('<w:fldChar w:fldCharType="end"/>')
  const pageOf = run('<w:t xml:space="preserve">Page </w:t>') + field('PAGE') + run('<w:t xml:space="preserve"> of </w:t>') + field('NUMPAGES')
  return `${FOOTER_OPEN}<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${pageOf}</w:p>${markingXml(meta)}</w:ftr>`
}
