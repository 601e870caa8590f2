/**
 * The example corpus for the library tests and benchmarks: every file imported once, and the
 * duties of corpus/README.md's overlap table resolved to clause ids
 * (tests/fixtures/library/corpus-duties.json), with the pairing measures reported in the notes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { LibraryFamily } from '../../../src/shared/compare/library'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, ClauseId, SourceDocument } from '../../../src/shared/model'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const corpusDir = path.join(repoRoot, 'corpus')
export const libraryFixtures = path.join(repoRoot, 'tests', 'fixtures', 'library')

/**
 * The id of the one clause of a corpus file whose text holds `words`. Note: throws rather than
 * using vitest's expect, since the benchmarks load this file too; a test that asks for words
 * found in no clause, or in several, fails with the file and the words named.
 */
export function clauseIdByText(corpus: readonly SourceDocument[], origin: string, words: string): ClauseId {
  const doc = corpus.find((d) => d.origin === origin)
  if (!doc) throw new Error(`${origin}: not in the corpus`)
  const hits = doc.clauses.filter((c) => c.text.includes(words))
  if (hits.length !== 1) throw new Error(`${origin}: ${hits.length} clauses hold "${words}" (expected exactly one)`)
  return hits[0]!.id
}

/** Every corpus file, imported, in file-name order. */
export async function loadCorpus(): Promise<SourceDocument[]> {
  const files = readdirSync(corpusDir)
    .filter((f) => /\.(docx|pdf|html|md|txt|odt)$/.test(f) && f !== 'README.md')
    .sort()
  const docs: SourceDocument[] = []
  for (const file of files) {
    docs.push(await importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(corpusDir, file))), importedAt: '2026-01-01T00:00:00Z' }))
  }
  return docs
}

interface DutyFile {
  sources: Record<string, string>
  duties: { duty: string; clauses: string[]; reversed?: string[] }[]
}

export interface Duty {
  duty: string
  /** Source id → the clauses of that source that state the duty. */
  bySource: Map<string, Set<ClauseId>>
  reversed: Set<ClauseId>
}

const plain = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
const isItem = (c: Clause): boolean => c.label === null || /^(\(?[a-z]\)|[a-z]\.|•)$/.test(c.label) || c.level > 0

/** The clauses one reference names (see the note in corpus-duties.json); throws if none. */
function resolve(docs: Map<string, SourceDocument>, files: Record<string, string>, ref: string): Clause[] {
  const space = ref.indexOf(' ')
  const doc = docs.get(files[ref.slice(0, space)]!)
  if (!doc) throw new Error(`no source for ${ref}`)
  let rest = ref.slice(space + 1)
  const withItems = rest.endsWith('+')
  if (withItems) rest = rest.slice(0, -1)
  let matches: number[]
  if (rest.startsWith('~')) {
    const words = plain(rest.slice(1))
    matches = doc.clauses.flatMap((c, i) => (plain(c.text).includes(words) ? [i] : []))
  } else if (rest.includes('/')) {
    const [section, label] = rest.split('/') as [string, string]
    matches = doc.clauses.flatMap((c, i) => (c.label === label && (c.section.at(-1) ?? '').startsWith(`${section}.`) ? [i] : []))
  } else {
    matches = doc.clauses.flatMap((c, i) => (c.label === rest ? [i] : []))
  }
  if (matches.length !== 1) throw new Error(`${ref} names ${matches.length} clauses`)
  const at = matches[0]!
  const out = [doc.clauses[at]!]
  if (withItems) for (let i = at + 1; i < doc.clauses.length && isItem(doc.clauses[i]!) && doc.clauses[i]!.label !== null; i++) out.push(doc.clauses[i]!)
  return out
}

export function loadDuties(corpus: readonly SourceDocument[]): Duty[] {
  const file = JSON.parse(readFileSync(path.join(libraryFixtures, 'corpus-duties.json'), 'utf8')) as DutyFile
  const docs = new Map(corpus.map((d) => [d.origin, d]))
  return file.duties.map((d) => {
    const bySource = new Map<string, Set<ClauseId>>()
    for (const ref of d.clauses) {
      for (const c of resolve(docs, file.sources, ref)) {
        const set = bySource.get(c.sourceId) ?? new Set()
        set.add(c.id)
        bySource.set(c.sourceId, set)
      }
    }
    const reversed = new Set((d.reversed ?? []).flatMap((ref) => resolve(docs, file.sources, ref).map((c) => c.id)))
    return { duty: d.duty, bySource, reversed }
  })
}

export interface PairingScore {
  /** Predicted cross-source pairs whose clauses are both annotated, and how many share a duty. */
  judged: number
  correct: number
  precision: number
  /** (duty, source, other source) units, and how many a family links. */
  units: number
  found: number
  recall: number
  /** Predicted pairs with a clause the table does not mention (not judged). */
  unjudged: number
  /** The judged pairs that share no duty, for review. */
  wrong: [ClauseId, ClauseId][]
  /** Per duty: units found of units. */
  byDuty: { duty: string; found: number; units: number }[]
}

/**
 * Precision: of the cross-source pairs the families make whose clauses are both in the table,
 * the share that state the same duty. Recall: of the (duty, source A, source B) combinations
 * the table lists, the share where a family holds a clause of A and a clause of B that state
 * the duty. Note: recall counts source pairs, not clause pairs, because a family takes one
 * clause per source while the table may list several (Fernleigh 22-25 for confidentiality).
 */
export function scorePairing(families: readonly LibraryFamily[], duties: readonly Duty[]): PairingScore {
  const dutiesOf = new Map<ClauseId, Set<number>>()
  const reversedIn = new Map<ClauseId, Set<number>>()
  duties.forEach((d, k) => {
    for (const set of d.bySource.values()) for (const id of set) dutiesOf.set(id, (dutiesOf.get(id) ?? new Set()).add(k))
    for (const id of d.reversed) reversedIn.set(id, (reversedIn.get(id) ?? new Set()).add(k))
  })
  let judged = 0
  let correct = 0
  let unjudged = 0
  const wrong: [ClauseId, ClauseId][] = []
  const familyOf = new Map<ClauseId, number>()
  families.forEach((f, k) => {
    for (const m of f.members) familyOf.set(m.clauseId, k)
    for (let i = 0; i < f.members.length; i++) {
      for (let j = i + 1; j < f.members.length; j++) {
        const a = f.members[i]!
        const b = f.members[j]!
        if (a.sourceId === b.sourceId) continue
        const da = dutiesOf.get(a.clauseId)
        const db = dutiesOf.get(b.clauseId)
        const ra = reversedIn.get(a.clauseId)
        const rb = reversedIn.get(b.clauseId)
        const touchesReversal = [...(da ?? [])].some((k) => rb?.has(k)) || [...(db ?? [])].some((k) => ra?.has(k))
        if (touchesReversal) continue
        if (!da || !db) {
          unjudged++
          continue
        }
        judged++
        if ([...da].some((k) => db.has(k))) correct++
        else wrong.push([a.clauseId, b.clauseId])
      }
    }
  })
  let units = 0
  let found = 0
  const byDuty = duties.map((d) => {
    const sources = [...d.bySource.entries()]
    let dutyUnits = 0
    let dutyFound = 0
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        dutyUnits++
        const famsA = new Set([...sources[i]![1]].flatMap((id) => familyOf.get(id) ?? []))
        if ([...sources[j]![1]].some((id) => famsA.has(familyOf.get(id) ?? -1))) dutyFound++
      }
    }
    units += dutyUnits
    found += dutyFound
    return { duty: d.duty, found: dutyFound, units: dutyUnits }
  })
  return { judged, correct, precision: judged ? correct / judged : 1, units, found, recall: units ? found / units : 1, unjudged, wrong, byDuty }
}
