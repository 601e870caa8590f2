/**
 * The Word importer's module and its fixtures: it exports only the importer, and real Word
 * files from each producer (pandoc, LibreOffice) are among the import fixtures, which
 * tests/import/fixtures.test.ts checks with every other format.
 */
import { readdirSync } from 'node:fs'
import { expect, it } from 'vitest'
import { fixturePath } from '../../support/paths'

const fixtures = readdirSync(fixturePath('import'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(fixturePath('import', e.name)).includes('input.docx'))
  .map((e) => e.name)

it('exports the importer and nothing else', async () => {
  expect(Object.keys(await import('../../../src/shared/import/docx/index'))).toEqual(['importDocx'])
})

it('has a fixture from each producer', () => {
  expect(fixtures.some((f) => f.startsWith('pandoc-'))).toBe(true)
  expect(fixtures.filter((f) => f.startsWith('libreoffice-')).length).toBeGreaterThanOrEqual(2)
})
