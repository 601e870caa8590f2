/**
 * Imports read in worker threads (src/main/import-pool/): a file past the time or memory limit
 * is stopped with an error naming it and what it hit, the rest of the batch imports, the
 * service answers other requests meanwhile, and the same bytes arriving together are read once.
 */
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ImportPool } from '../../src/main/import-pool'
import { typeScriptWorker } from '../../src/main/import-pool/worker-entry'
import { WorkbenchService } from '../../src/main/service/workbench-service'

const misbehaving = () => typeScriptWorker(join(import.meta.dirname, '../support/misbehaving-import-worker.ts'))
const pools: ImportPool[] = []
function pool(options: ConstructorParameters<typeof ImportPool>[0]): ImportPool {
  const made = new ImportPool({ entry: misbehaving, ...options })
  pools.push(made)
  return made
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()))
})

const text = (s: string) => Buffer.from(s).toString('base64')
const policy = (n: number) => text(`Social media policy ${n}\n\n1. Staff must not share passwords on social media (${n}).\n\n2. Staff should report abuse to the digital team.\n`)

describe('the import pool', () => {
  it('stops a file that takes too long, names it and the limit, and imports the rest of the batch', async () => {
    const s = new WorkbenchService({ host: 'cli', importPool: pool({ size: 1, timeLimitMs: 1500 }) })
    const report = await s.importFiles({ files: [{ name: 'hang.txt', dataBase64: policy(1) }, { name: 'good.txt', dataBase64: policy(2) }] })
    expect(report.results[0]).toMatchObject({ ok: false, error: { code: 'took-too-long', file: 'hang.txt' } })
    expect(!report.results[0]!.ok && report.results[0]!.error.message).toMatch(/^hang\.txt took longer than 2 s to read and was stopped/)
    expect(report.results[1]).toMatchObject({ ok: true, duplicate: false })
  }, 30_000)

  it('stops a file that needs too much memory, names it and the limit', async () => {
    const s = new WorkbenchService({ host: 'cli', importPool: pool({ size: 1, memoryLimitMb: () => 64 }) })
    const report = await s.importFiles({ files: [{ name: 'hog.txt', dataBase64: policy(3) }, { name: 'fine.txt', dataBase64: policy(4) }] })
    expect(report.results[0]).toMatchObject({ ok: false, error: { code: 'needs-too-much-memory', file: 'hog.txt' } })
    expect(!report.results[0]!.ok && report.results[0]!.error.message).toMatch(/^hog\.txt needed more than 64 MB of memory to read and was stopped/)
    expect(report.results[1]).toMatchObject({ ok: true })
  }, 30_000)

  it('reports a worker that ends mid-file as a fault naming the file, and carries on', async () => {
    const s = new WorkbenchService({ host: 'cli', importPool: pool({ size: 1 }) })
    const report = await s.importFiles({ files: [{ name: 'quit.txt', dataBase64: policy(5) }, { name: 'after.txt', dataBase64: policy(6) }] })
    expect(report.results[0]).toMatchObject({ ok: false, error: { code: 'internal', file: 'quit.txt' } })
    expect(!report.results[0]!.ok && report.results[0]!.error.message).toMatch(/while reading quit\.txt/)
    expect(report.results[1]).toMatchObject({ ok: true })
  }, 30_000)

  it('keeps answering other requests while a file is being read', async () => {
    const s = new WorkbenchService({ host: 'cli', importPool: pool({ size: 1, timeLimitMs: 3000 }) })
    await s.importFiles({ files: [{ name: 'warm.txt', dataBase64: policy(7) }] })
    const importing = s.importFiles({ files: [{ name: 'hang.txt', dataBase64: policy(8) }] })
    await new Promise((r) => setTimeout(r, 300))
    const latencies: number[] = []
    for (let i = 0; i < 10; i++) {
      const t = performance.now()
      expect(await s.listSources()).toHaveLength(1)
      latencies.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 50))
    }
    // Note: a service reading on its own thread answers only when the 3 s limit stops the read,
    // so a bound well under 3 s tells the two apart without tripping on a loaded machine.
    expect(Math.max(...latencies)).toBeLessThan(1500)
    expect((await importing).results[0]).toMatchObject({ ok: false, error: { code: 'took-too-long' } })
  }, 30_000)

  it('reads the same bytes arriving together once: the others report them already in the library', async () => {
    const s = new WorkbenchService({ host: 'cli', importPool: pool({ size: 2 }) })
    const data = policy(9)
    const reports = await Promise.all(Array.from({ length: 20 }, (_, i) => s.importFiles({ files: [{ name: `same-${i}.txt`, dataBase64: data }] })))
    const results = reports.map((r) => r.results[0]!)
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1)
    expect(await s.listSources()).toHaveLength(1)
  }, 30_000)

  it('fails what is waiting once closed, naming each file', async () => {
    const p = pool({ size: 1 })
    await p.close()
    await expect(p.run({ name: 'late.txt', bytes: new Uint8Array([65]), importedAt: '2026-01-01T00:00:00Z' })).rejects.toMatchObject({ file: 'late.txt' })
  })
})
