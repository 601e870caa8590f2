/**
 * Weak pairs between different policies: each corpus policy compared with the next two in
 * manifest order (28 comparisons of two different policies), counting the aligned groups whose
 * similarity is below 0.3. A rule that pairs leftovers on weak evidence should barely move it.
 *   npx tsx bench/align-weak-pairs.ts [--list]
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { alignClauses } from '../src/shared/compare/align'
import { importFile } from '../src/shared/import/import-file'

const WEAK = 0.3
const root = path.join(import.meta.dirname, '..', 'corpus')
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { file: string }[]
const docs = await Promise.all(
  manifest.map((m) => importFile({ name: m.file, bytes: new Uint8Array(readFileSync(path.join(root, m.file))), importedAt: '2026-01-01T00:00:00Z' })),
)
const list = process.argv.includes('--list')
let weak = 0
let groups = 0
let comparisons = 0
for (let k = 0; k < docs.length; k++) {
  for (const step of [1, 2]) {
    const a = docs[k]!
    const b = docs[(k + step) % docs.length]!
    comparisons++
    for (const g of alignClauses(a.clauses, b.clauses).groups) {
      groups++
      if (g.similarity >= WEAK) continue
      weak++
      if (list) console.log(`${g.similarity.toFixed(3)}  ${a.clauses[g.a[0]!]!.text.slice(0, 60)}  |  ${b.clauses[g.b[0]!]!.text.slice(0, 60)}`)
    }
  }
}
console.log(JSON.stringify({ name: 'align-weak-pairs', comparisons, groups, weak }))
