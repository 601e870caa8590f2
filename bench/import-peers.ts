/**
 * Import throughput beside peers, measured in the same run on the same files: docx, odt, html
 * and md against pandoc converting them to plain text; pdf against poppler's `pdftotext`.
 *
 * Two inputs per format: the corpus's files of that format (summed), and one bigger file (the
 * first corpus file scaled up in its own format by bench/scale.ts; PDFs joined with
 * `pdfunite`). Two ways of timing ours:
 * - whole process: `node bin/policy-workbench.js clauses FILE --json` (the installed command,
 *   which runs the bundled CLI in out/cli; tsx on the source when there is no build: the table
 *   says which), start to exit, beside the peer's
 *   whole process on the same file;
 * - in process: importFile (parse + segment + topics) in this process after a warm-up, beside
 *   the same peer's whole process, since pandoc and pdftotext have no in-process form here.
 * Ratios are peer time / our time: above 1 we are faster. Medians of --runs runs. Whole
 * processes are also timed in CPU (user + system), the fairer figure on a busy machine.
 *
 *   npx tsx bench/import-peers.ts [--runs 5] [--scale 20]
 * Prints a readable table, then one JSON line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importFile } from '../src/shared/import/import-file'
import { scaleUp } from './scale'

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const RUNS = option('--runs', 5)
const SCALE = option('--scale', 20)

const root = path.join(import.meta.dirname, '..')
const corpusDir = path.join(root, 'corpus')
// The command users run: bin/ loads the bundle `npm run build` writes to out/cli/ (the older
// out/main/cli.js is the unbundled main build, not what is installed).
const built = path.join(root, 'out', 'cli', 'main.js')
const cli = existsSync(built) ? { how: 'built', argv: [path.join(root, 'bin', 'policy-workbench.js')] } : { how: 'tsx', argv: ['--import', 'tsx', path.join(root, 'src', 'main', 'cli', 'main.ts')] }
const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-peers-'))
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/** The peer's command line for a file, and the tool's name. */
function peer(format: string, file: string): { tool: string; command: string; args: string[] } {
  if (format === 'pdf') return { tool: 'pdftotext', command: 'pdftotext', args: [file, '-'] }
  const from = { md: 'markdown', html: 'html', docx: 'docx', odt: 'odt' }[format]!
  return { tool: 'pandoc', command: 'pandoc', args: ['-f', from, '-t', 'plain', file] }
}

/**
 * A whole process's wall time, and its CPU time (user + system, from GNU time when installed).
 * Note: on a shared, busy machine wall time is mostly waiting for a core; CPU time is the
 * fairer comparison there, so the table gives both.
 */
const gnuTime = existsSync('/usr/bin/time')
function processMs(command: string, args: string[]): { wall: number; cpu: number } {
  const argv = gnuTime ? ['/usr/bin/time', '-f', 'cpu %U %S', command, ...args] : [command, ...args]
  const t0 = performance.now()
  const run = spawnSync(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const wall = performance.now() - t0
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`)
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr)
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN }
}

/** The bigger file of a format, written to the temp folder. */
function bigger(format: string, first: string): string {
  const out = path.join(dir, `scaled-x${SCALE}.${format}`)
  if (format === 'pdf') {
    // Note: pdfunite joins whole documents, so the importer meets SCALE times the pages.
    const run = spawnSync('pdfunite', [...Array.from({ length: SCALE }, () => first), out])
    if (run.status !== 0) throw new Error(`pdfunite failed: ${run.stderr}`)
  } else writeFileSync(out, scaleUp(new Uint8Array(readFileSync(first)), format, SCALE))
  return out
}

interface Row {
  format: string
  input: string
  files: number
  kb: number
  clauses: number
  peer: string
  oursProcessMs: number
  oursInProcessMs: number
  peerMs: number
  oursProcessCpuMs: number
  peerCpuMs: number
}

async function measure(format: string, input: string, files: string[]): Promise<Row> {
  let clauses = 0
  let oursProcess = 0
  let oursIn = 0
  let theirs = 0
  let oursCpu = 0
  let theirsCpu = 0
  let kb = 0
  let tool = ''
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file))
    kb += bytes.length / 1024
    const name = path.basename(file)
    await importFile({ name, bytes, importedAt: '2026-01-01T00:00:00Z' }) // warm-up
    const inProcess: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now()
      const source = await importFile({ name, bytes, importedAt: '2026-01-01T00:00:00Z' })
      inProcess.push(performance.now() - t0)
      clauses = r === 0 ? clauses + source.clauses.length : clauses
    }
    const p = peer(format, file)
    tool = p.tool
    const ours: { wall: number; cpu: number }[] = []
    const them: { wall: number; cpu: number }[] = []
    for (let r = 0; r < RUNS; r++) {
      ours.push(processMs(process.execPath, [...cli.argv, 'clauses', file, '--json']))
      them.push(processMs(p.command, p.args))
    }
    oursIn += median(inProcess)
    oursProcess += median(ours.map((o) => o.wall))
    theirs += median(them.map((o) => o.wall))
    oursCpu += median(ours.map((o) => o.cpu))
    theirsCpu += median(them.map((o) => o.cpu))
  }
  return { format, input, files: files.length, kb: Math.round(kb), clauses, peer: tool, oursProcessMs: oursProcess, oursInProcessMs: oursIn, peerMs: theirs, oursProcessCpuMs: oursCpu, peerCpuMs: theirsCpu }
}

const rows: Row[] = []
const missing = ['pandoc', 'pdftotext', 'pdfunite'].filter((c) => !has(c))
try {
  for (const format of ['docx', 'odt', 'html', 'md', 'pdf']) {
    const tool = format === 'pdf' ? 'pdftotext' : 'pandoc'
    if (missing.includes(tool) || (format === 'pdf' && missing.includes('pdfunite'))) continue
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith(`.${format}`))
      .sort()
      .map((f) => path.join(corpusDir, f))
    rows.push(await measure(format, 'corpus', files))
    rows.push(await measure(format, `corpus file x${SCALE}`, [bigger(format, files[0]!)]))
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const f0 = (n: number): string => n.toFixed(0)
console.log(`Import beside peers (${cli.how} CLI; medians of ${RUNS}; ratio = peer / ours, above 1 we are faster)\n`)
console.log('format  input           files     KB  clauses  peer       peer ms  CLI ms  ratio  in-process ms  ratio  peer CPU ms  CLI CPU ms  CPU ratio')
for (const r of rows) {
  const cells = [
    r.format.padEnd(6),
    r.input.padEnd(14),
    String(r.files).padStart(5),
    String(r.kb).padStart(6),
    String(r.clauses).padStart(7),
    r.peer.padEnd(9),
    f0(r.peerMs).padStart(7),
    f0(r.oursProcessMs).padStart(6),
    (r.peerMs / r.oursProcessMs).toFixed(2).padStart(5),
    f0(r.oursInProcessMs).padStart(13),
    (r.peerMs / r.oursInProcessMs).toFixed(2).padStart(5),
    f0(r.peerCpuMs).padStart(11),
    f0(r.oursProcessCpuMs).padStart(10),
    (r.peerCpuMs / r.oursProcessCpuMs).toFixed(2).padStart(9),
  ]
  console.log(cells.join('  '))
}
if (missing.length > 0) console.log(`\nnot installed, so not measured: ${missing.join(', ')}`)
console.log(JSON.stringify({ benchmark: 'import-peers', cli: cli.how, runs: RUNS, scale: SCALE, missing, rows }))
