/**
 * Import fixtures, every format: fixture folders (input + expected.json). A missing
 * expectation is written on a developer's machine for review; in CI it is a failure.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../src/shared/model'
import { decodeText } from '../../src/shared/import/decode-text'
import { importerFor, importFile } from '../../src/shared/import/import-file'
import { fixturePath } from '../support/paths'
import { inCi } from '../support/chromium'

const IMPORTED_AT = '2026-01-01T00:00:00.000Z'
const dir = fixturePath('import')

/** Words of a text, for the "nothing lost, nothing duplicated" invariant. */
function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)

describe.each(folders)('fixture %s', (name) => {
  const folder = path.join(dir, name)
  const input = readdirSync(folder).find((f) => f.startsWith('input.'))!
  const bytes = new Uint8Array(readFileSync(path.join(folder, input)))
  let source: SourceDocument
  let actual: unknown
  beforeAll(async () => {
    source = await importFile({ name: `${name}${path.extname(input)}`, bytes, importedAt: IMPORTED_AT })
    actual = {
      title: source.title,
      format: source.format,
      warnings: source.warnings,
      outline: source.outline,
      clauses: source.clauses.map(({ section, label, level, text, inline }) => ({ section, label, level, text, inline })),
    }
  })

  it('matches its expected clauses', () => {
    const expectedFile = path.join(folder, 'expected.json')
    if (!existsSync(expectedFile)) {
      if (inCi) throw new Error(`${expectedFile} is missing: run the tests locally, review the file it writes, commit it.`)
      writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n')
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })

  it('loses and duplicates no text (plain text fixtures)', () => {
    if (source.format !== 'txt') return
    // Decoding has its own tests below; this invariant is about segmentation.
    const { text } = decodeText(bytes, input)
    const rebuilt = source.clauses.flatMap((c) => [...(c.label ? [c.label] : []), ...words(c.text)])
    const headings = source.outline.flatMap((h) => words(h.text))
    expect([...headings, ...rebuilt].sort()).toEqual(words(text).sort())
  })

  it('segments without losing or duplicating any text of the importer\'s blocks', async () => {
    const importer = (await importerFor(source.format))!
    const { blocks } = await importer(bytes, input)
    const fromBlocks = blocks.flatMap((b) => (b.kind === 'heading' ? words(b.text) : [...(b.label ? [b.label] : []), ...words(b.text)]))
    const fromSource = [...source.outline.flatMap((h) => words(h.text)), ...source.clauses.flatMap((c) => [...(c.label ? [c.label] : []), ...words(c.text)])]
    expect(fromSource.sort()).toEqual(fromBlocks.sort())
  })

  it('gives the same ids when the same bytes are imported again', async () => {
    const again = await importFile({ name: 'renamed.txt'.replace('.txt', path.extname(input)), bytes, importedAt: '2027-05-05T00:00:00.000Z' })
    expect(again.id).toBe(source.id)
    expect(again.clauses.map((c) => c.id)).toEqual(source.clauses.map((c) => c.id))
    expect(new Set(source.clauses.map((c) => c.id)).size).toBe(source.clauses.length)
  })
})
