/**
 * pdfjs text items to TextRuns in reading space (y down from the top of the page, page
 * rotation applied). Only upright text is kept: text set at an angle is a watermark, a
 * rotated margin note or a table heading on its side, never the policy's running text, and
 * reading it into lines would scramble them. The caller reports how much was left out.
 */
import type { TextRun } from './types'

/** The part of a pdfjs TextItem this importer reads. */
export interface RawTextItem {
  str: string
  /** Text matrix in PDF user space: [a, b, c, d, e, f]. */
  transform: readonly number[]
  width: number
  fontName: string
}

type Matrix = readonly [number, number, number, number, number, number]

function asMatrix(m: readonly number[]): Matrix | null {
  if (m.length < 6 || !m.slice(0, 6).every((n) => Number.isFinite(n))) return null
  return [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!]
}

/** m1 × m2, as pdfjs's Util.transform composes a viewport with a text matrix. */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ]
}

/** Skew allowed before text counts as set at an angle (about 3 degrees). */
const MAX_SKEW = 0.05
/** Text smaller than this is hidden or decorative (and 0-size text is a known trick). */
const MIN_SIZE = 1

export interface RunsResult {
  runs: TextRun[]
  /** Items with visible characters that were left out because they were not upright. */
  angled: number
}

/**
 * Convert one page's items. `viewport` is pdfjs's viewport transform at scale 1, which maps
 * PDF user space (y up) to reading space (y down) and applies the page's /Rotate.
 */
export function runsFromItems(items: readonly RawTextItem[], viewport: readonly number[], boldFonts: ReadonlySet<string>): RunsResult {
  const view = asMatrix(viewport)
  const runs: TextRun[] = []
  let angled = 0
  if (!view) return { runs, angled }
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.length === 0) continue
    const own = asMatrix(item.transform)
    if (!own) continue
    const [a, b, c, d, e, f] = multiply(view, own)
    // Reading space flips y, so upright text has a > 0 and d < 0.
    const upright = a > 0 && d < 0 && Math.abs(b) <= MAX_SKEW * a && Math.abs(c) <= MAX_SKEW * -d
    if (!upright) {
      if (item.str.trim()) angled++
      continue
    }
    const size = -d
    if (size < MIN_SIZE) continue
    const width = Number.isFinite(item.width) && item.width > 0 ? item.width : 0
    runs.push({ text: item.str, x: e, baseline: f, width, size, font: item.fontName, bold: boldFonts.has(item.fontName) })
  }
  return { runs, angled }
}

/**
 * Whether a PDF font name says bold. Embedded fonts carry a subset tag ("ABCDEF+") and
 * Word writes styles after a comma ("Arial,Bold"); weights from semibold up count as bold.
 */
export function isBoldFontName(name: string): boolean {
  const bare = name.replace(/^[A-Z]{6}\+/, '')
  // Note: "Demi" only as a style word, so that a family such as "Academica" is not bold.
  return /bold|black|heavy|[-,_ ]bd$|[-,_ ]sb$/i.test(bare) || /(?:^|[-,_ a-z])Demi(?:[A-Z-,_ ]|$)/.test(bare)
}
