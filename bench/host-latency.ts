/**
 * The browser host's latency for a read (listSources) while a batch of 20 imports runs, beside
 * the same read on an idle host. The host is the built one (`node out/main/web.js --in-memory`,
 * `npm run build` first) in its own process, as a person runs it; this process only sends
 * requests, so its own work never delays the answers it times.
 * The batch: the corpus files scaled up in their own format (bench/scale.ts), 20 of them.
 *
 *   npx tsx bench/host-latency.ts [--scale 10]
 * Prints readable lines, then one JSON line.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { TOKEN_HEADER } from '../src/shared/api'
import { scaleUp } from './scale'

const at = process.argv.indexOf('--scale')
const SCALE = at > 0 ? Number(process.argv[at + 1]) : 10
const root = path.join(import.meta.dirname, '..')
const web = path.join(root, 'out', 'main', 'web.js')
if (!existsSync(web)) throw new Error('Build the host first: npm run build')

const host = spawn(process.execPath, [web, '--in-memory', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
const address = await new Promise<URL>((resolve, reject) => {
  host.once('exit', (code) => reject(new Error(`the host exited (${code}) before printing its address`)))
  createInterface({ input: host.stdout! }).on('line', (line) => {
    const found = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(line)
    if (found) resolve(new URL(found[0]))
  })
})
const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? ''

async function call(method: string, body: unknown): Promise<number> {
  const t0 = performance.now()
  const res = await fetch(new URL(`/api/${method}`, address.origin), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(body) })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status}`)
  return performance.now() - t0
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!

/** listSources, one after another, until `until` settles; the latencies. */
async function readWhile(until: Promise<unknown>): Promise<number[]> {
  let done = false
  void until.finally(() => (done = true))
  const times: number[] = []
  while (!done) times.push(await call('listSources', {}))
  return times
}

try {
  const corpusDir = path.join(root, 'corpus')
  const corpus = readdirSync(corpusDir).filter((f) => /\.(docx|pdf|md|html|odt|txt)$/.test(f)).sort()
  const files = Array.from({ length: 20 }, (_, i) => {
    const name = corpus[i % corpus.length]!
    const format = path.extname(name).slice(1)
    // Note: a copy number in the scale makes each of the 20 its own bytes, so none is a
    // duplicate; PDFs cannot be scaled, so theirs is a comment after the end of the file.
    const scaled = scaleUp(new Uint8Array(readFileSync(path.join(corpusDir, name))), format, SCALE + Math.floor(i / corpus.length))
    const bytes = format === 'pdf' ? Buffer.concat([scaled, Buffer.from(`\n% benchmark copy ${i}\n`)]) : scaled
    return { name: `batch-${i}-${name}`, dataBase64: Buffer.from(bytes).toString('base64') }
  })
  const idle: number[] = []
  for (let i = 0; i < 50; i++) idle.push(await call('listSources', {}))
  const t0 = performance.now()
  const batch = call('importFiles', { files })
  const busy = await readWhile(batch)
  await batch
  const batchMs = performance.now() - t0
  const figures = {
    benchmark: 'host-latency',
    scale: SCALE,
    batchFiles: files.length,
    batchMB: Number((files.reduce((n, f) => n + f.dataBase64.length, 0) / 1024 / 1024).toFixed(2)),
    batchMs: Math.round(batchMs),
    idle: { medianMs: percentile(idle, 0.5), p95Ms: percentile(idle, 0.95) },
    duringBatch: { reads: busy.length, medianMs: percentile(busy, 0.5), p95Ms: percentile(busy, 0.95), maxMs: Math.max(...busy) },
  }
  console.log(`Browser host: listSources while importing a batch of 20 files (${figures.batchMB} MB as base64, ${(batchMs / 1000).toFixed(1)} s)`)
  console.log(`  idle:         median ${figures.idle.medianMs.toFixed(1)} ms, p95 ${figures.idle.p95Ms.toFixed(1)} ms`)
  console.log(`  during batch: median ${figures.duringBatch.medianMs.toFixed(1)} ms, p95 ${figures.duringBatch.p95Ms.toFixed(1)} ms, max ${figures.duringBatch.maxMs.toFixed(0)} ms over ${busy.length} reads`)
  console.log(JSON.stringify(figures))
} finally {
  host.kill('SIGTERM')
}
