/**
 * Issue 12: peak memory under 5x the file's size, measured tightly. memory-bound.test.ts caps
 * the import worker at a fixed 96 MB baseline plus 5x the file, which at a few MB leaves a
 * plain-text import tens of MB to spare; here one import runs in a process of its own
 * (support/heap-child.ts), first to learn the heap it starts from with the importer loaded,
 * then again with V8's heap capped at exactly that plus 5x the file, where it must complete.
 * It also checks what the imported document itself holds once read.
 *
 * Before the clauses shared their section and topic arrays and kept flat ids (segment.ts),
 * and before plain text was read a paragraph at a time into blocks with their own strings
 * (plain-text.ts; cut from the file's text they kept all of it alive), a 4 MB .txt file held
 * 5.3x its size as a document. Before Markdown's chunks became their own strings, let go as
 * each is read (markdown/index.ts), a 4 MB Markdown file needed its whole two-byte text (2x)
 * beside its blocks and ran out of memory under that cap.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scaleUp } from '../../bench/scale'
import { repoRoot } from '../support/paths'

const MB = 1024 * 1024
const child = path.join(repoRoot, 'tests', 'import', 'support', 'heap-child.ts')
const dir = mkdtempSync(path.join(tmpdir(), 'memory-held-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Measure {
  clauses: number
  bytes: number
  heapBeforeMb: number
  heldMb: number
}

function run(file: string, name: string, warm: string, flags: string[]): { status: number | null; measure?: Measure; stderr: string } {
  const out = spawnSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', child, file, name, warm], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 })
  const line = out.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'))
  return { status: out.status, stderr: out.stderr, ...(line ? { measure: JSON.parse(line) as Measure } : {}) }
}

/**
 * The capped run, tried up to three times. Why: how close to the cap an import comes depends on
 * when the collector and the optimising compiler run, and on a loaded machine that shifts by
 * about a megabyte (a fresh CI run, 3 December 2026, ran out at 18 MB where it needed 17 here;
 * under four busy processes it fails about one run in eight, single-threaded GC or not). A
 * real regression (32 KB Markdown chunks need 8x, a whole MB more) fails every try.
 */
function runCapped(file: string, name: string, warm: string, capMb: number): ReturnType<typeof run> & { tries: number } {
  let last = run(file, name, warm, [`--max-old-space-size=${capMb}`])
  let tries = 1
  while (last.status !== 0 && tries < 3) {
    last = run(file, name, warm, [`--max-old-space-size=${capMb}`])
    tries += 1
  }
  return { ...last, tries }
}

describe('memory an import holds', () => {
  it.each([
    ['tamsworth-delling-ict-acceptable-use-extract.txt', 'txt', 4, 3],
    // Note: the corpus's README has arrows, so its text is two bytes a character, and its tables make text and inline differ.
    ['README.md', 'md', 4, 3.5],
  ])(
    'reads %s (%s) scaled to %s MB under its starting heap plus 5x the file, the document holding under %sx',
    (name, format, megabytes, heldTimes) => {
      const original = new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', name)))
      const file = path.join(dir, `scaled.${format}`)
      writeFileSync(file, scaleUp(original, format, Math.ceil((megabytes * MB) / original.length)))
      const warm = path.join(repoRoot, 'corpus', name)

      const free = run(file, name, warm, [])
      expect(free.status, free.stderr).toBe(0)
      const { bytes, heapBeforeMb, heldMb, clauses } = free.measure!
      expect(bytes).toBeGreaterThan((megabytes - 0.5) * MB)
      expect(clauses).toBeGreaterThan(10_000)
      expect(heldMb * MB).toBeLessThan(heldTimes * bytes)

      const capMb = Math.ceil(heapBeforeMb + (5 * bytes) / MB)
      const capped = runCapped(file, name, warm, capMb)
      expect(capped.status, `capped at ${capMb} MB, ${capped.tries} tries: ${capped.stderr.slice(-300)}`).toBe(0)
      expect(capped.measure!.clauses).toBe(clauses)
    },
    600_000,
  )

  // Note: not yet the goal. A 1 MB file's fixed working set is what fails 5x: with 32 KB chunks
  // its Markdown held a 4 MB tree beside blocks and clauses (4x the file as a document), and
  // needed its starting heap plus 8x (traced 1 December 2026). Chunks that scale with the text
  // (markdown/split-blocks.ts chunkCharsFor) bring it to about 5.6x; 7x guards that here.
  it('reads README.md scaled to 1 MB under its starting heap plus 7x the file (chunks scaled to the text)', () => {
    const original = new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', 'README.md')))
    const file = path.join(dir, 'small.md')
    writeFileSync(file, scaleUp(original, 'md', Math.ceil(MB / original.length)))
    const warm = path.join(repoRoot, 'corpus', 'fernleigh-staff-social-media-guidelines.md')
    const free = run(file, 'README.md', warm, [])
    expect(free.status, free.stderr).toBe(0)
    const { bytes, heapBeforeMb, clauses } = free.measure!
    expect(bytes).toBeGreaterThan(0.9 * MB)
    const capMb = Math.ceil(heapBeforeMb + (7 * bytes) / MB)
    const capped = runCapped(file, 'README.md', warm, capMb)
    expect(capped.status, `capped at ${capMb} MB, ${capped.tries} tries: ${capped.stderr.slice(-300)}`).toBe(0)
    expect(capped.measure!.clauses).toBe(clauses)
  }, 600_000)
})
