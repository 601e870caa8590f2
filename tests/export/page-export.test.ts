/**
 * Markdown and HTML export of a draft: what the page holds, that it is safe, and that the
 * project's own importers read it back as the same clauses with the same numbers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { draftLabels } from '../../src/shared/draft'
import { draftToHtml } from '../../src/shared/export/html'
import { draftToMarkdown } from '../../src/shared/export/markdown'
import { longDate } from '../../src/shared/export/page-outline'
import { importFile } from '../../src/shared/import/import-file'
import type { Draft, SourceDocument } from '../../src/shared/model'
import { draftOf, type Outline } from './tracked/support'

const origin = { sourceId: 'n'.repeat(64), clauseId: 'nnnnnnnnnnnnnnnn.7', sourceTitle: 'Northmoor District Council: Social Media Policy', label: '4.2', originalText: 'Do not share anything you have learned at work that has not been made public.' }

function sample(): Draft {
  const draft = draftOf([
    {
      id: 's1',
      heading: 'Your own accounts',
      clauses: [
        { id: 'c1', text: 'Do not share anything you have learned at work that has not been made public.' },
        { id: 'c2', text: 'Do not post *offensive* remarks, <b>abuse</b> or "jokes" about R&D_team [sic] #1 | ever.' },
        { id: 'c3', text: 'Report it to your manager.', level: 2 },
      ],
    },
    { id: 's2', heading: 'Elections & referendums', clauses: [{ id: 'c4', text: 'Take extra care in the pre-election period.' }] },
  ])
  draft.sections[0]!.clauses[0]!.origin = origin
  draft.sections[0]!.clauses[1]!.origin = { ...origin, clauseId: 'nnnnnnnnnnnnnnnn.8', label: '4.3', originalText: 'Do not make offensive remarks.' }
  Object.assign(draft.metadata, { owner: 'Head of Communications', committee: 'Staff Committee', approvedOn: '2026-03-12', reviewDue: '2028-03-01', status: 'approved' })
  return draft
}

const load = (name: string, text: string): Promise<SourceDocument> => importFile({ name, bytes: new TextEncoder().encode(text), importedAt: '2026-01-01T00:00:00Z' })

/** The draft's clauses as [number, text], and the imported clauses that carry a number. */
const expected = (draft: Draft): [string, string][] => {
  const labels = draftLabels(draft)
  return draft.sections.flatMap((s) => s.clauses.map((c): [string, string] => [labels.clauses[c.id]!, c.text.replace(/\s+/g, ' ').trim()]))
}
const numbered = (source: SourceDocument): [string, string][] => source.clauses.filter((c) => c.label !== null).map((c) => [c.label!, c.text])

describe('Markdown export', () => {
  it('prints the title, a metadata line, numbered headings and numbered clauses, markup escaped', () => {
    const md = draftToMarkdown(sample())
    expect(md).toBe(
      [
        '# Staff social media policy',
        'Eastbrook Borough Council | Version 1.0 | Approved | Owner: Head of Communications | Committee: Staff Committee | Approved on 12 March 2026 | Review due 1 March 2028',
        '## 1. Your own accounts',
        '1.1 Do not share anything you have learned at work that has not been made public.',
        '1.2 Do not post \\*offensive\\* remarks, \\<b\\>abuse\\</b\\> or "jokes" about R\\&D\\_team \\[sic\\] \\#1 | ever.',
        '1.2.1 Report it to your manager.',
        '## 2. Elections \\& referendums',
        '2.1 Take extra care in the pre-election period.',
      ].join('\n\n') + '\n',
    )
  })

  it('reads back through the Markdown importer as the same clauses, numbers and sections', async () => {
    const draft = sample()
    const source = await load('policy.md', draftToMarkdown(draft))
    expect(source.title).toBe('Staff social media policy')
    expect(numbered(source)).toEqual(expected(draft))
    expect(source.clauses.filter((c) => c.label).map((c) => c.section.at(-1))).toEqual(['1. Your own accounts', '1. Your own accounts', '1. Your own accounts', '2. Elections & referendums'])
  })

  it('adds the provenance appendix as a table when asked, and the clauses still read back', async () => {
    const draft = sample()
    const md = draftToMarkdown(draft, { provenance: 'appendix' })
    expect(md).toContain('## Appendix: where each clause came from\n\n| Clause | Source | Source clause | Wording |\n| --- | --- | --- | --- |\n| 1.1 | Northmoor District Council: Social Media Policy | 4.2 | Verbatim |\n| 1.2 | Northmoor District Council: Social Media Policy | 4.3 | Adapted |\n| 1.2.1 | \u2014 | \u2014 | New |')
    const source = await load('policy.md', md)
    expect(numbered(source)).toEqual(expected(draft))
    expect(source.clauses.filter((c) => c.section.at(-1) === 'Appendix: where each clause came from').map((c) => c.text)).toContain('2.1 | \u2014 | \u2014 | New')
  })

  it('escapes a metadata line that would open a list', () => {
    const draft = sample()
    draft.metadata.organisation = '1. Council'
    expect(draftToMarkdown(draft).split('\n\n')[1]).toMatch(/^1\\\. Council \| Version/)
  })
})

describe('HTML export', () => {
  it('is a standalone British English page with no scripts, a stylesheet and every text escaped', () => {
    const html = draftToHtml(sample())
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|\son\w+=/i)
    expect(html).toContain('<p class="clause level-1"><span class="number">1.2</span> Do not post *offensive* remarks, &lt;b&gt;abuse&lt;/b&gt; or &quot;jokes&quot; about R&amp;D_team [sic] #1 | ever.</p>')
    expect(html).toContain('<p class="clause level-2"><span class="number">1.2.1</span> Report it to your manager.</p>')
    expect(html).toContain('<h2><span class="number">2.</span> Elections &amp; referendums</h2>')
    expect(html).toContain('<p class="metadata">Eastbrook Borough Council | Version 1.0 | Approved |')
  })

  it('reads back through the HTML importer as the same clauses, numbers, title and organisation', async () => {
    const draft = sample()
    const source = await load('policy.html', draftToHtml(draft, { provenance: 'appendix' }))
    expect(source.title).toBe('Staff social media policy')
    expect(source.organisation).toBe('Eastbrook Borough Council')
    expect(numbered(source)).toEqual(expected(draft))
    expect(source.clauses.find((c) => c.text.startsWith('1.2 |'))?.text).toBe('1.2 | Northmoor District Council: Social Media Policy | 4.3 | Adapted')
  })

  it('prints no appendix unless asked', () => {
    expect(draftToHtml(sample())).not.toContain('<table>')
    expect(draftToMarkdown(sample())).not.toContain('Appendix')
  })
})

describe('round trip of any text', () => {
  const CHARS = 'abc XYZ 019 .,;:!?()[]{}<>*_`~#|\\&"\'-+=/@$%^ \u00a3\u2019\u201c\u201d\u00e9'.split('')
  const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 40 }).map((c) => c.join('').replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0)
  const outline = fc.array(fc.record({ heading: text, clauses: fc.array(text, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 })
  const build = (shape: { heading: string; clauses: string[] }[]): Draft => {
    let n = 0
    const o: Outline = shape.map((s, i) => ({ id: `s${i}`, heading: s.heading, clauses: s.clauses.map((t) => ({ id: `c${n++}`, text: t })) }))
    return draftOf(o)
  }

  it('gives back braces that read as template tags in Markdown, within a clause and across clauses', async () => {
    const draft = build([
      { heading: 'Placeholders', clauses: ['Write {{ name }} and {% raw %} as they are.', '{{', 'a'] },
      { heading: 'a', clauses: ['}}a'] },
    ])
    expect(numbered(await load('p.md', draftToMarkdown(draft)))).toEqual(expected(draft))
  })

  it('Markdown and HTML give back every clause text and number', async () => {
    await fc.assert(
      fc.asyncProperty(outline, async (shape) => {
        const draft = build(shape)
        expect(numbered(await load('p.md', draftToMarkdown(draft)))).toEqual(expected(draft))
        expect(numbered(await load('p.html', draftToHtml(draft)))).toEqual(expected(draft))
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})

it('writes dates as a British reader does', () => {
  expect(longDate('2026-03-01')).toBe('1 March 2026')
  expect(longDate('soon')).toBe('soon')
})
