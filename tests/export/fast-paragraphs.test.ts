/**
 * The writer's fast path (docx/fast-paragraphs.ts) against docx itself: every shape of plain
 * paragraph it takes (each level, headings, bold, italic, both, empty runs and paragraphs,
 * the characters XML escapes or cannot hold, a restarted list instance, stretches broken by
 * paragraphs docx writes) gives the same bytes written either way.
 */
import { describe, expect, it } from 'vitest'
import { buildExport, type ExportBlock, type ExportDocument, renderDocx } from '../../src/shared/export'
import { isPlainNumbered } from '../../src/shared/export/docx/fast-paragraphs'
import { documentXmlOf } from './support/revisions'
import { FIXED } from './support/exports'
import { largeDraft, policyDraft } from './support/drafts'

const clause = (id: string, level: 1 | 2 | 3, runs: { text: string; bold?: boolean; italic?: boolean }[], extra: Partial<ExportBlock> = {}): ExportBlock =>
  ({ kind: 'clause', id, level, number: '', runs, comments: [], ...extra }) as ExportBlock

const awkward = 'Tom & Jerry\'s "quoted" <tag> > 5 \u0001bell\u0008 tab\there\nnew line  two spaces, £ – “curly” 🙂'

function sample(): ExportDocument {
  const doc = buildExport(policyDraft(), { ...FIXED })
  const blocks: ExportBlock[] = [
    { kind: 'heading', text: awkward, number: '1' },
    clause('a', 1, [{ text: 'plain' }]),
    clause('b', 2, [{ text: 'bold', bold: true }, { text: ' italic', italic: true }, { text: ' both', bold: true, italic: true }]),
    clause('c', 3, [{ text: '' }]),
    clause('d', 1, []),
    clause('e', 2, [{ text: awkward }]),
    { kind: 'heading', text: '', number: '2' },
    clause('f', 1, [{ text: 'before a comment' }]),
    clause('g', 1, [{ text: 'commented' }], { comments: [1] } as Partial<ExportBlock>),
    clause('h', 1, [{ text: 'after a comment' }]),
    clause('i', 1, [{ text: 'inserted' }], { change: 'inserted' } as Partial<ExportBlock>),
    clause('j', 1, [{ text: 'not bold', bold: false }]),
    { kind: 'restart-numbering' },
    { kind: 'heading', text: 'Appendix', number: '1' },
    clause('k', 1, [{ text: 'in the second list instance' }]),
    { kind: 'paragraph', runs: [{ text: 'body text' }] },
    clause('l', 2, [{ text: 'after body text' }]),
  ]
  return { ...doc, blocks: [...doc.blocks, ...blocks], comments: [{ id: 1, author: 'Jo Brown', date: '2026-03-12T00:00:00Z', paragraphs: ['A note'] }] }
}

describe('plain paragraphs written as text', () => {
  it('gives the bytes docx gives, for every shape it takes', async () => {
    const doc = sample()
    expect(doc.blocks.filter((b) => isPlainNumbered(b, false)).length).toBeGreaterThan(10)
    // Note: the docx writer with its fast path (the text writer would take most of these documents whole: text-writer.test.ts).
    const fast = await renderDocx(doc, { writer: 'docx' })
    const slow = await renderDocx(doc, { fastParagraphs: false })
    expect(documentXmlOf(fast)).toBe(documentXmlOf(slow))
    expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true)
  })

  it('gives the same bytes for a large policy in each numbering scheme, and with contents', async () => {
    for (const numbering of ['decimal', 'legal', 'alpha'] as const) {
      for (const tableOfContents of [false, true]) {
        const doc = buildExport(largeDraft(60), { ...FIXED, numbering, tableOfContents })
        expect(Buffer.from(await renderDocx(doc, { writer: 'docx' })).equals(Buffer.from(await renderDocx(doc, { fastParagraphs: false })))).toBe(true)
      }
    }
  })

  it('leaves to docx what it does not write: revisions, comments, links, strike, underline, "bold: false"', () => {
    const takes = (b: ExportBlock) => isPlainNumbered(b, false)
    expect(takes(clause('x', 1, [{ text: 'a' }], { change: 'deleted' } as Partial<ExportBlock>))).toBe(false)
    expect(takes(clause('x', 1, [{ text: 'a' }], { comments: [2] } as Partial<ExportBlock>))).toBe(false)
    expect(takes({ kind: 'clause', id: 'x', level: 1, number: '', comments: [], runs: [{ text: 'a', link: 'https://x' }] })).toBe(false)
    expect(takes({ kind: 'clause', id: 'x', level: 1, number: '', comments: [], runs: [{ text: 'a', strike: true }] })).toBe(false)
    expect(takes({ kind: 'clause', id: 'x', level: 1, number: '', comments: [], runs: [{ text: 'a', underline: true }] })).toBe(false)
    expect(takes(clause('x', 1, [{ text: 'a', bold: false }]))).toBe(false)
    expect(isPlainNumbered({ kind: 'heading', text: 'h', number: '1' }, true)).toBe(false)
  })
})
