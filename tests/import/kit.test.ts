/**
 * The importer kit (src/shared/import/kit): the decisions every importer shares, each pinned
 * here once. How each importer applies them is tested with that importer and in links.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../src/shared/errors'
import { emptyFile, fileError, notText } from '../../src/shared/import/kit/errors'
import { baseName, stem } from '../../src/shared/import/kit/file-name'
import { markdown, markdownLink } from '../../src/shared/import/kit/inline-runs'
import { labelNote, noteMark, notesSection } from '../../src/shared/import/kit/notes-section'
import { safeHref } from '../../src/shared/import/kit/safe-href'
import { escapePipes, joinRow } from '../../src/shared/import/kit/table-row'
import { decodeBytes, decodeUtf8, encodeUtf8 } from '../../src/shared/import/kit/text-codec'

describe('safeHref', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:comms@example.gov.uk', '  https://example.org  '])('keeps %j', (target) => {
    expect(safeHref(target)).toBe(target.trim())
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///C:/policies/draft.docx',
    'tel:+441234567890',
    'ftp://example.org/policy.pdf',
    '/relative/page',
    '#section-2',
    'https://example.org/\u0000x',
    '',
    null,
    undefined,
  ])('refuses %j', (target) => {
    expect(safeHref(target)).toBeNull()
  })
})

describe('inline runs', () => {
  it('writes a link only for a checked target, percent-encoding what Markdown would misread', () => {
    expect(markdownLink('the code', safeHref('https://example.org/a b(c)')!)).toBe('[the code](https://example.org/a%20b%28c%29)')
    const seg = { bold: false, italic: false }
    expect(markdown([{ ...seg, text: 'See ', href: null }, { ...seg, text: 'this', href: safeHref('mailto:a@b.org') }])).toBe('See [this](mailto:a@b.org)')
  })
})

describe('table rows: one rule for every format', () => {
  it('joins cells with " | " in the text and " \\| " in the Markdown, leaving empty cells out', () => {
    expect(joinRow([{ text: 'Channel', inline: 'Channel' }, { text: '', inline: '' }, { text: 'Owner', inline: '**Owner**' }])).toEqual({ text: 'Channel | Owner', inline: 'Channel \\| **Owner**' })
    expect(joinRow([{ text: '', inline: '' }])).toBeNull()
  })

  it('escapes a literal pipe in a cell as "\\|", once, and keeps it raw in the text', () => {
    expect(escapePipes('a | b')).toBe('a \\| b')
    expect(escapePipes('a \\| b')).toBe('a \\| b')
    expect(escapePipes('a \\\\| b')).toBe('a \\\\\\| b')
    expect(joinRow([{ text: 'yes | no', inline: escapePipes('yes | no') }, { text: 'x', inline: 'x' }])).toEqual({ text: 'yes | no | x', inline: 'yes \\| no \\| x' })
  })
})

describe('notes section', () => {
  it('ends a document with a "Notes" heading and its notes labelled "[n]", or with nothing', () => {
    const note = labelNote([{ kind: 'paragraph', label: null, level: 0, text: 'A note.', inline: 'A note.' }], 2)
    expect(notesSection(note)).toEqual([
      { kind: 'heading', level: 1, text: 'Notes' },
      { kind: 'paragraph', label: '[2]', level: 0, text: 'A note.', inline: 'A note.' },
    ])
    expect(notesSection([])).toEqual([])
    expect(noteMark('a')).toBe('[a]')
  })
})

describe('errors, file names, text codec', () => {
  it('makes errors that name the file, with the code given', () => {
    const e = fileError('damaged-file', 'a.odt', ' is damaged.')
    expect(e).toBeInstanceOf(WorkbenchError)
    expect([e.code, e.message, e.file]).toEqual(['damaged-file', 'a.odt is damaged.', 'a.odt'])
    expect(emptyFile('x.txt').message).toBe('x.txt is empty: there is nothing in it to import.')
    expect(notText('x.txt').code).toBe('not-text')
  })

  it('takes the base name and stem of Windows and POSIX paths', () => {
    expect(baseName('C:\\docs\\policy v3.docx')).toBe('policy v3.docx')
    expect(baseName('docs/policy.md')).toBe('policy.md')
    expect(stem('docs/policy.v3.docx')).toBe('policy.v3')
  })

  it('decodes and encodes UTF-8 and UTF-16 through one codec', () => {
    expect(decodeUtf8(encodeUtf8('Café – £5'))).toBe('Café – £5')
    expect(decodeUtf8(Uint8Array.of(0xff))).toBe('\ufffd')
    expect(decodeBytes(Uint8Array.of(0x41, 0x00), 'utf-16le')).toBe('A')
    expect(() => decodeBytes(Uint8Array.of(0xff), 'utf-8', true)).toThrow()
  })
})
