/** Vertically centred table cells read as one row (src/shared/import/pdf/cell-rows.ts). */
import { describe, expect, it } from 'vitest'
import { gatherCellRows } from '../../../src/shared/import/pdf/cell-rows'
import type { TextRun } from '../../../src/shared/import/pdf/types'

const run = (text: string, x: number, baseline: number, size = 10): TextRun => ({ text, x, baseline, width: text.length * 5, size, font: 'f', bold: false })

describe('gatherCellRows', () => {
  it('reads a row whose short cells sit half a line below the long cell column by column', () => {
    const lines = [
      [run('First issue, agreed by the team after', 300, 100)],
      [run('1.0', 50, 106), run('2 May 2024', 120, 106)],
      [run('consultation with the unions', 300, 112)],
      // The next row, after the cell padding and border.
      [run('1.1', 50, 130), run('Contact details updated', 300, 130)],
    ]
    const rows = gatherCellRows(lines)
    expect(rows.map((r) => r.runs.map((x) => x.text))).toEqual([
      ['1.0', '2 May 2024', 'First issue, agreed by the team after', 'consultation with the unions'],
      ['1.1', 'Contact details updated'],
    ])
    expect(rows.map((r) => r.ordered)).toEqual([true, false])
  })

  it('leaves lines of one column apart when they are a line spacing apart, and lines of other sizes', () => {
    // A footnote mark in a smaller size close under a line is not a cell beside it.
    const lines = [[run('Staff must not', 50, 100)], [run('1', 200, 104, 6)], [run('share passwords.', 50, 110)]]
    expect(gatherCellRows(lines).map((r) => r.runs.length)).toEqual([1, 1, 1])
  })
})
