/**
 * `npm run bench`: every benchmark, each in its own process, then bench/README.md (the machine,
 * every table with its goal and peer ratio) and bench/growth.svg (the growth curves, log-log).
 * `npm run bench -- --quick`: the same at small sizes, a smoke run that the suite still works.
 * Every figure is kept in bench/results.json; `npm run bench -- --report-only` rewrites the
 * README and chart from it without measuring again.
 * The renderer, host and whole-process figures need a build (`npm run build`); without one
 * those benchmarks fail or fall back to tsx, and the README says so.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runBench, type BenchRun } from './report/child'
import { loadNow, machineNow, type Machine } from './report/machine'
import { growthSeries, renderReadme, type Runs } from './report/readme'
import { logLogChart } from './report/svg-chart'

const quick = process.argv.includes('--quick')
/** `--report-only`: write the README and chart again from the last run's bench/results.json. */
const reportOnly = process.argv.includes('--report-only')
const resultsFile = path.join(import.meta.dirname, 'results.json')

/** Arguments per benchmark: full, then quick. */
const plan: { key: keyof Runs; script: string; full: string[]; quick: string[]; title: string }[] = [
  { key: 'importPeers', script: 'import-peers.ts', full: ['--runs', '3', '--scale', '20'], quick: ['--runs', '1', '--scale', '2'], title: 'Import beside pandoc and pdftotext' },
  { key: 'importMemory', script: 'import-memory.ts', full: ['--sizes', '1,5', '--formats', 'txt,md,html,pdf'], quick: ['--sizes', '1', '--formats', 'md,html'], title: 'Peak memory of one import, by format and size' },
  { key: 'align', script: 'align-pairwise.ts', full: [], quick: ['--runs', '3'], title: 'Compare two 300-clause policies' },
  { key: 'compareApi', script: 'compare-api.ts', full: [], quick: ['--sizes', '100,300', '--runs', '3'], title: 'Compare two sources through the API' },
  { key: 'families', script: 'families-scaling.ts', full: [], quick: ['--sizes', '1000,2000'], title: 'Families growth' },
  { key: 'lookup', script: 'lookup-scaling.ts', full: [], quick: ['--sizes', '1000,2000', '--queries', '30'], title: 'Similar-clause and search latency by size' },
  { key: 'similar', script: 'similar-latency.ts', full: [], quick: ['--size', '2000', '--queries', '50'], title: 'Similar-clause lookup in detail' },
  { key: 'export', script: 'export.bench.ts', full: [], quick: ['--runs', '1'], title: 'Export beside pandoc' },
  { key: 'host', script: 'host-latency.ts', full: [], quick: ['--scale', '2'], title: 'Browser host under an import batch' },
  { key: 'renderer', script: 'renderer.bench.ts', full: [], quick: ['--quick'], title: 'The renderer in Chromium' },
  { key: 'workspace', script: 'workspace.ts', full: [], quick: ['--files', '50', '--clauses', '3000', '--queries', '50'], title: 'The workspace at scale' },
]

function runAll(): Runs {
  const runs: Runs = {}
  for (const step of plan) {
    console.log(`\n${step.title}\n`)
    const run = runBench(step.script, quick ? step.quick : step.full)
    runs[step.key] = run
    console.log(run.ok ? run.text : `${step.script} failed: ${run.error}`)
  }

  // Import throughput per format: one process per format, so each peak-memory figure is its own.
  // Note: a quick run measures two formats, enough to show the step still works.
  const throughput: BenchRun[] = []
  for (const format of quick ? ['md', 'pdf'] : ['txt', 'md', 'html', 'docx', 'odt', 'pdf']) throughput.push(runBench('import-throughput.ts', ['--format', format]))
  const rows = throughput.map((r) => {
    const j = r.json as Record<string, number> | undefined
    if (!r.ok || !j) return `${r.args[1]!.padEnd(6)}  failed: ${r.error}`
    const cells = [String(j['files']).padStart(5), j['inputMB']!.toFixed(1).padStart(8), Math.round(j['clausesPerRound']!).toString().padStart(13), j['mbPerSecond']!.toFixed(1).padStart(8), Math.round(j['clausesPerSecond']!).toString().padStart(10), Math.round(j['peakRssMB']!).toString().padStart(11)]
    return `${r.args[1]!.padEnd(6)}  ${cells.join('  ')}`
  })
  const throughputText = ['format  files  input MB  clauses/round      MB/s   clauses/s  peak RSS MB', ...rows].join('\n')
  console.log(`\nImport + segmentation, corpus scaled up (each format in its own process)\n\n${throughputText}`)
  runs.importThroughput = { script: 'import-throughput.ts', args: ['--format', 'FORMAT'], ok: true, text: throughputText, json: {}, seconds: throughput.reduce((s, r) => s + r.seconds, 0) }
  return runs
}

const saved = reportOnly ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { machine: Machine; quick: boolean; runs: Runs }) : undefined
const machine = saved?.machine ?? machineNow()
const runs = saved?.runs ?? runAll()
if (!saved) {
  machine.loadEnd = loadNow()
  writeFileSync(resultsFile, `${JSON.stringify({ machine, quick, runs }, null, 1)}\n`)
}
const series = growthSeries(runs)
const chart = 'growth.svg'
if (series.length > 0) writeFileSync(path.join(import.meta.dirname, chart), logLogChart(series, { title: 'Growth with library size (log-log)', xLabel: 'clauses in the library', yLabel: 'time (ms)' }))
writeFileSync(path.join(import.meta.dirname, 'README.md'), renderReadme(machine, runs, { quick: saved?.quick ?? quick, chart: series.length > 0 ? chart : undefined }))
console.log(`\nWrote bench/README.md${series.length > 0 ? ' and bench/growth.svg' : ''} (load average ${machine.loadStart.join(', ')} at start, ${machine.loadEnd?.join(', ')} at end).`)
