/** Bad input gets a typed error that names the file and says what is wrong, in plain words. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../src/shared/errors'
import { decodeText } from '../../src/shared/import/decode-text'
import { importFile, MAX_FILE_BYTES } from '../../src/shared/import/import-file'

const at = '2026-01-01T00:00:00.000Z'
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

async function errorOf(name: string, bytes: Uint8Array): Promise<WorkbenchError> {
  try {
    await importFile({ name, bytes, importedAt: at })
  } catch (e) {
    if (e instanceof WorkbenchError) return e
    throw e
  }
  throw new Error(`${name} imported without error`)
}

describe('import errors', () => {
  it.each([
    ['empty.txt', 'empty-file', new Uint8Array(), /empty\.txt is empty/],
    ['notes.xyz', 'unsupported-format', utf8('hello'), /notes\.xyz: ".xyz" files are not/],
    ['README', 'unsupported-format', utf8('hello'), /without an extension/],
    ['policy.docx', 'damaged-file', utf8('PK...'), /^policy\.docx is not a Word document/],
    ['blank.txt', 'no-content', utf8('  \n\n\t \n'), /blank\.txt has no paragraphs/],
    ['photo.txt', 'not-text', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0]), /photo\.txt does not contain readable text/],
  ])('%s gives %s', async (name, code, bytes, message) => {
    const error = await errorOf(name, bytes)
    expect(error.code).toBe(code)
    expect(error.file).toBe(name)
    expect(error.message).toMatch(message)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const error = await errorOf('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1))
    expect(error.code).toBe('file-too-large')
    expect(error.message).toMatch(/huge\.txt is 50 MB/)
  })

  it('names only the file, not the folder it came from', async () => {
    expect((await errorOf('C:\\Users\\jo\\Desktop\\empty.txt', new Uint8Array())).file).toBe('empty.txt')
  })
})

describe('text decoding', () => {
  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Scope')]), 'a.txt')).toEqual({ text: 'Scope', encoding: 'utf-8' })
  })

  it('reads UTF-16 big-endian with a mark, and little-endian without one', () => {
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69]), 'a.txt').text).toBe('Hi')
    const le = new Uint8Array([...'Personal use'].flatMap((c) => [c.charCodeAt(0), 0]))
    expect(decodeText(le, 'a.txt')).toEqual({ text: 'Personal use', encoding: 'utf-16le' })
  })

  it('falls back to Windows-1252 for text that is not UTF-8, curly quotes and euro included', () => {
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96]), 'a.txt')).toEqual({
      text: '“A” €5 –',
      encoding: 'windows-1252',
    })
  })
})

describe('property: arbitrary bytes never crash an importer', () => {
  const names = fc.constantFrom('a.txt', 'b.md', 'c.docx', 'd.pdf', 'e.html', 'f.odt', 'g.bin', 'h')
  it('returns a source or throws a WorkbenchError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(names, fc.uint8Array({ maxLength: 2048 }), async (name, bytes) => {
        try {
          const source = await importFile({ name, bytes, importedAt: at })
          expect(source.clauses.length).toBeGreaterThan(0)
          for (const c of source.clauses) expect(c.text.length + (c.label?.length ?? 0)).toBeGreaterThan(0)
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbenchError)
          expect((e as WorkbenchError).file).toBe(name)
          expect((e as WorkbenchError).message).toContain(name)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('keeps every word of any text it accepts', async () => {
    const lines = fc.array(fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom('1.2 Staff must', '(a) never', '• post')), { maxLength: 30 })
    await fc.assert(
      fc.asyncProperty(lines, async (ls) => {
        const text = ls.join('\n')
        let source
        try {
          source = await importFile({ name: 'p.txt', bytes: utf8(text), importedAt: at })
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbenchError)
          return
        }
        const words = (t: string): string[] => t.split(/\s+/).filter(Boolean)
        const got = [...source.outline.flatMap((h) => words(h.text)), ...source.clauses.flatMap((c) => [...(c.label ? [c.label] : []), ...words(c.text)])]
        expect(got.sort()).toEqual(words(text).sort())
      }),
      { numRuns: 300 },
    )
  })
})
