/**
 * The word vectors' cost (src/shared/compare/semantic): the asset's size, the time to import its
 * module (parsing the JSON), to decode the table on first use, and the memory the decoded table
 * holds; then a clause vector's time. Each figure once per process (decoding happens once).
 *   npx tsx bench/align-word-vectors.ts
 */
import { statSync } from 'node:fs'
import path from 'node:path'

const asset = path.join(import.meta.dirname, '..', 'src', 'shared', 'compare', 'semantic', 'word-vectors.json')
const memory = (): { heap: number; buffers: number } => {
  globalThis.gc?.()
  const m = process.memoryUsage()
  return { heap: m.heapUsed, buffers: m.arrayBuffers }
}
const m0 = memory()
let t0 = performance.now()
const semantic = await import('../src/shared/compare/semantic')
const importMs = performance.now() - t0
const m1 = memory()
t0 = performance.now()
semantic.termVector('polic')
const decodeMs = performance.now() - t0
const m2 = memory()
const terms = ['staff', 'must', 'not', 'post', 'confidenti', 'inform', 'social', 'media', 'account', 'manag']
t0 = performance.now()
const N = 10_000
for (let k = 0; k < N; k++) semantic.clauseVector(terms)
const clauseUs = ((performance.now() - t0) / N) * 1000
const mb = (x: number): number => Number((x / 1e6).toFixed(1))
const figures = {
  name: 'align-word-vectors',
  assetMB: mb(statSync(asset).size),
  importMs: Number(importMs.toFixed(1)),
  decodeMs: Number(decodeMs.toFixed(1)),
  importHeapMB: mb(m1.heap - m0.heap),
  decodedHeapMB: mb(m2.heap - m1.heap),
  decodedBuffersMB: mb(m2.buffers - m1.buffers),
  clauseVectorUs: Number(clauseUs.toFixed(2)),
}
console.log(`word vectors: asset ${figures.assetMB} MB; import ${figures.importMs} ms (+${figures.importHeapMB} MB heap), first use decodes in ${figures.decodeMs} ms (+${figures.decodedHeapMB} MB heap, +${figures.decodedBuffersMB} MB typed arrays); a 10-term clause vector ${figures.clauseVectorUs} us`)
console.log(JSON.stringify(figures))
