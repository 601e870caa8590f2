/** Footnotes and endnotes: "[n]" where they are cited, the notes under "Notes" at the end. */
import { describe, expect, it } from 'vitest'
import { buildDocx, importSpec, para, run } from './build-docx'
import { importDocx } from '../../../src/shared/import/docx/index'
import { importedWords, storedWords } from './words'

const footnoteRef = (id: number): string => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
const endnoteRef = (id: number): string => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`
const note = (kind: 'footnote' | 'endnote', id: number, ...paragraphs: string[]): string =>
  `<w:${kind} w:id="${id}">${paragraphs.map((p, i) => para((i === 0 ? `<w:r><w:${kind}Ref/></w:r>` : '') + p)).join('')}</w:${kind}>`

describe('notes', () => {
  it('marks each reference "[n]" and lists the notes under "Notes", skipping separators', async () => {
    const body = para(run('Staff must not post during purdah') + footnoteRef(2) + run('.')) + para(run('Ask first.') + footnoteRef(1))
    const footnotes = note('footnote', 1, run(' See the ') + `<w:hyperlink r:id="rId1">${run('elections page')}</w:hyperlink>` + run('.')) + note('footnote', 2, run(' Purdah starts with the notice of election.'))
    const bytes = buildDocx({ body, footnotes, footnoteLinks: { rId1: 'https://example.org/elections' } })
    const { blocks } = await importDocx(bytes, 'notes.docx')
    expect(blocks).toEqual([
      { kind: 'paragraph', label: null, level: 0, text: 'Staff must not post during purdah[1].', inline: 'Staff must not post during purdah\\[1\\].' },
      { kind: 'paragraph', label: null, level: 0, text: 'Ask first.[2]', inline: 'Ask first.\\[2\\]' },
      { kind: 'heading', level: 1, text: 'Notes' },
      { kind: 'paragraph', label: '[1]', level: 0, text: 'Purdah starts with the notice of election.', inline: 'Purdah starts with the notice of election.' },
      { kind: 'paragraph', label: '[2]', level: 0, text: 'See the elections page.', inline: 'See the [elections page](https://example.org/elections).' },
    ])
    expect(importedWords(blocks)).toEqual(storedWords(bytes))
  })

  it('numbers footnotes and endnotes in one sequence, so no marker means two notes', async () => {
    const body = para(run('One') + endnoteRef(5) + run(' two') + footnoteRef(5) + run(' again') + endnoteRef(5))
    const { blocks } = await importSpec({ body, footnotes: note('footnote', 5, run('A footnote.')), endnotes: note('endnote', 5, run('An endnote.')) })
    expect(blocks.map((b) => (b.kind === 'paragraph' ? `${b.label ?? ''} ${b.text}`.trim() : `# ${b.text}`))).toEqual(['One[1] two[2] again[1]', '# Notes', '[1] An endnote.', '[2] A footnote.'])
  })

  it('joins a note of several paragraphs into one clause', async () => {
    const { blocks } = await importSpec({ body: para(run('Text') + footnoteRef(1)), footnotes: note('footnote', 1, run('First part.'), run('Second part.')) })
    expect(blocks.at(-1)).toMatchObject({ label: '[1]', text: 'First part. Second part.' })
  })

  it('prints nothing for a reference to a missing note, and leaves out notes never referred to', async () => {
    const content = await importSpec({ body: para(run('Text') + footnoteRef(9) + run('.')), footnotes: note('footnote', 1, run('Orphan note.')) })
    expect(content.blocks.map((b) => b.text)).toEqual(['Text.'])
  })

  it('keeps the marker out of deleted text, and takes a note with no text out of the list', async () => {
    const body = para(run('Kept') + `<w:del w:id="1" w:author="A">${footnoteRef(1)}</w:del>` + footnoteRef(2))
    const content = await importSpec({ body, footnotes: note('footnote', 1, run('Deleted note.')) + note('footnote', 2, '') })
    expect(content.blocks.map((b) => b.text)).toEqual(['Kept[1]'])
  })
})
