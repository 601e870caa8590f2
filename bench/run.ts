/**
 * `npm run bench`: every benchmark, each in its own process, with a table of figures.
 * Figures belong in issue notes, not in timed tests.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const here = import.meta.dirname
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')
const formats = ['txt', 'md', 'html', 'docx', 'odt', 'pdf']

/** The comparison benchmarks print readable lines and end with one JSON line of figures. */
function runScript(name: string): void {
  const run = spawnSync(tsx, [path.join(here, name)], { encoding: 'utf8' })
  if (run.status !== 0) console.log(`${name} failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`)
  else console.log(run.stdout.trim().split('\n').filter((l) => !l.startsWith('{')).join('\n'))
}

console.log('Import + segmentation, corpus scaled up (each format in its own process)\n')
console.log('format  files  input MB  clauses/round      MB/s   clauses/s  peak RSS MB')
for (const format of formats) {
  const run = spawnSync(tsx, [path.join(here, 'import-throughput.ts'), '--format', format], { encoding: 'utf8' })
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  if (run.status !== 0 || !line.startsWith('{')) {
    console.log(`${format.padEnd(6)}  failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`)
    continue
  }
  const r = JSON.parse(line) as Record<string, number>
  const cells = [
    String(r['files']).padStart(5),
    r['inputMB']!.toFixed(1).padStart(8),
    Math.round(r['clausesPerRound']!).toString().padStart(13),
    r['mbPerSecond']!.toFixed(1).padStart(8),
    Math.round(r['clausesPerSecond']!).toString().padStart(10),
    Math.round(r['peakRssMB']!).toString().padStart(11),
  ]
  console.log(`${format.padEnd(6)}  ${cells.join('  ')}`)
}

for (const [title, script] of [
  ['Pairwise comparison of two 300-clause policies', 'align-pairwise.ts'],
  ['Clause families at growing library sizes', 'families-scaling.ts'],
  ['Similar-clause lookup on 40,000 clauses', 'similar-latency.ts'],
  ['The workspace: importing 1,000 files, opening 50k clauses, searching', 'workspace.ts'],
  ['Word export of drafts of 100, 1,000 and 5,000 clauses, against pandoc', 'export.bench.ts'],
  ['The renderer in Chromium: compare two 300-clause sources, coverage for 14 and 200 sources (needs npm run build)', 'renderer.bench.ts'],
] as const) {
  console.log(`\n${title}\n`)
  runScript(script)
}
