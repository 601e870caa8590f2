/**
 * Issue 12: "the PDF library's V8 traces on stderr for a self-drawing PDF". A PDF that draws
 * its own glyphs (a Type3 font whose characters are drawing procedures) over thousands of
 * vector drawing operators imports with nothing written to stderr, from a fresh process (as
 * the CLI and hosts run it), so any trace pdfjs or V8 printed would be seen.
 * Note: load.ts already asks pdfjs for verbosity 0; this pins that nothing else speaks.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../support/paths'

/** A one-page PDF: text in a Type3 font drawn by a procedure, text in Helvetica, 20,000 lines drawn. */
function selfDrawingPdf(): Uint8Array {
  const drawing = Array.from({ length: 20_000 }, (_, i) => `${i % 500} ${i % 700} m ${(i * 7) % 500} ${(i * 3) % 700} l S`).join('\n')
  const content = `BT /F1 12 Tf 72 700 Td (abab drawn letters) Tj ET\nBT /F2 12 Tf 72 650 Td (1. Staff must not post abuse.) Tj ET\nBT /F2 12 Tf 72 630 Td (2. Staff must keep passwords secret.) Tj ET\n${drawing}\n`
  const glyph = '1000 0 0 0 750 750 d1\n0 0 750 750 re f\n'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /sq 6 0 R >> /Encoding << /Type /Encoding /Differences [32 ${'/sq '.repeat(91)}] >> /FirstChar 32 /LastChar 122 /Widths [${'1000 '.repeat(91)}] /Resources << >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    `<< /Length ${glyph.length} >>\nstream\n${glyph}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

describe('a self-drawing PDF', () => {
  it('imports with nothing on stderr', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quiet-pdf-'))
    try {
      const file = path.join(dir, 'drawn.pdf')
      writeFileSync(file, selfDrawingPdf())
      const script = `const { importFile } = await import(${JSON.stringify(path.join(repoRoot, 'src/shared/import/import-file.ts'))})
const { readFileSync } = await import('node:fs')
const source = await importFile({ name: 'drawn.pdf', bytes: new Uint8Array(readFileSync(${JSON.stringify(file)})), importedAt: '2026-01-01T00:00:00Z' })
console.log(JSON.stringify(source.clauses.map((c) => c.text)))`
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('Staff must not post abuse.')
      expect(run.stderr).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 150_000)
})
