/**
 * numbering.xml as text, as numbering.ts has docx write it: docx's own bullet list, then our
 * multilevel list (NUMBERING_TABLE) as abstractNum 2, then one w:num per list instance the
 * body uses (numIds 2, 3, ...), each level starting at 1.
 */
import { NUMBERING_TABLE, type NumberingScheme } from '../../draft/numbering'
import { LEVEL_INDENT } from './ids'
import { NUMBERING_OPEN } from './text-constants'

const BULLET_NUM = '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'

export function numberingXml(scheme: NumberingScheme, listInstances: number): string {
  const levels = NUMBERING_TABLE[scheme]
    .map((level, i) => `<w:lvl w:ilvl="${i}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="${level.format}"/><w:suff w:val="tab"/><w:lvlText w:val="${level.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${LEVEL_INDENT[i]!.left}" w:hanging="${LEVEL_INDENT[i]!.hanging}"/></w:pPr></w:lvl>`)
    .join('')
  const overrides = NUMBERING_TABLE[scheme].map((_, i) => `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('')
  const nums = Array.from({ length: listInstances }, (_, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="2"/>${overrides}</w:num>`).join('')
  return `${NUMBERING_OPEN}<w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>${BULLET_NUM}${nums}</w:numbering>`
}
