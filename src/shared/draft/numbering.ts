/**
 * The numbering schemes as data: one table that both the draft pane (state.ts, draftLabels)
 * and the Word writer (export/docx/numbering.ts, a w:abstractNum per scheme) read, so the
 * numbers Word prints are the numbers the pane shows.
 *
 * Level 0 is the section heading; levels 1 to 3 are clause, sub-clause and sub-sub-clause.
 * `text` is Word's w:lvlText: "%n" is the counter of level n-1, written in THAT level's format
 * (as Word does without w:isLgl). Numbers run on across sections: sections count 1, 2, 3 for
 * the whole document; each deeper level restarts under its parent.
 *
 * | scheme  | section | clause | sub-clause | sub-sub-clause |
 * |---------|---------|--------|------------|----------------|
 * | decimal | 1       | 1.1    | 1.1.1      | 1.1.1.1        |
 * | legal   | 1       | 1.1    | 1.1.1      | (a)            |
 * | alpha   | 1       | 1.1    | (a)        | (i)            |
 *
 * Note: "legal" follows UK legal drafting (1, 1.1, 1.1.1, then (a)): it stops the dotted
 * numbers at three parts, where "decimal" carries on to four.
 */

export type NumberingScheme = 'decimal' | 'legal' | 'alpha'
export const NUMBERING_SCHEMES: readonly NumberingScheme[] = ['decimal', 'legal', 'alpha']

/** Clause, sub-clause, sub-sub-clause. */
export type ClauseLevel = 1 | 2 | 3
export const CLAUSE_LEVELS: readonly ClauseLevel[] = [1, 2, 3]

/** Word's w:numFmt values that the schemes use. */
export type NumberFormat = 'decimal' | 'lowerLetter' | 'lowerRoman'

export interface LevelFormat {
  format: NumberFormat
  /** Word's w:lvlText. */
  text: string
}

/** Index 0: section; 1..3: clause levels. */
export const NUMBERING_TABLE: Record<NumberingScheme, readonly [LevelFormat, LevelFormat, LevelFormat, LevelFormat]> = {
  decimal: [
    { format: 'decimal', text: '%1' },
    { format: 'decimal', text: '%1.%2' },
    { format: 'decimal', text: '%1.%2.%3' },
    { format: 'decimal', text: '%1.%2.%3.%4' },
  ],
  legal: [
    { format: 'decimal', text: '%1' },
    { format: 'decimal', text: '%1.%2' },
    { format: 'decimal', text: '%1.%2.%3' },
    { format: 'lowerLetter', text: '(%4)' },
  ],
  alpha: [
    { format: 'decimal', text: '%1' },
    { format: 'decimal', text: '%1.%2' },
    { format: 'lowerLetter', text: '(%3)' },
    { format: 'lowerRoman', text: '(%4)' },
  ],
}

/** One counter as Word writes it in `format`. */
export function formatCounter(n: number, format: NumberFormat): string {
  if (format === 'decimal') return String(n)
  if (format === 'lowerLetter') {
    // Word's lowerLetter: a..z, then aa..zz, aaa..zzz (one letter repeated), not base 26.
    const letter = String.fromCharCode(97 + ((n - 1) % 26))
    return letter.repeat(Math.floor((n - 1) / 26) + 1)
  }
  return toRoman(n).toLowerCase()
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]

function toRoman(n: number): string {
  let out = ''
  for (const [value, numeral] of ROMAN) while (n >= value) (out += numeral), (n -= value)
  return out
}

/**
 * A level's lvlText taken apart once: its literal text, and the counters ("%n") between them.
 * Note: formatNumber runs once per clause and section (draftLabels, the export): a replace with
 * a callback per call cost a cold 1,000-clause export about 4 ms of its CPU (1 December 2026).
 */
type LevelText = { literals: string[]; counters: number[] }
const levelTexts = new Map<string, LevelText>()

function levelText(text: string): LevelText {
  let parsed = levelTexts.get(text)
  if (parsed) return parsed
  parsed = { literals: [], counters: [] }
  let last = 0
  for (const m of text.matchAll(/%(\d)/g)) {
    parsed.literals.push(text.slice(last, m.index))
    parsed.counters.push(Number(m[1]) - 1)
    last = m.index + m[0].length
  }
  parsed.literals.push(text.slice(last))
  levelTexts.set(text, parsed)
  return parsed
}

/**
 * The printed number for `counters` (counters[0] = section number, then one per level down to
 * this one), following the scheme's lvlText for the deepest level given.
 */
export function formatNumber(scheme: NumberingScheme, counters: readonly number[]): string {
  const levels = NUMBERING_TABLE[scheme]
  const { literals, counters: at } = levelText(levels[counters.length - 1]!.text)
  let out = literals[0]!
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!
    out += formatCounter(counters[i] ?? 0, levels[i]!.format) + literals[k + 1]!
  }
  return out
}

/**
 * The level each clause of one section is numbered at: its own level, but never more than one
 * deeper than the clause before it (the first clause of a section is a clause, level 1). A
 * sub-clause always has a parent, so no number ever reads "1.0.1", in the pane or in Word.
 */
export function effectiveLevels(levels: readonly (number | undefined)[]): ClauseLevel[] {
  let previous = 0
  return levels.map((raw) => {
    const wanted = raw === 2 || raw === 3 ? raw : 1
    const level = Math.min(wanted, previous + 1) as ClauseLevel
    previous = level
    return level
  })
}
