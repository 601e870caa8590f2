/**
 * Every corpus file and import fixture reads to exactly the document it read to before issue
 * 12's memory work (chunked Markdown, parse5 let go as hast is built, compact PDF lines): the
 * SHA-256 of each imported document's JSON (or of its error) against import-digests.json, made
 * with the importer before those changes. The fixtures' own expected JSON says what changed
 * when a digest does; a change meant on purpose is recorded by deleting the file's entry, which
 * the test then writes back (as tests/import/fixtures.test.ts writes a missing expectation).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import { repoRoot } from '../support/paths'

const digestsFile = path.join(import.meta.dirname, 'import-digests.json')
const digests = JSON.parse(readFileSync(digestsFile, 'utf8')) as Record<string, string>
let written = false

function importable(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(repoRoot, dir)).sort()) {
    const file = path.join(dir, name)
    if (statSync(path.join(repoRoot, file)).isDirectory()) importable(file, out)
    else if (/\.(md|html|pdf|txt|docx|odt)$/.test(name) && !/README|expected/i.test(name)) out.push(file)
  }
  return out
}

async function digestOf(file: string): Promise<string> {
  let json: string
  try {
    json = JSON.stringify(await importFile({ name: path.basename(file), bytes: new Uint8Array(readFileSync(path.join(repoRoot, file))), importedAt: '2026-01-01T00:00:00Z' }))
  } catch (error) {
    json = `error: ${(error as Error).message}`
  }
  return createHash('sha256').update(json).digest('hex').slice(0, 16)
}

afterAll(() => {
  if (written) writeFileSync(digestsFile, `${JSON.stringify(digests, null, 1)}\n`)
})

describe('imports unchanged by the memory work', () => {
  const files = [...importable('corpus'), ...importable(path.join('tests', 'fixtures', 'import'))]

  it('covers every format', () => {
    expect(new Set(files.map((f) => path.extname(f)))).toEqual(new Set(['.md', '.html', '.pdf', '.txt', '.docx', '.odt']))
  })

  it.each(files)('reads %s as before', async (file) => {
    const digest = await digestOf(file)
    if (digests[file] === undefined) {
      digests[file] = digest
      written = true
    }
    expect(digest).toBe(digests[file])
  })
})
