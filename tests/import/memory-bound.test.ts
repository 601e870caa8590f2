/**
 * Issue 12: peak memory under 5x the file's size. A few-MB Markdown file and web page (the
 * corpus scaled up, thousands of clauses) import in a worker whose V8 heap is capped at a fixed
 * baseline (the worker's own code and the importer's modules) plus 5x the file's size. Before
 * the chunked parsing (markdown/split-blocks.ts, html/content-groups.ts, html/parse-page.ts)
 * both were stopped at these limits ("needed more than … MB"). So was a 4 MB PDF, until pages
 * became lines as they were read and lines stopped keeping word objects (pdf/line-words.ts),
 * and until the TypeScript worker stopped holding pdfjs's source maps (worker-entry.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ImportPool } from '../../src/main/import-pool'
import { scaleUp } from '../../bench/scale'
import { repoRoot } from '../support/paths'
import { column, makePdf } from './pdf/support/make-pdf'

const MB = 1024 * 1024
/** The worker's heap before it reads anything: tsx, the importer, segmentation and topics. */
const BASELINE_MB = 96

const pool = new ImportPool({ size: 1, memoryLimitMb: (bytes) => Math.ceil(BASELINE_MB + (5 * bytes) / MB) })
afterAll(() => pool.close())

function scaled(file: string, format: string, megabytes: number): Uint8Array {
  const original = new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', file)))
  return scaleUp(original, format, Math.ceil((megabytes * MB) / original.length))
}

describe('peak memory of an import', () => {
  it.each([
    ['northmoor-social-media-policy.md', 'md'],
    ['harrowfield-libraries-social-media-guidance.html', 'html'],
  ])('reads %s scaled to 4 MB within a baseline plus 5x its size', async (file, format) => {
    const bytes = scaled(file, format, 4)
    expect(bytes.length).toBeGreaterThan(3.5 * MB)
    const source = await pool.run({ name: file, bytes, importedAt: '2026-01-01T00:00:00Z' }, { timeLimitMs: 300_000 })
    expect(source.clauses.length).toBeGreaterThan(10_000)
  }, 360_000)

  it('reads a 4 MB PDF of numbered lines within a baseline plus 5x its size', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. Staff must not share passwords or post abuse on social media, line ${i} of the page.`)
    const page = { texts: column(lines, { size: 9, leading: 18 }) }
    const pages = Math.round((4 * MB) / makePdf({ pages: [page] }).length)
    const bytes = makePdf({ pages: Array.from({ length: pages }, () => page) })
    expect(bytes.length).toBeGreaterThan(3.5 * MB)
    const source = await pool.run({ name: 'long.pdf', bytes, importedAt: '2026-01-01T00:00:00Z' }, { timeLimitMs: 300_000 })
    expect(source.clauses.length).toBeGreaterThan(pages)
  }, 360_000)
})
