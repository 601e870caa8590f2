/**
 * Property tests: whatever bytes arrive, the PDF importer either returns blocks or throws a
 * WorkbenchError naming the file, and never hangs. Runs are few because each one opens a PDF;
 * the seeds vary from run to run, and fast-check prints the failing one to replay.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../../src/shared/errors'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importPdf } from '../../../src/shared/import/pdf'
import { fixturePath } from '../../support/paths'

const policy = new Uint8Array(readFileSync(fixturePath('import', 'council-policy', 'input.pdf')))
const guidance = new Uint8Array(readFileSync(fixturePath('import', 'council-guidance', 'input.pdf')))
const header = Uint8Array.from('%PDF-1.7\n', (c) => c.charCodeAt(0))

/** Import, and check that the outcome is blocks or a WorkbenchError about this file. */
async function importsOrExplains(bytes: Uint8Array): Promise<void> {
  let content: ImportedContent
  try {
    content = await importPdf(bytes, 'fuzz.pdf')
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    const e = error as WorkbenchError
    expect(e.file).toBe('fuzz.pdf')
    expect(e.message.startsWith('fuzz.pdf')).toBe(true)
    expect(e.code).not.toBe('internal')
    return
  }
  expect(Array.isArray(content.blocks)).toBe(true)
  for (const block of content.blocks) expect(block.text).toBe(block.text.trim())
}

const pdfOf = fc.constantFrom(policy, guidance)

describe('the PDF importer on arbitrary input', () => {
  it('explains arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), importsOrExplains), { numRuns: 40 })
  })

  it('explains a PDF header followed by arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (tail) => importsOrExplains(new Uint8Array([...header, ...tail]))),
      { numRuns: 40 },
    )
  })

  it('explains a real PDF cut short anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(pdfOf, fc.double({ min: 0, max: 1, noNaN: true }), (pdf, at) => importsOrExplains(pdf.subarray(0, Math.floor(pdf.length * at)))),
      { numRuns: 25 },
    )
  })

  it('explains a real PDF with bytes changed at random', async () => {
    await fc.assert(
      fc.asyncProperty(pdfOf, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }), (pdf, changes) => {
        const bytes = pdf.slice()
        for (const [at, value] of changes) bytes[Math.floor(at * bytes.length)] = value
        return importsOrExplains(bytes)
      }),
      { numRuns: 25 },
    )
  })
})
