/**
 * What the PDF fixtures show about the importer, beyond their reviewed expectations (which
 * tests/import/fixtures.test.ts checks with every other import fixture): furniture removed,
 * clauses joined across pages, hyphenation undone, titles, emphasis, nesting and headings.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importPdf } from '../../../src/shared/import/pdf'
import { fixturePath } from '../../support/paths'

const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(fixturePath('import', ...parts)))

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
