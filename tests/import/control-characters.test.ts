/**
 * Control characters carried by a file (an HTML `&#x1b;` entity, a docx `&#27;` reference, raw
 * bytes in Markdown or plain text) never reach clause text, headings or the title: they could
 * drive a terminal (the CLI prints clause text) and mean nothing in a policy.
 */
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'
import { hasControlCharacters } from '../../src/shared/text/control-characters'
import { buildDocx, para, run, styled } from './docx/build-docx'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
/** Note: a text file more than 1% control characters is refused as binary, so the hostile line sits among ordinary ones. */
const ORDINARY = Array.from({ length: 12 }, (_, i) => `${i + 2}. Staff should read the guidance on posting before they post anything at all.`).join('\n')
const load = (name: string, bytes: Uint8Array): Promise<SourceDocument> => importFile({ name, bytes, importedAt: '2026-12-01T00:00:00Z' })

/** Every piece of text the import produced that a person or a terminal would see. */
function allText(doc: SourceDocument): string[] {
  return [doc.title, ...doc.outline.map((h) => JSON.stringify(h)), ...doc.clauses.flatMap((c) => [c.text, c.inline, ...c.section, c.label ?? ''])]
}

function expectClean(doc: SourceDocument, words: string): void {
  for (const text of allText(doc)) expect(hasControlCharacters(text), JSON.stringify(text)).toBe(false)
  expect(doc.clauses.map((c) => c.text).join(' ')).toContain(words)
}

describe('control characters in imported files', () => {
  it('HTML: numeric entities for ESC and BEL are dropped', async () => {
    const html = '<html><head><title>T&#x1b;]0;x&#7;</title></head><body><h1>Use of social media&#x1b;[2J</h1><p>Staff must&#x1b;[2J&#x1b;[H not post abuse.</p></body></html>'
    expectClean(await load('policy.html', encode(html)), 'Staff must[2J[H not post abuse.')
  })

  it('docx: a &#27; character reference is dropped', async () => {
    const bytes = buildDocx({ body: styled('Heading1', 'Use&#27;[2J of social media') + para(run('Staff must&#27;[2J not post abuse.')) })
    expectClean(await load('policy.docx', bytes), 'Staff must[2J not post abuse.')
  })

  it('Markdown: raw control bytes are dropped', async () => {
    expectClean(await load('policy.md', encode(`# Use of social media\u001b[2J\n\n1. Staff must\u001b[2J not post\u0007 abuse.\n${ORDINARY}\n`)), 'Staff must[2J not post abuse.')
  })

  it('plain text: raw control bytes are dropped', async () => {
    expectClean(await load('policy.txt', encode(`Use of social media\n\n1. Staff must\u001b]0;pwned\u0007 not post abuse.\n${ORDINARY}\n`)), 'Staff must]0;pwned not post abuse.')
  })
})
