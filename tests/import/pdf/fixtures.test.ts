/**
 * The PDF importer on PDFs made by real tools (tests/fixtures/pdf, see make-fixtures.sh):
 * bytes in, blocks out, compared with a reviewed expected.json beside each PDF. A missing
 * expectation is written on a developer's machine for review; in CI it is a failure.
 *
 * Invariant: no body text is lost or duplicated. The words of the blocks (headings, labels
 * typed in the source, clause text) are exactly the words of the source document the PDF was
 * made from; headers, footers and page numbers live outside the source's body, so they must
 * be gone, and hyphenated line ends must be joined back into the source's words.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../../src/shared/import/blocks'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importPdf } from '../../../src/shared/import/pdf'
import { inCi } from '../../support/chromium'
import { fixturePath } from '../../support/paths'
import { sourceWords } from './support/source-words'

interface Fixture {
  name: string
  source: string
  /** Whether a label was typed in the source (true) or drawn by a list style (false). */
  labelTyped: (label: string) => boolean
}

const fixtures: Fixture[] = [
  // Clause numbers are typed; the bullets come from a LibreOffice list style.
  { name: 'council-policy', source: 'source.fodt', labelTyped: (label) => label !== '•' },
  // Every label is an HTML list marker, drawn by Chromium.
  { name: 'council-guidance', source: 'source.html', labelTyped: () => false },
]

const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(fixturePath('pdf', ...parts)))

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

function blockWords(blocks: readonly Block[], labelTyped: (label: string) => boolean): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? words(b.text) : [...(b.label && labelTyped(b.label) ? [b.label] : []), ...words(b.text)]))
}

/** Words in `a` and not in `b`, counting repeats. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1)
  return a.filter((w) => {
    const n = left.get(w) ?? 0
    left.set(w, n - 1)
    return n <= 0
  })
}

describe.each(fixtures)('fixture $name', ({ name, source, labelTyped }) => {
  let content: ImportedContent
  beforeAll(async () => {
    content = await importPdf(read(name, 'input.pdf'), `${name}.pdf`)
  })

  it('matches its reviewed expected blocks', () => {
    const expectedFile = fixturePath('pdf', name, 'expected.json')
    if (!existsSync(expectedFile)) {
      if (inCi) throw new Error(`${expectedFile} is missing: run the tests locally, review the file it writes, commit it.`)
      writeFileSync(expectedFile, JSON.stringify(content, null, 2) + '\n')
    }
    expect(content).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })

  it('loses and duplicates no body text, and keeps no page furniture', () => {
    const expected = sourceWords(readFileSync(fixturePath('pdf', name, source), 'utf8'), path.extname(source))
    const actual = blockWords(content.blocks, labelTyped)
    expect({ lost: minus(expected, actual), added: minus(actual, expected) }).toEqual({ lost: [], added: [] })
  })

  it('gives the same blocks when the same bytes are imported again', async () => {
    expect(await importPdf(read(name, 'input.pdf'), 'again.pdf')).toEqual(content)
  })
})

describe('what the fixtures show', () => {
  let policy: ImportedContent
  let guidance: ImportedContent
  beforeAll(async () => {
    policy = await importPdf(read('council-policy', 'input.pdf'), 'council-policy.pdf')
    guidance = await importPdf(read('council-guidance', 'input.pdf'), 'council-guidance.pdf')
  })
  const texts = (c: ImportedContent): string => c.blocks.map((b) => b.text).join('\n')

  it('removes running headers, footers and page numbers', () => {
    expect(texts(policy)).not.toContain('Staff Social Media Policy · Version 2.1')
    expect(texts(policy)).not.toMatch(/Page \d of \d/)
    expect(texts(guidance)).not.toContain('Social media guidance · April 2025')
    expect(texts(guidance)).not.toMatch(/^- ?\d ?-$/m)
  })

  it('joins a clause that runs across a page break', () => {
    const clause = policy.blocks.find((b) => b.kind === 'paragraph' && b.label === '3.1')
    expect(clause?.text).toMatch(/may be able to see what you write and may connect it with your job\.$/)
  })

  it('joins words hyphenated at line ends and keeps a compound the document hyphenates elsewhere', () => {
    expect(texts(policy)).toMatch(/Staffing Committee/)
    expect(texts(policy)).toMatch(/help your well-being at work/)
    expect(texts(guidance)).toMatch(/vulnerable people/)
    expect(texts(policy) + texts(guidance)).not.toMatch(/\w- \w|\w‐|\u00ad/)
  })

  it('takes the declared title unless it is a Word file name, and then the largest first line', () => {
    expect(policy.title).toBe('Staff Social Media Policy')
    expect(guidance.title).toBe('Using social media: guidance for staff at Eastbrook Borough Council')
  })

  it('uses no Author as the organisation and invents no date', () => {
    expect(policy.organisation).toBeUndefined()
    expect(policy.date).toBeUndefined()
  })

  it('keeps bold as Markdown emphasis', () => {
    const emphasised = guidance.blocks.flatMap((b) => (b.kind === 'paragraph' && b.inline.includes('**') ? [b.inline] : []))
    expect(emphasised).toEqual(['**Remember:** anything you post can be copied, shared and kept by other people, even after you delete it.'])
  })

  it('nests clauses by their numbering and labels', () => {
    const shape = (c: ImportedContent): string[] => c.blocks.flatMap((b) => (b.kind === 'paragraph' && b.label ? [`${b.level} ${b.label}`] : []))
    // Clause numbers are at the level of their depth, as Word counts list levels ("1.1" is 2).
    expect(shape(policy).slice(0, 6)).toEqual(['2 1.1', '2 1.2', '3 (a)', '3 (b)', '3 (c)', '2 1.3'])
    expect(shape(policy)).toContain('3 4.2.1')
    expect(shape(policy)).toContain('4 (ii)')
    expect(shape(guidance)).toEqual(['1 1.', '1 2.', '2 (a)', '2 (b)', '3 (i)', '3 (ii)', '2 (c)', '1 3.', '1 –', '1 –', '2 o', '2 o', '1 –'])
  })

  it('finds headings by size, weight and numbering, levelled by style and number', () => {
    const outline = (c: ImportedContent): string[] => c.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []))
    expect(outline(policy)).toContain('3 4.1 Before polling day')
    expect(outline(policy)).toContain('3 4.2 Staff who stand as candidates')
    expect(outline(guidance)).toEqual([
      '1 Using social media: guidance for staff at Eastbrook Borough Council',
      '2 Why this guidance matters',
      '2 Your own accounts',
      '3 What we ask of you',
      '3 Campaigning and elections',
      '2 Posting on behalf of the council',
      '2 If something goes wrong',
    ])
  })
})
