/**
 * Tables whose top-aligned cells wrap, in PDFs printed by LibreOffice (from flat ODF) and by
 * Chromium (from HTML): tests/fixtures/import/pdf-table-cells-*. Each row reads cell by cell,
 * so the source's details and history get whole values, and the body's numbered clauses,
 * short-item list and three-column table read as they are printed.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { importFile } from '../../../src/shared/import/import-file'
import type { SourceDocument } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'

const load = (dir: string): Promise<SourceDocument> =>
  importFile({ name: `${dir}.pdf`, bytes: new Uint8Array(readFileSync(fixturePath('import', dir, 'input.pdf'))), importedAt: '2026-01-01T00:00:00Z' })

const texts = (doc: SourceDocument): string[] => doc.clauses.map((c) => (c.label ? `${c.label} ${c.text}` : c.text))

describe('a LibreOffice PDF whose table cells wrap', () => {
  let doc: SourceDocument
  beforeAll(async () => {
    doc = await load('pdf-table-cells-libreoffice')
  })

  it('reads each document-control value whole, wrapped in a narrow column', () => {
    expect(doc.documentControl).toEqual({
      version: '3.2',
      owner: 'Head of Health, Safety and Wellbeing Services',
      approver: 'Joint Health and Safety Committee, 3 October 2024',
      reviewDate: 'October 2026',
    })
  })

  it('reads each history row with its date and summary whole, a date wrapped over three lines too', () => {
    expect(doc.history).toEqual([
      { version: '3.0', date: '4 May 2022', change: 'Rewritten for hybrid working' },
      {
        version: '3.1',
        date: '19 September 2023',
        change: 'Buddy system for evening home visits added after the review of two incidents reported by the housing team; escalation times shortened',
      },
      // The hyphen that ends a cell's line ("check-" / "in app") is kept, with no space.
      {
        version: '3.2',
        date: '14 October 2024',
        change: 'Personal alarm devices issued to all community staff; the check-in app replaces the paper signing-out book in every depot and office',
      },
    ])
  })

  it('reads a three-column row of the body cell by cell, its cells joined as a Word row\'s are, and the numbered clauses as printed', () => {
    expect(texts(doc)).toContain(
      'Lone worker | Checks in before and after each visit and carries the personal alarm at all times | Monitoring centre, 01632 960 114',
    )
    expect(texts(doc)).toContain(
      '1.1 This policy sets out how the council protects employees who work on their own, away from colleagues who could see or hear them, whether in a council building, in residents’ homes or out on the road.',
    )
    // Nothing of a table is left over as a clause of its own.
    expect(texts(doc).filter((t) => /^(?:2024|Wellbeing Services|Committee, 3 October|management team)/.test(t))).toEqual([])
  })
})

describe('a Chromium PDF whose table cells wrap', () => {
  let doc: SourceDocument
  beforeAll(async () => {
    doc = await load('pdf-table-cells-chromium')
  })

  it('gives the source its details and history', () => {
    expect(doc.documentControl).toEqual({
      version: '2.3',
      date: '2 June 2025',
      owner: 'Information Governance Manager, Legal and Democratic Services',
      approver: 'Information Governance Board, 21 May 2025',
      reviewDate: 'June 2027',
    })
    expect(doc.history).toEqual([
      { version: '2.1', date: '8 March 2023', change: 'Retention periods checked against the national schedule' },
      {
        version: '2.2',
        date: '30 November 2024',
        change: 'Email retention shortened to three years after a review by the records team; shared mailboxes and team sites brought within the guidance',
      },
      { version: '2.3', date: '2 June 2025', change: 'Contact details updated' },
    ])
    expect(doc.date).toBe('2025-06-02')
  })

  it('reads the body table by row and cell, and leaves hanging-number clauses and a two-column list as they were', () => {
    const body = texts(doc).filter((t) => !/^(?:Version|Date|Owner|Approved by|Review date) /.test(t))
    expect(body).toContain(
      'Records officer | Answers questions about the retention schedule and arranges secure collection of paper files | Records team, extension 2210 or the records inbox',
    )
    // A cell of the first column wraps too ("Data protection" / "officer"): the rows are set apart by their padding.
    expect(body).toContain('Data protection officer | Advises when a request for information means records must be kept longer | Legal Services, extension 2208 (weekdays)')
    expect(body).toContain(
      '1.1 This guidance tells staff how long to keep the records they create and receive, and how to destroy them safely once the retention period has passed.',
    )
    // The list's items sit side by side a list-item gap apart: each line stays a line of its own.
    expect(body).toEqual(expect.arrayContaining(['shared drives case systems', 'team sites paper files', 'email accounts off-site storage']))
  })
})
