/**
 * Every importer, and the aligner on what they produce, under fast-check for a fixed budget
 * (issue 12): arbitrary bytes, text with markup and control characters, generated deep nesting,
 * huge lines and zips with many entries. Each ends in a valid result within the limits or a
 * clear error naming the file, never a crash, a bug report ("internal") or a stack overflow.
 */
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { WorkbenchError } from '../../src/shared/errors'
import { MAX_CLAUSE_CHARS } from '../../src/shared/import/cap-clause-length'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'

const importedAt = '2026-12-01T00:00:00.000Z'
const extensions = ['txt', 'md', 'html', 'docx', 'odt', 'pdf'] as const
/** Runs per property: enough to find shallow faults, small enough for a shared 2-core machine. */
const RUNS = 40

/** A valid import, or a WorkbenchError that names the file and is not a bug. */
async function importsOrRefuses(name: string, bytes: Uint8Array): Promise<SourceDocument | null> {
  try {
    const source = await importFile({ name, bytes, importedAt })
    expect(source.clauses.length).toBeGreaterThan(0)
    expect(new Set(source.clauses.map((c) => c.id)).size).toBe(source.clauses.length)
    for (const clause of source.clauses) expect(clause.text.length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS)
    return source
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    const e = error as WorkbenchError
    expect(e.code).not.toBe('internal')
    expect(e.message).toContain(name)
    return null
  }
}

const word = fc.constantFrom('staff', 'must', 'not', 'share', 'Policy', 'council', '1.', '(a)', '-', '*', '>', '#', '<p>', '</div>', '<li>', '&#x1b;', '\u001b[2J', '\u0007', '\t', '\n', '\n\n', '.', '|', '`')
const markupText = fc.array(word, { maxLength: 200 }).map((ws) => ws.join(' '))
const controlText = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 400 })

describe('importers under fuzzing', () => {
  it('arbitrary bytes under every extension', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...extensions), fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (ext, bytes) => {
        await importsOrRefuses(`fuzz.${ext}`, bytes)
      }),
      { numRuns: RUNS },
    )
  }, 60_000)

  it('markup-like and control-character text as .txt, .md and .html', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('txt', 'md', 'html'), fc.oneof(markupText, controlText), async (ext, text) => {
        await importsOrRefuses(`text.${ext}`, new TextEncoder().encode(text))
      }),
      { numRuns: RUNS * 3 },
    )
  }, 60_000)

  it('generated deep nesting in Markdown and HTML', async () => {
    const depth = fc.integer({ min: 1, max: 3000 })
    const opener = fc.constantFrom('> ', '- ', '1. ', '  ', '<div>', '<blockquote>', '<ul><li>', '<span>', '<table><tr><td>')
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('md', 'html'), depth, opener, async (ext, n, open) => {
        const nested = open.repeat(n) + 'Staff must be careful online.'
        await importsOrRefuses(`nested.${ext}`, new TextEncoder().encode(ext === 'md' ? `# Nest\n\n${nested}\n` : `<p>Intro.</p>${nested}`))
      }),
      { numRuns: 20 },
    )
  }, 120_000)

  it('huge lines in every text format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('txt', 'md', 'html'), fc.integer({ min: 20_000, max: 200_000 }), fc.constantFrom('Staff must be kind. ', 'word ', 'x'), async (ext, length, unit) => {
        const source = await importsOrRefuses(`long.${ext}`, new TextEncoder().encode(`Title\n\n${unit.repeat(Math.ceil(length / unit.length))}\n`))
        expect(source).not.toBeNull()
      }),
      { numRuns: 10 },
    )
  }, 120_000)

  it('zips with many entries as .docx and .odt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('docx', 'odt'), fc.integer({ min: 1, max: 5000 }), async (ext, entries) => {
        const files: Record<string, Uint8Array> = {}
        for (let i = 0; i < entries; i++) files[`part/${i}.xml`] = strToU8(`<a>${i}</a>`)
        await importsOrRefuses(`many.${ext}`, zipSync(files, { level: 0 }))
      }),
      { numRuns: 8 },
    )
  }, 120_000)

  it('the aligner on two fuzzed imports: no clause in two rows', async () => {
    await fc.assert(
      fc.asyncProperty(markupText, markupText, async (a, b) => {
        const [sa, sb] = await Promise.all([importsOrRefuses('a.md', new TextEncoder().encode(`a ${a}`)), importsOrRefuses('b.md', new TextEncoder().encode(`b ${b}`))])
        if (!sa || !sb) return
        const rows = compareSources(sa, sb).rows
        const seenA = rows.flatMap((r) => r.a.map((c) => c.id))
        const seenB = rows.flatMap((r) => r.b.map((c) => c.id))
        expect(new Set(seenA).size).toBe(seenA.length)
        expect(new Set(seenB).size).toBe(seenB.length)
      }),
      { numRuns: RUNS },
    )
  }, 60_000)
})
