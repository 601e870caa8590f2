/**
 * Issue 12: an HTML import's peak memory under 5x the page's size. One import runs in a
 * process of its own (support/heap-child.ts), first to learn the heap it starts from with the
 * importer loaded, then with V8's heap capped at exactly that plus 5x the page, where it must
 * complete (memory-bound.test.ts allows a fixed 96 MB baseline besides, which at 4 MB hides
 * about 20x the page).
 *
 * Before the page was streamed (html/page-plan.ts, html/stream-content.ts), parse5's tree of
 * the whole page was held at once, about 8x the HTML, and this import ran out of memory.
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
const dir = mkdtempSync(path.join(tmpdir(), 'html-memory-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(file: string, name: string, warm: string, flags: string[]) {
  const out = spawnSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', child, file, name, warm], { cwd: repoRoot, encoding: 'utf8', timeout: 400_000 })
  const line = out.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'))
  return { status: out.status, stderr: out.stderr, measure: line ? (JSON.parse(line) as { clauses: number; bytes: number; heapBeforeMb: number }) : undefined }
}

describe('memory an HTML import needs', () => {
  it.each([
    // The body is the content (no <main>): the whole page repeated, furniture and all.
    ['corpus/harrowfield-libraries-social-media-guidance.html', 4],
    // A <main> inside two divs after a long navigation: its content repeated.
    ['tests/fixtures/import/html-main-after-long-nav/input.html', 4],
  ])('reads %s scaled to %s MB under its starting heap plus 5x the page', (page, megabytes) => {
    const warm = path.join(repoRoot, page)
    const original = new Uint8Array(readFileSync(warm))
    const name = path.basename(path.dirname(page)) + '.html'
    const file = path.join(dir, name)
    // What one more copy of the content adds (the navigation is not repeated).
    const once = scaleUp(original, 'html', 2).length - original.length
    writeFileSync(file, scaleUp(original, 'html', Math.ceil((megabytes * MB) / once)))

    const free = run(file, name, warm, [])
    expect(free.status, free.stderr).toBe(0)
    const { bytes, heapBeforeMb, clauses } = free.measure!
    expect(bytes).toBeGreaterThan(0.8 * megabytes * MB)
    expect(clauses).toBeGreaterThan(5_000)

    const capMb = Math.ceil(heapBeforeMb + (5 * bytes) / MB)
    const capped = run(file, name, warm, [`--max-old-space-size=${capMb}`])
    expect(capped.status, `capped at ${capMb} MB: ${capped.stderr.slice(-300)}`).toBe(0)
    expect(capped.measure!.clauses).toBe(clauses)
  }, 900_000)
})
