/**
 * Every import fixture, every format, one runner. The layout (tests/fixtures/import/README.md):
 * one folder per fixture with `input.<ext>`, optionally the `source.<ext>` it was made from,
 * and one reviewed expectation:
 *
 * - `expected.json`: the imported source as a reader sees it (title, format, warnings,
 *   outline, clauses), through importFile;
 * - `expected.blocks.json`: the importer's own output (blocks, title, organisation,
 *   warnings), for the formats whose block structure is worth pinning (Word, PDF).
 *
 * The file name the importer sees is the folder's name with the input's extension. A missing
 * expectation is written (as expected.json) on a developer's machine for review; in CI it is a
 * failure. Every fixture also keeps to the invariants below.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../src/shared/import/blocks'
import { decodeText } from '../../src/shared/import/decode-text'
import { importerFor, importFile } from '../../src/shared/import/import-file'
import type { ImportedContent } from '../../src/shared/import/importer'
import { CELL_SEPARATOR } from '../../src/shared/import/kit/table-row'
import type { SourceDocument } from '../../src/shared/model'
import { inCi } from '../support/chromium'
import { fixturePath } from '../support/paths'
import { importedWords, storedWords } from './docx/words'
import { sourceWords } from './pdf/support/source-words'

const IMPORTED_AT = '2026-01-01T00:00:00.000Z'
const dir = fixturePath('import')

/**
 * PDF fixtures: whether a label was typed in the source (true) or drawn by a list style or
 * an HTML list marker (false, so it is not among the source's words).
 */
const PDF_LABEL_TYPED: Record<string, (label: string) => boolean> = {
  // Clause numbers are typed; the bullets come from a LibreOffice list style.
  'council-policy': (label) => label !== '•',
  // Every label is an HTML list marker, drawn by Chromium.
  'council-guidance': () => false,
  // Clause numbers are typed; the bullets are HTML list markers.
  'pdf-line-breaks': (label) => label !== '•',
  // The same source printed by LibreOffice, whose list bullets are drawn too.
  'pdf-line-breaks-libreoffice': (label) => label !== '•',
  // A URL starting a wrapped line, printed by LibreOffice: the clause numbers are typed.
  'pdf-url-line-start': () => true,
  // Tables whose cells wrap, with typed clause and version numbers (LibreOffice and Chromium).
  'pdf-table-cells-libreoffice': () => true,
  'pdf-table-cells-chromium': () => true,
  // A table cut by a page break under a repeated header (Word file by pandoc, printed by
  // LibreOffice), and a bold header over rows of names (Chromium): clause numbers typed.
  'pdf-table-page-break-libreoffice': () => true,
  'pdf-table-labels-chromium': () => true,
  // Bullets and item ends with nothing else between them: HTML list markers, drawn by Chromium.
  'pdf-glued-bullets': () => false,
  'pdf-last-item-wrap': () => false,
}

/** Words of a text, for the "nothing lost, nothing duplicated" invariants. */
function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
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

function blockWords(blocks: readonly Block[], labelTyped: (label: string) => boolean): string[] {
  // Note: a table header row's cells are joined as a Word row's are (pdf/table-header-rows.ts); the joints are not words of the file.
  const cellWords = (text: string): string[] => text.split(CELL_SEPARATOR).flatMap(words)
  return blocks.flatMap((b) => (b.kind === 'heading' ? words(b.text) : [...(b.label && labelTyped(b.label) ? [b.label] : []), ...cellWords(b.text)]))
}

const folders = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(path.join(dir, e.name)).some((f) => f.startsWith('input.')))
  .map((e) => e.name)

it('finds fixtures of every importable format', () => {
  const extensions = new Set(folders.map((name) => path.extname(readdirSync(path.join(dir, name)).find((f) => f.startsWith('input.'))!)))
  expect([...extensions].sort()).toEqual(['.docx', '.html', '.md', '.odt', '.pdf', '.txt'])
})

describe.each(folders)('fixture %s', (name) => {
  const folder = path.join(dir, name)
  const input = readdirSync(folder).find((f) => f.startsWith('input.'))!
  const fileName = `${name}${path.extname(input)}`
  const bytes = new Uint8Array(readFileSync(path.join(folder, input)))
  let source: SourceDocument
  let content: ImportedContent
  beforeAll(async () => {
    source = await importFile({ name: fileName, bytes, importedAt: IMPORTED_AT })
    content = await (await importerFor(source.format))!(bytes, fileName)
  })

  it('matches its reviewed expectation', () => {
    const blocksFile = path.join(folder, 'expected.blocks.json')
    if (existsSync(blocksFile)) {
      expect(content).toEqual(JSON.parse(readFileSync(blocksFile, 'utf8')))
      return
    }
    const actual = {
      title: source.title,
      format: source.format,
      warnings: source.warnings,
      outline: source.outline,
      // Note: a role, document control and history are written only where present, so
      // expectations of documents without them read as before.
      clauses: source.clauses.map(({ section, label, level, text, inline, role }) => ({ section, label, level, text, inline, ...(role ? { role } : {}) })),
      ...(source.documentControl ? { documentControl: source.documentControl } : {}),
      ...(source.history ? { history: source.history } : {}),
    }
    const expectedFile = path.join(folder, 'expected.json')
    if (!existsSync(expectedFile)) {
      if (inCi) throw new Error(`${expectedFile} is missing: run the tests locally, review the file it writes, commit it.`)
      writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n')
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })

  it('loses and duplicates no text of the file (or of the source it was made from)', () => {
    switch (source.format) {
      case 'txt': {
        const { text } = decodeText(bytes, input)
        const rebuilt = source.clauses.flatMap((c) => [...(c.label ? [c.label] : []), ...words(c.text)])
        const headings = source.outline.flatMap((h) => words(h.text))
        expect([...headings, ...rebuilt].sort()).toEqual(words(text).sort())
        return
      }
      case 'docx':
        expect(importedWords(content.blocks)).toEqual(storedWords(bytes))
        return
      case 'pdf': {
        // Headers, footers and page numbers live outside the source's body, so they must be gone.
        const sourceFile = readdirSync(folder).find((f) => f.startsWith('source.'))!
        const expected = sourceWords(readFileSync(path.join(folder, sourceFile), 'utf8'), path.extname(sourceFile))
        const actual = blockWords(content.blocks, PDF_LABEL_TYPED[name]!)
        expect({ lost: minus(expected, actual), added: minus(actual, expected) }).toEqual({ lost: [], added: [] })
        return
      }
      default:
      // Markdown, HTML and OpenDocument carry their text in markup; their feature tests check it.
    }
  })

  it("segments without losing or duplicating any text of the importer's blocks", () => {
    const fromBlocks = content.blocks.flatMap((b) => (b.kind === 'heading' ? words(b.text) : [...(b.label ? [b.label] : []), ...words(b.text)]))
    const fromSource = [...source.outline.flatMap((h) => words(h.text)), ...source.clauses.flatMap((c) => [...(c.label ? [c.label] : []), ...words(c.text)])]
    expect(fromSource.sort()).toEqual(fromBlocks.sort())
  })

  it('keeps plain text and Markdown in step (every format but Markdown)', () => {
    // Note: a Markdown file keeps its own forms in the inline (<autolinks>, `code`), as written.
    if (source.format === 'md') return
    for (const block of content.blocks) {
      if (block.kind !== 'paragraph') continue
      expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim())
      expect(block.inline.replace(/\\([\\`*_[\]<>#|~])/g, '$1').replace(/\*\*|\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).toBe(block.text)
    }
  })

  it('gives the same blocks and ids when the same bytes are imported again', async () => {
    const again = await importFile({ name: `renamed${path.extname(input)}`, bytes, importedAt: '2027-05-05T00:00:00.000Z' })
    expect(again.id).toBe(source.id)
    expect(again.clauses.map((c) => c.id)).toEqual(source.clauses.map((c) => c.id))
    expect(new Set(source.clauses.map((c) => c.id)).size).toBe(source.clauses.length)
    expect(await (await importerFor(source.format))!(bytes, fileName)).toEqual(content)
  })
})
