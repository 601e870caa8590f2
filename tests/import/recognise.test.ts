/**
 * What is not a clause (src/shared/import/recognise): document control and version history,
 * table header rows, headings written as list items, Markdown front matter and template tags.
 */
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/shared/import/blocks'
import { importFile } from '../../src/shared/import/import-file'
import { dropTemplateTags, readFrontMatter } from '../../src/shared/import/markdown/front-matter'
import { recogniseBlocks } from '../../src/shared/import/recognise'
import { calendarDateOf } from '../../src/shared/import/recognise/calendar-date-of'
import { controlField, controlPairs, historyCellRow, historyColumns, isControlTitleRow, pdfHistoryRow, prefixPair, recogniseDocumentControl } from '../../src/shared/import/recognise/document-control'
import { recogniseListHeadings } from '../../src/shared/import/recognise/list-headings'
import { mastheadPairs } from '../../src/shared/import/recognise/masthead-line'
import { recogniseTableHeaders } from '../../src/shared/import/recognise/table-header'
import { policyClauses } from '../../src/shared/model-clauses'

const p = (text: string, label: string | null = null, level = 0): Block => ({ kind: 'paragraph', label, level, text, inline: text })
const h = (text: string, level = 1): Block => ({ kind: 'heading', level, text })
const roles = (blocks: Block[]): (string | null)[] => blocks.map((b) => (b.kind === 'paragraph' ? (b.role ?? null) : 'heading'))

describe('document-control lines', () => {
  it.each([
    ['Version: 2.0', [{ field: 'version', value: '2.0' }]],
    ['Version | 2.0', [{ field: 'version', value: '2.0' }]],
    ['Document owner: Head of Digital Services', [{ field: 'owner', value: 'Head of Digital Services' }]],
    ['Approved by | Cabinet | Review date | May 2027', [{ field: 'approver', value: 'Cabinet' }, { field: 'reviewDate', value: 'May 2027' }]],
    ['Next review: June 2026', [{ field: 'reviewDate', value: 'June 2026' }]],
    ['Classification | Official', [{ field: null, value: 'Official' }]],
    // A line of fields under the title, each cell a label and its value (Northmoor's Markdown).
    [
      'Version 1.0 | Approved by the Staff Committee, 14 May 2012 | Owner: Communications Manager',
      [
        { field: 'version', value: '1.0' },
        { field: 'approver', value: 'the Staff Committee, 14 May 2012' },
        { field: 'owner', value: 'Communications Manager' },
      ],
    ],
    // Fields on lines of their own inside one paragraph (a Word line break, an HTML <br>, a
    // Markdown soft break) arrive as one line: each value runs to the next known label.
    [
      'Version: 1.1 Date: 18 October 2010 Owner: Principal Youth Officer, Youth Service Agreed with: Safeguarding Children Board Review due: October 2011',
      [
        { field: 'version', value: '1.1' },
        { field: 'date', value: '18 October 2010' },
        { field: 'owner', value: 'Principal Youth Officer, Youth Service' },
        { field: 'approver', value: 'Safeguarding Children Board' },
        { field: 'reviewDate', value: 'October 2011' },
      ],
    ],
  ])('reads %j', (text, pairs) => {
    expect(controlPairs(text)).toEqual(pairs)
  })

  it.each([
    'Staff must not post while at work.',
    'Approach: staff should ask their manager before posting anything about the council online.',
    'Facebook | Communications team only | Lunch breaks',
    'Status: this policy applies to every employee, agency worker and volunteer of the council.',
    // Fields in cells, but no version number to anchor them, or a cell that is a sentence.
    'Owner Head of HR | Approved by Cabinet',
    'Version 2 of the form | Owner: the member of staff',
    'Version 1.0 | Approved by managers before anything is posted.',
    // Colons that do not all close a known label, or a value that is a sentence.
    'Note: staff must ask first. Reason: the council is responsible for what is posted.',
    'Owner: the manager of each team must keep a record of accounts, as follows: name, platform and login holder.',
  ])('leaves policy text alone: %j', (text) => {
    expect(controlPairs(text)).toBeNull()
  })

  it('reads a label followed by its value with no separator, as a PDF prints a table', () => {
    expect(prefixPair('Next review June 2013')).toEqual({ field: 'reviewDate', value: 'June 2013' })
    expect(prefixPair('Approved by Employment Committee')).toEqual({ field: 'approver', value: 'Employment Committee' })
    expect(prefixPair('Staff must be polite')).toBeNull()
  })

  it('reads a history row as a PDF prints it, and joins a wrapped cell to its row', () => {
    expect(pdfHistoryRow('1.0', '2 May 2024 First issue')).toEqual({ version: '1.0', date: '2 May 2024', change: 'First issue' })
    expect(pdfHistoryRow('1.1', 'Staff must not post.')).toBeNull()
    expect(pdfHistoryRow('•', '2 May 2024 First issue')).toBeNull()
    const out = recogniseDocumentControl([h('Version history', 2), p('9 January Contact details updated', '1.1', 2), p('2025', null, 2), h('1. Purpose', 2), p('Staff must be polite.', '1.1', 2)])
    expect(out.history).toEqual([{ version: '1.1', date: '9 January 2025', change: 'Contact details updated' }])
    expect(out.blocks.map((b) => b.text)).toEqual(['Version history', '9 January Contact details updated 2025', '1. Purpose', 'Staff must be polite.'])
    expect(roles(out.blocks)).toEqual(['heading', 'front-matter', 'heading', null])
  })

  it('takes a run of bare label-and-value lines with no heading above them, as a PDF prints a small table', () => {
    const out = recogniseDocumentControl([
      h('Employee Code of Conduct'),
      p('This extract is taken from the full Code.'),
      p('Document Employee Code of Conduct, version 4.2 (extract)'),
      p('Date 10 January 2011'),
      p('Owner Head of Human Resources and Organisational Development'),
      h('1. Introduction', 2),
      p('Employees must act with honesty.', '1.1', 2),
    ])
    expect(roles(out.blocks)).toEqual(['heading', null, 'front-matter', 'front-matter', 'front-matter', 'heading', null])
    expect(out.documentControl).toEqual({ date: '10 January 2011', owner: 'Head of Human Resources and Organisational Development' })
  })

  it('lets a run go on through a label whose value is not kept, and a longer value that starts as a cell does', () => {
    const out = recogniseDocumentControl([
      h('Social Media and the Civil Service'),
      p('Issued by Public Service Standards Directorate'),
      p('Version 2.0'),
      p('Date 19 March 2012'),
      p('Replaces Principles for participating online (August 2009) and the interim note on official accounts (June 2010)'),
      p('Status Guidance. Departments may issue supplementary instructions consistent with it.'),
      p('Status reports must be sent to the departmental lead every quarter.'),
      h('Summary', 2),
    ])
    expect(roles(out.blocks)).toEqual(['heading', 'front-matter', 'front-matter', 'front-matter', 'front-matter', 'front-matter', null, 'heading'])
    expect(out.documentControl).toMatchObject({ version: '2.0', status: 'Guidance. Departments may issue supplementary instructions consistent with it.' })
    // Alone, neither begins a run.
    const alone = recogniseDocumentControl([p('Replaces Principles for participating online (August 2009)'), p('Status Guidance. Departments may issue instructions.')])
    expect(roles(alone.blocks)).toEqual([null, null])
  })

  it.each([
    [['Date of birth must not be shared', 'Status updates are personal']],
    [['Date 10 January 2011']],
    [['Owner Head of Communications', 'Status Approved']],
    [['Date 10 January 2011', 'Staff must not post while at work.', 'Owner Head of Communications']],
  ])('leaves lines that are not such a run alone: %j', (texts) => {
    const out = recogniseDocumentControl(texts.map((t) => p(t)))
    expect(roles(out.blocks)).toEqual(texts.map(() => null))
    expect(out.documentControl).toEqual({})
  })

  it('knows a version-history header row', () => {
    expect(historyColumns('Version | Date | Author | Changes')).toEqual(['version', 'date', 'author', 'change'])
    expect(historyColumns('Issue | Date | Description of change')).toEqual(['version', 'date', 'change'])
    expect(historyColumns('Topic | What to do')).toBeNull()
    expect(historyColumns('Version 2.0')).toBeNull()
  })

  it('marks a document-control table\'s title row as front matter, and reads a "Change history" row as a history entry', () => {
    const out = recogniseDocumentControl([
      h('Hours, rest and breaks'),
      p('Document control'),
      p('Version | 2.0'),
      p('Change history | 2.0: rewritten in plain English; "staff" are now "colleagues"'),
      p('Version history | v1.1 - links updated'),
      p('Revision history | Full review by the People Team'),
      h('Why we have this policy', 2),
      p('This policy explains how the Council organises hours.'),
      p('Document control is the job of the People Team.'),
    ])
    expect(roles(out.blocks)).toEqual(['heading', 'front-matter', 'front-matter', 'front-matter', 'front-matter', 'front-matter', 'heading', null, null])
    expect(out.documentControl).toEqual({ version: '2.0' })
    expect(out.history).toEqual([
      { version: '2.0', change: 'rewritten in plain English; "staff" are now "colleagues"' },
      { version: '1.1', change: 'links updated' },
      { change: 'Full review by the People Team' },
    ])
    expect(isControlTitleRow('Version history | Details')).toBe(true)
    expect(isControlTitleRow('Document control | Owner')).toBe(false)
    expect(historyCellRow('Change history | ')).toBeNull()
    expect(historyCellRow('Purpose | 2.0: sets out the rules')).toBeNull()
    expect(historyCellRow('Document information | Owned by the People Team')).toBeNull()
  })

  it('marks lines, history rows and a document-control section as front matter, and reads them', () => {
    const out = recogniseDocumentControl([
      h('Acceptable use'),
      p('Owner: ICT Security Manager'),
      p('Version | Date | Author | Changes'),
      p('3.0 | January 2023 | J. Patel | Full review'),
      p('3.1 | May 2024 | J. Patel | Platforms updated'),
      h('1 Purpose', 2),
      p('This document sets out the acceptable use of social media.'),
      h('Document control', 2),
      p('Equality impact assessment completed in March 2024 by the HR team.'),
      h('2 Access', 2),
      p('Access is for business purposes.'),
    ])
    expect(roles(out.blocks)).toEqual(['heading', 'front-matter', 'front-matter', 'front-matter', 'front-matter', 'heading', null, 'heading', 'front-matter', 'heading', null])
    expect(out.documentControl).toEqual({ owner: 'ICT Security Manager' })
    expect(out.history).toEqual([
      { version: '3.0', date: 'January 2023', author: 'J. Patel', change: 'Full review' },
      { version: '3.1', date: 'May 2024', author: 'J. Patel', change: 'Platforms updated' },
    ])
  })
})

describe('the masthead line under the title', () => {
  it.each([
    [
      'Wealdham Borough Council · Version 1.0 · 5 September 2011 Owner: Web and Digital Team, Customer Services',
      [
        { field: 'organisation', value: 'Wealdham Borough Council' },
        { field: 'version', value: '1.0' },
        { field: 'date', value: '5 September 2011' },
        { field: 'owner', value: 'Web and Digital Team, Customer Services' },
      ],
    ],
    // The first version named is the document's; the one it replaces comes later.
    [
      'Kestrel Moor Borough Council · Health and Safety · guide version 3.0, replacing the Smoke-free Workplace Policy (version 2.1)',
      [
        { field: 'organisation', value: 'Kestrel Moor Borough Council' },
        { field: 'version', value: '3.0' },
      ],
    ],
    ['Parks Trust | Volunteers handbook | v2.1', [{ field: 'organisation', value: 'Parks Trust' }, { field: 'version', value: '2.1' }]],
    ['Redmarsh County Council · Information governance policy', [{ field: 'organisation', value: 'Redmarsh County Council' }]],
    ['Human Resources • 12 March 2025', [{ field: 'date', value: '12 March 2025' }]],
  ])('reads %j', (text, pairs) => {
    expect(mastheadPairs(text, controlField)).toEqual(pairs)
  })

  it.each([
    // A sentence, even one cut by a separator, is policy text.
    'Staff may use social media · but must follow version 2 of the code.',
    // One part, no separator.
    'Version 2 of the code applies to all staff',
    // Parts with no version, day or organisation's name.
    'Facebook · Twitter · Instagram',
    // The organisation beside a long part, with nothing to date it.
    'Redmarsh County Council · a guide for everyone who works with us on our sites and in our vehicles',
  ])('leaves %j alone', (text) => {
    expect(mastheadPairs(text, controlField)).toBeNull()
  })

  it('is front matter only before the policy text begins', () => {
    const out = recogniseDocumentControl([
      h('Smoke-free at work'),
      // A subtitle (a short line, no sentence) does not begin the text.
      p('A guide for everyone who works at our sites'),
      p('Kestrel Moor Borough Council · Health and Safety · guide version 3.0'),
      h('About this guide', 2),
      p('We want everyone to breathe clean air.'),
      p('Eastfield Borough Council · Facilities · version 2.0'),
    ])
    expect(roles(out.blocks)).toEqual(['heading', null, 'front-matter', 'heading', null, null])
    expect(out.documentControl).toEqual({ organisation: 'Kestrel Moor Borough Council', version: '3.0' })
  })

  it('may stand under a subtitle printed as a heading (a PDF), but not under a later heading', () => {
    const out = recogniseDocumentControl([
      h('Social media at Wealdham'),
      h('Guidance for staff on using social media, for work and for yourself', 2),
      p('Wealdham Borough Council · Version 1.0 · 5 September 2011'),
      h('What is this guidance for?', 2),
      p('Eastfield Borough Council · Facilities · version 2.0'),
    ])
    expect(roles(out.blocks)).toEqual(['heading', 'heading', 'front-matter', 'heading', null])
    expect(out.documentControl).toEqual({ organisation: 'Wealdham Borough Council', version: '1.0', date: '5 September 2011' })
  })

  it('is read from an imported page: the line is no clause, and fills the source details', async () => {
    const html = '<h1>When someone dies</h1><p>Thornbury Vale Council &middot; HR guide &middot; version 2.0, September 2026</p><h2>Time off</h2><p>You can take up to five days of paid leave when a close relative dies.</p>'
    const source = await importFile({ name: 'guide.html', bytes: new TextEncoder().encode(html), importedAt: 'x' })
    expect(policyClauses(source).map((c) => c.text)).toEqual(['You can take up to five days of paid leave when a close relative dies.'])
    expect(source.documentControl).toMatchObject({ organisation: 'Thornbury Vale Council', version: '2.0' })
    expect(source.organisation).toBe('Thornbury Vale Council')
  })
})

describe('table header rows', () => {
  it('marks the label row of a summary table, not its data rows or a lone row', () => {
    const out = recogniseTableHeaders([
      p('Topic | What to do'),
      p('Sharing council news | Go ahead.'),
      p('Commenting on a decision | Ask the communications team first.'),
      p('Between tables.'),
      p('Lone | Row'),
    ])
    expect(roles(out)).toEqual(['table-header', null, null, null, null])
  })

  it('does not take a row of sentences for a header', () => {
    expect(roles(recogniseTableHeaders([p('Staff must ask first. | Managers decide.'), p('a | b')]))).toEqual([null, null])
  })
})

describe('headings written as list items', () => {
  it('turns a numbered title with items nested beneath it into a heading of their section', () => {
    const out = recogniseListHeadings([
      h('Social media policy'),
      p('Introduction', '1.', 1),
      p('This policy applies to all staff.', '1.', 2),
      p('Personal use', '5.', 1),
      p('Staff may use social media in their own time.', '•', 2),
      p('Keep it short', '6.', 1),
      p('A numbered item that is a clause.', '7.', 1),
    ])
    expect(out).toEqual([
      h('Social media policy'),
      h('1. Introduction', 2),
      p('This policy applies to all staff.', '1.', 1),
      h('5. Personal use', 2),
      p('Staff may use social media in their own time.', '•', 1),
      p('Keep it short', '6.', 1),
      p('A numbered item that is a clause.', '7.', 1),
    ])
  })

  it('leaves bullets, sentences and items with nothing nested alone', () => {
    const blocks = [p('Personal use', '•', 1), p('Nested.', '•', 2), p('Staff must be polite.', '1.', 1), p('Nested.', '(a)', 2), p('Review', '2.', 1)]
    expect(recogniseListHeadings(blocks)).toEqual(blocks)
  })

  it('gives the items beneath it the heading in their trail', async () => {
    const md = '# Policy\n\n1. Introduction\n   1. This policy applies to all staff.\n2. Personal use\n   1. Staff may use social media at lunch.\n'
    const source = await importFile({ name: 'p.md', bytes: new TextEncoder().encode(md), importedAt: 'x' })
    expect(source.clauses.map((c) => [c.section, c.text])).toEqual([
      [['Policy', '1. Introduction'], 'This policy applies to all staff.'],
      [['Policy', '2. Personal use'], 'Staff may use social media at lunch.'],
    ])
  })
})

describe('Markdown front matter and template tags', () => {
  it('reads YAML front matter as metadata and blanks its lines', () => {
    const front = readFrontMatter('---\ntitle: "Social media policy"\nversion: 2.1\ndocument_owner: Head of HR\ntags: [a, b]\n---\n# Heading\n')
    expect(front).toEqual({ body: '\n\n\n\n\n\n# Heading\n', title: 'Social media policy', documentControl: { version: '2.1', owner: 'Head of HR' } })
  })

  it('reads TOML front matter', () => {
    expect(readFrontMatter("+++\ntitle = 'Guidance'\ndate = 2025-04-01\n+++\nText\n")).toMatchObject({ title: 'Guidance', documentControl: { date: '2025-04-01' } })
  })

  it('leaves a file without front matter, and a thematic break later on, as it is', () => {
    expect(readFrontMatter('Text\n\n---\n\nMore\n')).toEqual({ body: 'Text\n\n---\n\nMore\n', title: null, documentControl: {} })
  })

  it('drops template tags', () => {
    expect(dropTemplateTags('{% include nav.html %}Staff {{ page.org }}must be polite.')).toEqual({ text: 'Staff must be polite.', dropped: 2 })
  })

  it('never lets a tag run past a blank line: a stray "{{" takes no paragraph with it', () => {
    const text = '1. Write {{ to open a placeholder.\n\n2. Staff must be polite.\n\r\n3. Close it with }} when done.\n'
    expect(dropTemplateTags(text)).toEqual({ text, dropped: 0 })
    expect(dropTemplateTags('{% if staff\n   %}Be polite.{{ page.\norg }}')).toEqual({ text: 'Be polite.', dropped: 2 })
    // Braces escaped as Markdown escapes them (the page export writes "\{") are text.
    expect(dropTemplateTags('Write \\{% raw %} and \\{\\{ name }}.').dropped).toBe(0)
  })

  it('takes the title and date from front matter, keeps no clause of it, warns about tags', async () => {
    const md = '---\ntitle: Online conduct\nversion: 1.0\ndate: 2025-04-01\n---\n{% include header.html %}\n# Staff guidance\n\nStaff must be polite online.\n'
    const source = await importFile({ name: 'g.md', bytes: new TextEncoder().encode(md), importedAt: 'x' })
    expect(source.title).toBe('Online conduct')
    expect(source.date).toBe('2025-04-01')
    expect(source.documentControl).toEqual({ version: '1.0', date: '2025-04-01' })
    expect(source.clauses.map((c) => c.text)).toEqual(['Staff must be polite online.'])
    expect(source.warnings).toEqual(['1 template tag ("{% … %}" or "{{ … }}") left out: they are instructions to a website builder, not policy text.'])
  })
})

describe('the source after recognition', () => {
  it('keeps front matter for the reader, out of policyClauses, with no topics', async () => {
    const txt = 'Conduct online\n\nVersion: 2.0\n\nApproved by: Cabinet\n\nReview date: 1 April 2027\n\nStaff must not share personal data of service users online.\n'
    const source = await importFile({ name: 't.txt', bytes: new TextEncoder().encode(txt), importedAt: 'x' })
    const front = source.clauses.filter((c) => c.role === 'front-matter')
    expect(front.map((c) => c.text)).toEqual(['Version: 2.0', 'Approved by: Cabinet', 'Review date: 1 April 2027'])
    expect(front.every((c) => c.topics.length === 0)).toBe(true)
    expect(policyClauses(source).map((c) => c.text)).toEqual(['Staff must not share personal data of service users online.'])
    expect(source.documentControl).toEqual({ version: '2.0', approver: 'Cabinet', reviewDate: '1 April 2027' })
  })

  it('refuses a file whose only paragraphs are front matter, as one with no paragraphs', async () => {
    await expect(importFile({ name: 'only.txt', bytes: new TextEncoder().encode('Version: 1.0\n\nOwner: HR\n'), importedAt: 'x' })).rejects.toThrow()
  })

  it('runs every step: document control first, so its table is not taken for a summary table', () => {
    const out = recogniseBlocks([p('Version | Date | Changes'), p('1.0 | 2024 | First')])
    expect(roles(out.blocks)).toEqual(['front-matter', 'front-matter'])
  })

  it.each([
    ['2025-04-01', '2025-04-01'],
    ['1 April 2027', '2027-04-01'],
    ['3rd March 2025', '2025-03-03'],
    ['01/05/2024', '2024-05-01'],
    ['April 2027', null],
    ['31 February 2025', null],
  ])('reads the date %j as %j', (text, date) => {
    expect(calendarDateOf(text)).toBe(date)
  })
})
