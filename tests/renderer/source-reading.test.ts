/**
 * Issue 11 in the reader: a source's front matter (document control, version history) is
 * shown apart as the document's details, never among the clauses and never offered to the
 * draft; a table's header row stays in place but cannot be taken either.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DocumentDetailsBlock } from '../../src/renderer/src/components/DocumentDetailsBlock'
import { canTakeIntoDraft, controlFacts, sourceReading } from '../../src/renderer/src/state/source-reading'
import type { Clause, ClauseRole } from '../../src/shared/model'

const clause = (id: string, section: string[], text: string, role?: ClauseRole): Clause => ({
  id,
  sourceId: 's',
  section,
  label: null,
  level: 1,
  text,
  inline: text,
  topics: [],
  ...(role ? { role } : {}),
})

const clauses = [
  clause('v', ['Policy'], 'Version | 2.0', 'front-matter'),
  clause('o', ['Policy'], 'Owner | Head of Communications', 'front-matter'),
  clause('c1', ['Policy', '1. Scope'], 'This policy applies to all staff.'),
  clause('h', ['Policy', '1. Scope'], 'Channel | Owner', 'table-header'),
  clause('c2', ['Policy', '2. Use'], 'Staff must not post on behalf of the council.'),
  clause('log', ['Policy', 'Change log'], '1.0 | 2024-01-02 | First issue', 'front-matter'),
]

describe('reading a source', () => {
  it('keeps front matter apart, in order, and groups only the rest by section', () => {
    const reading = sourceReading({ clauses })
    expect(reading.frontMatter.map((c) => c.id)).toEqual(['v', 'o', 'log'])
    expect(reading.groups.map((g) => [g.trail.at(-1), g.clauses.map((c) => c.id)])).toEqual([
      ['1. Scope', ['c1', 'h']],
      ['2. Use', ['c2']],
    ])
  })

  it('offers only policy text to the draft: not front matter, not a table header row', () => {
    expect(clauses.filter(canTakeIntoDraft).map((c) => c.id)).toEqual(['c1', 'c2'])
  })

  it('names the document-control facts in a reader’s order, skipping what the file did not say', () => {
    expect(controlFacts({ owner: 'J. Smith', version: '2.0', reviewDate: '2026-04-01' })).toEqual([
      { name: 'Version', value: '2.0' },
      { name: 'Owner', value: 'J. Smith' },
      { name: 'Review date', value: '2026-04-01' },
    ])
    expect(controlFacts(undefined)).toEqual([])
  })

  it('renders the details block: facts, history table and the lines as printed, with nothing to add or drag', () => {
    const frontMatter = sourceReading({ clauses }).frontMatter
    const html = renderToStaticMarkup(
      createElement(DocumentDetailsBlock, {
        source: { documentControl: { version: '2.0', owner: 'Head of Communications' }, history: [{ version: '1.0', date: '2024-01-02', change: 'First issue' }] },
        frontMatter,
      }),
    )
    expect(html).toContain('<h2 id="document-details-heading">Document details</h2>')
    expect(html).toContain('<dt>Version</dt><dd>2.0</dd>')
    expect(html).toContain('<dt>Owner</dt><dd>Head of Communications</dd>')
    // No author in any row: no Author column.
    expect(html).toMatch(/<caption>Version history<\/caption>.*<th scope="col">Version<\/th><th scope="col">Date<\/th><th scope="col">Change<\/th>.*<td>1\.0<\/td><td>2024-01-02<\/td><td>First issue<\/td>/)
    expect(html).not.toContain('>Author<')
    expect(html).toContain('As printed (3 lines)')
    expect(html).toContain('Owner | Head of Communications')
    expect(html).not.toContain('Add to draft')
    expect(html).not.toContain('draggable')
  })

  it('shows nothing for a source without front matter', () => {
    expect(renderToStaticMarkup(createElement(DocumentDetailsBlock, { source: {}, frontMatter: [] }))).toBe('')
  })
})
