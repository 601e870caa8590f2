/**
 * Word files made by real producers (pandoc, LibreOffice; see tests/fixtures/docx/make-fixtures.sh):
 * each gives the blocks in its <name>.expected.json. A missing expectation is written on a
 * developer's machine for review; in CI it is a failure.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importDocx } from '../../../src/shared/import/docx/index'
import { inCi } from '../../support/chromium'
import { fixturePath } from '../../support/paths'
import { importedWords, storedWords } from './words'

const dir = fixturePath('docx')
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.docx'))

it('exports the importer and nothing else', async () => {
  expect(Object.keys(await import('../../../src/shared/import/docx/index'))).toEqual(['importDocx'])
})

it('has a fixture from each producer', () => {
  expect(fixtures.some((f) => f.startsWith('pandoc-'))).toBe(true)
  expect(fixtures.filter((f) => f.startsWith('libreoffice-')).length).toBeGreaterThanOrEqual(2)
})

describe.each(fixtures)('%s', (name) => {
  const bytes = new Uint8Array(readFileSync(path.join(dir, name)))
  let content: ImportedContent
  beforeAll(async () => {
    content = await importDocx(bytes, name)
  })

  it('gives its expected blocks, title, organisation and warnings', () => {
    const expectedFile = path.join(dir, name.replace(/\.docx$/, '.expected.json'))
    if (!existsSync(expectedFile)) {
      if (inCi) throw new Error(`${expectedFile} is missing: run the tests locally, review the file it writes, commit it.`)
      writeFileSync(expectedFile, JSON.stringify(content, null, 2) + '\n')
    }
    expect(content).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })

  it('loses and duplicates no text', () => {
    expect(importedWords(content.blocks)).toEqual(storedWords(bytes))
  })

  it('keeps plain text and Markdown in step', () => {
    for (const block of content.blocks) {
      if (block.kind !== 'paragraph') continue
      expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim())
      expect(block.inline.replace(/\\([\\`*_[\]<>#|~])/g, '$1').replace(/\*\*|\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).toBe(block.text)
    }
  })

  it('gives the same result for the same bytes', async () => {
    expect(await importDocx(bytes, name)).toEqual(content)
  })
})
