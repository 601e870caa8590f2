/**
 * Import + segmentation throughput of the plain-text and Markdown importers on a policy
 * scaled up to about 1 MB (some 15,000 clauses), the size of a large consolidated handbook.
 * Run: npm run bench. Figures go in the issue notes, not in timed tests.
 */
import { readFileSync } from 'node:fs'
import { afterAll, bench, describe } from 'vitest'
import { importFile } from '../src/shared/import/import-file'

const base = readFileSync(new URL('../tests/fixtures/policies/open-council-social-media.txt', import.meta.url), 'utf8')
const sections = base.split('\n\n').slice(1).join('\n\n')
const scaledText = Array.from({ length: 1400 }, (_, i) => sections.replace(/^(\d+)\./gm, `${i + 1}.$1.`)).join('\n\n')
const txt = new TextEncoder().encode(`Handbook\n\n${scaledText}\n`)
const md = new TextEncoder().encode(`# Handbook\n\n${scaledText.replace(/^(\d+(?:\.\d+)*\. [A-Z][^\n.]*)$/gm, '## $1')}\n`)

const stats: Record<string, { bytes: number; clauses: number; ms: number[] }> = {}
async function run(label: string, name: string, bytes: Uint8Array): Promise<void> {
  const t0 = performance.now()
  const source = await importFile({ name, bytes, importedAt: '2026-01-01T00:00:00.000Z' })
  const entry = (stats[label] ??= { bytes: bytes.length, clauses: source.clauses.length, ms: [] })
  entry.ms.push(performance.now() - t0)
}

describe('import + segmentation, ~1.6 MB policy', () => {
  bench('plain text (.txt)', () => run('txt', 'handbook.txt', txt), { iterations: 10 })
  bench('Markdown (.md)', () => run('md', 'handbook.md', md), { iterations: 10 })
})

afterAll(() => {
  for (const [label, s] of Object.entries(stats)) {
    const median = s.ms.sort((a, b) => a - b)[Math.floor(s.ms.length / 2)]!
    const mb = s.bytes / 1024 / 1024
    console.log(
      `${label}: ${mb.toFixed(2)} MB, ${s.clauses} clauses, median ${median.toFixed(0)} ms -> ` +
        `${(mb / (median / 1000)).toFixed(1)} MB/s, ${Math.round(s.clauses / (median / 1000))} clauses/s, ` +
        `heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
    )
  }
})
