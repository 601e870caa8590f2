/**
 * recognise/column-heading.ts: the words a table's column is named with. It decides whether a
 * plain first row of a PDF table is its header (pdf/table-header-rows.ts), so it must say yes
 * to the ways columns are named and no to the things rows name.
 */
import { describe, expect, it } from 'vitest'
import { isColumnHeading } from '../../src/shared/import/recognise/column-heading'

describe('column headings', () => {
  it('are nouns tables are headed with, singular or plural, alone or last', () => {
    for (const cell of ['Account', 'Role', 'Responsibilities', 'Contact details', 'Kind of content', 'Review date', 'Notes', 'Platform']) {
      expect(isColumnHeading(cell), cell).toBe(true)
    }
  })

  it('are "… by" and question-word headings', () => {
    for (const cell of ['Run by', 'Managed by', 'Who approves it', 'When to post', 'What to do']) expect(isColumnHeading(cell), cell).toBe(true)
  })

  it('are not the names of things, values or sentences', () => {
    for (const cell of ['Main council feed', 'Communications team leader', 'Facebook', 'Waste and recycling', '2.0', 'Staff must not post about elections on any account']) {
      expect(isColumnHeading(cell), cell).toBe(false)
    }
  })
})
