/**
 * Markdown chunks are held as UTF-8 bytes until read (markdown/held-chunks.ts, issue 12), and
 * read back as exactly the text they were: past Latin-1, astral, a leading U+FEFF (which a
 * decoder would drop as a byte order mark), and a lone surrogate (which UTF-8 cannot carry, so
 * that chunk stays a string).
 */
import { describe, expect, it } from 'vitest'
import { chunkText, holdChunk } from '../../src/shared/import/markdown/held-chunks'

describe('held Markdown chunks', () => {
  it('are bytes, about the size of the text in UTF-8, not a string beside the whole text', () => {
    const text = `# Use of social media → staff\n\n${'Staff must not post abuse. '.repeat(100)}\n`
    const held = holdChunk(text)
    expect(held).toBeInstanceOf(Uint8Array)
    expect((held as Uint8Array).length).toBe(text.length + 2)
  })

  it('read back as exactly the same characters', () => {
    for (const text of ['Arrows → and quotes “ ” and 😀\n', '\uFEFFa line that starts with a zero-width no-break space\n', '\uFEFF\uFEFF', '', 'tab\tand \u0000 controls\r\n']) {
      expect(chunkText(holdChunk(text))).toBe(text)
    }
  })

  it('keep a chunk with a lone surrogate as a string', () => {
    for (const text of ['a lone \ud800 high', 'a lone \udc00 low', 'ends high \ud83d']) {
      const held = holdChunk(text)
      expect(typeof held).toBe('string')
      expect(chunkText(held)).toBe(text)
    }
  })
})
