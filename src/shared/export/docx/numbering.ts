/**
 * One multilevel list for the whole policy, from the same table the draft pane numbers by
 * (draft/numbering.ts): level 0 the section headings, levels 1 to 3 the clauses. One list
 * instance throughout, so numbers run on across sections, and each level restarts under its
 * parent, as Word does by default. No number is ever typed into the text.
 */
import { AlignmentType, type INumberingOptions, LevelFormat, LevelSuffix } from 'docx'
import { NUMBERING_TABLE, type NumberFormat, type NumberingScheme } from '../../draft/numbering'
import { LEVEL_INDENT, POLICY_LIST } from './ids'

export { POLICY_LIST }

const FORMATS: Record<NumberFormat, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
}

export function policyNumbering(scheme: NumberingScheme): INumberingOptions {
  return {
    config: [
      {
        reference: POLICY_LIST,
        levels: NUMBERING_TABLE[scheme].map((level, i) => ({
          level: i,
          format: FORMATS[level.format],
          text: level.text,
          alignment: AlignmentType.START,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: LEVEL_INDENT[i] } },
        })),
      },
    ],
  }
}
