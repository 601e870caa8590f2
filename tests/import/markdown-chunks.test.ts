/**
 * Markdown parsed a chunk at a time (markdown/split-blocks.ts, chunk-definitions.ts) gives
 * exactly the blocks one parse of the whole text gives: for every Markdown file in the corpus
 * and the fixtures at several chunk sizes, and for the constructs a cut could break (fences
 * and HTML blocks holding blank lines, loose lists, definitions and footnotes cited from
 * another chunk).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownBlocks } from '../../src/shared/import/markdown'
import { chunkCharsFor, CHUNK_CHARS, MIN_CHUNK_CHARS, splitTopLevelBlocks } from '../../src/shared/import/markdown/split-blocks'
import { repoRoot } from '../support/paths'

const WHOLE = Number.POSITIVE_INFINITY

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) markdownFiles(file, out)
    else if (name.endsWith('.md')) out.push(file)
  }
  return out
}

/** The blocks at a small chunk size, with proof that the text really was cut. */
function chunked(text: string, chunkChars: number) {
  expect(splitTopLevelBlocks(text, chunkChars).chunks.length).toBeGreaterThan(1)
  return markdownBlocks(text, chunkChars)
}

describe('Markdown parsed in chunks', () => {
  const files = [...markdownFiles(path.join(repoRoot, 'corpus')), ...markdownFiles(path.join(repoRoot, 'tests', 'fixtures'))]

  it('cuts most of them', () => {
    const cut = files.filter((f) => splitTopLevelBlocks(readFileSync(f, 'utf8'), 500).chunks.length > 1)
    expect(cut.length).toBeGreaterThan(files.length / 2)
  })

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('reads %s exactly as one parse does', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const whole = markdownBlocks(text, WHOLE)
    for (const size of [64, 500, 4000]) {
      if (text.length > size * 2) expect(markdownBlocks(text, size)).toEqual(whole)
    }
  })

  it('cuts a text into chunks that scale with it, so a 1 MB file never holds a 32 KB chunk\'s tree (issue 12)', () => {
    const MB = 1024 * 1024
    // A 32 KB chunk's tree is about 4 MB: most of a 1 MB file's 5x.
    expect(chunkCharsFor(1 * MB)).toBe(8 * 1024)
    expect(chunkCharsFor(4 * MB)).toBe(CHUNK_CHARS)
    expect(chunkCharsFor(50 * MB)).toBe(CHUNK_CHARS)
    expect(chunkCharsFor(100 * 1024)).toBe(MIN_CHUNK_CHARS)
    const text = 'A paragraph of policy text, long enough to fill a line or two of a page.\n\n'.repeat(Math.ceil(MB / 74))
    const sizes = splitTopLevelBlocks(text, chunkCharsFor(text.length)).chunks.map((c) => c.length)
    expect(sizes.length).toBeGreaterThan(100)
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024 + 100)
  })

  it('joins the chunks back into the text, each cut at the start of a line after a blank one', () => {
    const text = readFileSync(path.join(repoRoot, 'corpus', 'northmoor-social-media-policy.md'), 'utf8')
    const { chunks } = splitTopLevelBlocks(text, 200)
    expect(chunks.join('')).toBe(text)
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^\S/)
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/\n[ \t]*\r?\n$/)
  })

  it('never cuts inside a fence, an HTML comment or a raw HTML block that hold blank lines', () => {
    const filler = 'A paragraph of policy text.\n\n'.repeat(4)
    const text = `${filler}\`\`\`\nFirst line\n\nSecond line in the same fence\n\nThird\n\`\`\`\n\n${filler}<!--\nA comment\n\nstill the comment\n-->\n\n${filler}<pre>\nkept\n\nas one\n</pre>\n\n${filler}~~~~\nA tilde fence\n\n~~~\nnot its end\n\n~~~~\n\n${filler}`
    const { chunks } = splitTopLevelBlocks(text, 10)
    for (const chunk of chunks) {
      expect(chunk.split('```').length % 2).toBe(1)
      expect(chunk.split('<!--').length).toBe(chunk.split('-->').length)
      expect(chunk.split('<pre>').length).toBe(chunk.split('</pre>').length)
      expect(chunk.split('~~~~').length % 2).toBe(1)
    }
    expect(chunked(text, 10)).toEqual(markdownBlocks(text, WHOLE))
  })

  it('keeps a loose list one list, so numbering and labels stay as printed', () => {
    const text = `Intro paragraph.\n\n${Array.from({ length: 12 }, () => '1. An item numbered one in the source\n').join('\n')}\nAfter.\n\n- a\n\n- b\n\n  continued\n\n* c\n`
    const blocks = chunked(text, 10)
    expect(blocks).toEqual(markdownBlocks(text, WHOLE))
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.label?.endsWith('.')).map((b) => b.kind === 'paragraph' && b.label)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`))
  })

  it('resolves reference links and footnotes cited in one chunk and defined in another', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Clause ${i} cites [the guidance][Guide] and a note[^n${i % 3}], and [Code].\n`).join('\n')
    const text = `[code]: https://example.org/code\n\n${body}\n[^n0]: First note.\n\n[^n1]: Second note\n\n    with a second paragraph.\n\n[guide]:\n  https://example.org/guide\n  "The guide"\n\n[^n2]: Third note.\n`
    const whole = markdownBlocks(text, WHOLE)
    const blocks = chunked(text, 20)
    expect(blocks).toEqual(whole)
    expect(blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Clause 4'))).toMatchObject({ inline: expect.stringContaining('[the guidance](https://example.org/guide)') })
    expect(blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Clause 4'))).toMatchObject({ text: expect.stringContaining('note[n1]') })
    // Each note is read once, where it was written.
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.label?.startsWith('[n'))).toHaveLength(3)
  })

  it('falls back to one parse where a label is defined in two chunks, or the text ends in an open fence', () => {
    const body = Array.from({ length: 8 }, (_, i) => `Clause ${i} cites [the code][c].\n`).join('\n')
    const twice = `${body}\n[c]: https://example.org/first\n\n${body}\n[c]: https://example.org/second\n`
    expect(markdownBlocks(twice, 20)).toEqual(markdownBlocks(twice, WHOLE))
    const open = `${body}\n[c]: https://example.org/code\n\n\`\`\`\nnever closed\n\nstill code [c]\n`
    expect(markdownBlocks(open, 20)).toEqual(markdownBlocks(open, WHOLE))
  })
})
