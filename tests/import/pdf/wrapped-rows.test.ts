/** Top-aligned table rows whose cells wrap, read cell by cell (src/shared/import/pdf/wrapped-rows.ts). */
import { describe, expect, it } from 'vitest'
import { gatherWrappedRows } from '../../../src/shared/import/pdf/wrapped-rows'
import type { RunGroup, TextRun } from '../../../src/shared/import/pdf/types'

// Helvetica-like widths at 11 pt: about 5 pt a character.
const run = (text: string, x: number, baseline: number, size = 11): TextRun => ({ text, x, baseline, width: text.length * 5, size, font: 'f', bold: false })
const line = (...runs: TextRun[]): RunGroup => ({ runs, ordered: false })
const texts = (groups: RunGroup[]): string[][] => groups.map((g) => g.runs.map((r) => r.text))

describe('gatherWrappedRows', () => {
  it('reads a version-history row whose date and summary wrap column by column, under the header', () => {
    const lines = [
      line(run('Version', 71, 330), run('Date', 130, 330), run('Summary', 227, 330)),
      line(run('0.3', 71, 348), run('14 March 2011', 130, 348), run('Comments from the management team', 227, 348)),
      line(run('1.0', 71, 365), run('20 February', 130, 365), run('Changes after consultation: elections', 227, 365)),
      line(run('2012', 130, 379), run('added; list of sites removed; data', 227, 379)),
      line(run('made separate clauses', 227, 393)),
    ]
    const rows = gatherWrappedRows(lines)
    expect(texts(rows)).toEqual([
      ['Version', 'Date', 'Summary'],
      ['0.3', '14 March 2011', 'Comments from the management team'],
      ['1.0', '20 February', '2012', 'Changes after consultation: elections', 'added; list of sites removed; data', 'made separate clauses'],
    ])
    // The gathered row stands at its first line, so the next row's gap is the row's height.
    expect(rows.map((r) => [r.ordered, r.top])).toEqual([
      [false, undefined],
      [false, undefined],
      [true, 365],
    ])
  })

  it("keeps a column the row's first line leaves empty, from the rows above", () => {
    const lines = [
      line(run('Role', 71, 100), run('Duty', 200, 100), run('Contact', 400, 100)),
      line(run('Officer', 71, 118), run('ext. 4410', 400, 118)),
      line(run('answers the', 200, 132), run('(mornings)', 400, 132)),
    ]
    expect(texts(gatherWrappedRows(lines))[1]).toEqual(['Officer', 'answers the', 'ext. 4410', '(mornings)'])
  })

  it('leaves a numbered clause and its wrapped lines at the text indent as they are', () => {
    const lines = [
      line(run('1.1', 71, 510), run('This policy explains what the council expects from its', 99, 510)),
      line(run('employees when they use social media, either on its behalf', 99, 524)),
      line(run('or in private.', 99, 538)),
      line(run('1.2', 71, 556), run('Its aim is to help staff.', 99, 556)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('leaves a paragraph with a hanging number alone when a wrapped line runs on past a column edge', () => {
    // Justified text cut into cells at wide word gaps: the next line starts at an edge but runs past the next.
    const lines = [
      line(run('(a)', 71, 100), run('staff', 99, 100), run('must', 140, 100), run('tell their manager', 180, 100)),
      line(run('before they post, and keep a record.', 99, 114)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('leaves two-column lists of short items alone, whichever column ends short', () => {
    const lines = [
      line(run('Facebook', 71, 100), run('Twitter', 250, 100)),
      line(run('LinkedIn', 71, 114), run('YouTube', 250, 114)),
      line(run('Flickr', 250, 128)),
      line(run('Blogs', 71, 142), run('Forums', 250, 142)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('gathers a row whose only wrapped cell is the last, in a column that ends short of the text edge', () => {
    const lines = [
      line(run('Owner', 71, 100), run('Head of Health, Safety and', 190, 100)),
      line(run('Wellbeing Services', 190, 114)),
      line(run('Next review', 71, 132), run('October 2026', 190, 132)),
      // A body line below sets the text's right edge.
      line(run('Managers and lone workers share the duty to assess the risks of each task.', 71, 160)),
    ]
    expect(texts(gatherWrappedRows(lines)).slice(0, 2)).toEqual([['Owner', 'Head of Health, Safety and', 'Wellbeing Services'], ['Next review', 'October 2026']])
  })

  it('leaves a numbered clause whose first line stops short (a long word wrapped) to the paragraph rules', () => {
    const lines = [
      line(run('1.1', 71, 100), run('Read the guidance at', 99, 100)),
      line(run('https://intranet.example.gov.uk/guidance', 99, 114)),
      line(run('Managers and lone workers share the duty to assess the risks of each task.', 71, 132)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('reads a wrapped cell of the first column as part of its row where the table sets its rows apart', () => {
    // Cell lines 14 pt apart; rows 21 pt apart (padding and border between them).
    const lines = [
      line(run('Records officer', 82, 100), run('Answers questions about the', 190, 100), run('Records team', 394, 100)),
      line(run('retention schedule', 190, 114)),
      line(run('Data protection', 82, 135), run('Advises on requests', 190, 135), run('Legal Services', 394, 135)),
      line(run('officer', 82, 149), run('for information', 190, 149)),
    ]
    expect(texts(gatherWrappedRows(lines))[1]).toEqual(['Data protection', 'officer', 'Advises on requests', 'for information', 'Legal Services'])
  })

  it("reads a row whose every cell wraps by the page's line spacing, when no wrapped line showed the table's", () => {
    // Body lines 14 pt apart; the table's rows 18 pt apart; no line leaves the first column empty.
    const lines = [
      line(run('The table below shows who must agree before content is published.', 71, 60)),
      line(run('Where a post falls under more than one row, the stricter applies.', 71, 74)),
      line(run('Kind of content', 71, 100), run('Who approves it', 190, 100)),
      line(run('Routine service', 71, 118), run('The officer running the account may', 190, 118)),
      line(run('updates', 71, 132), run('publish these without approval.', 190, 132)),
      line(run('Replies to', 71, 150), run('The service manager approves any', 190, 150)),
      line(run('complaints', 71, 164), run('reply beyond pointing to the form.', 190, 164)),
    ]
    const rows = gatherWrappedRows(lines)
    expect(texts(rows).slice(3)).toEqual([
      ['Routine service', 'updates', 'The officer running the account may', 'publish these without approval.'],
      ['Replies to', 'complaints', 'The service manager approves any', 'reply beyond pointing to the form.'],
    ])
    // Each gathered row says where its columns start, for a row a page break cuts (page-split-rows.ts).
    expect(rows[3]!.cells).toEqual([{ x: 71, run: 0 }, { x: 190, run: 2 }])
    // Rows not set apart from the lines above them keep each line.
    const even = lines.map((l, k) => line(...l.runs.map((r) => ({ ...r, baseline: 60 + 14 * k }))))
    expect(gatherWrappedRows(even)).toEqual(even)
  })

  it('does not take a new bulleted or numbered item under a row as its wrapped line', () => {
    const lines = [
      line(run('Before you post, check that:', 71, 60)),
      line(run('Keep to the facts.', 71, 74)),
      line(run('•', 82, 100), run('the post is accurate;', 100, 100)),
      line(run('•', 82, 114), run('consent is held;', 100, 114)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it("ends a row at a line further below it than the page's line spacing, though its first cell is empty", () => {
    // The repeated header at the top of a page, then the rest of a cell carried over from the page before.
    const lines = [
      line(run('Body text line one of the page here.', 71, 40)),
      line(run('Body text line two of the page here.', 71, 54)),
      line(run('Body text line three of the page.', 71, 68)),
      line(run('Kind of content', 71, 100), run('Who approves it', 190, 100)),
      line(run('house style guide and every link.', 190, 117)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it("does not take a table's own rows for the page's line spacing (a page of one-line paragraphs)", () => {
    // At 12 pt, rows 17.6 pt apart under a header set 24.8 pt below a one-line paragraph: the only steps
    // between lines of this size are the rows' own, which say nothing of how a cell's lines sit.
    const lines = [
      line(run('Each account has a named team.', 72, 100, 12)),
      line(run('Account', 72, 124.8, 12), run('Run by', 270, 124.8, 12)),
      line(run('Main council feed', 72, 143.2, 12), run('Communications team', 270, 143.2, 12)),
      line(run('Libraries page', 72, 160.8, 12), run('Cultural services', 270, 160.8, 12)),
      line(run('Bin collection updates', 72, 178.4, 12), run('Waste and recycling', 270, 178.4, 12)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('keeps each line of a list in columns whose lines are evenly spaced, even after a wrapped item', () => {
    const lines = [
      line(run('Facebook', 71, 100), run('discussion forums and', 250, 100)),
      line(run('message boards', 250, 114)),
      line(run('LinkedIn', 71, 128), run('YouTube', 250, 128)),
      line(run('Flickr', 71, 142), run('blogs', 250, 142)),
    ]
    expect(gatherWrappedRows(lines)).toEqual(lines)
  })

  it('ends a row at a paragraph gap, a change of size or a line that starts at the margin', () => {
    const header = line(run('1.0', 71, 100), run('20 February', 130, 100), run('Changes', 227, 100))
    const far = [header, line(run('2012', 130, 130), run('more', 227, 130))]
    const smaller = [header, line(run('2012', 130, 112, 8), run('more', 227, 112, 8))]
    const margin = [header, line(run('Note', 71, 114), run('2012', 130, 114))]
    for (const lines of [far, smaller, margin]) expect(gatherWrappedRows(lines)).toEqual(lines)
  })
})
