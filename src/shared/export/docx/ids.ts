/**
 * The names both writers share (docx's object tree and the text writer): style ids, the
 * numbering levels' indents and the list's reference. Note: kept apart from styles.ts and
 * numbering.ts, which import docx, so the text writer can use them without loading docx.
 */

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  section: 'Heading1',
  heading: 'Heading2',
  clause: ['Clause1', 'Clause2', 'Clause3'] as const,
  tableText: 'TableText',
  caption: 'TableCaption',
} as const

/** Indent of each numbering level's text, twips (1 cm = 567). */
export const LEVEL_INDENT = [
  { left: 567, hanging: 567 },
  { left: 851, hanging: 851 },
  { left: 1701, hanging: 850 },
  { left: 2268, hanging: 567 },
] as const

export const POLICY_LIST = 'policy'
