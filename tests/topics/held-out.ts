/**
 * The topic evaluations: clauses written and labelled by hand before the tagger saw them,
 * scored per topic and overall (micro), for the tagger and two baselines. Two sets in one
 * format: tune.json, which cues may be tuned on, and held-out.json, kept out of cue tuning.
 * Shared by the vitest guards and `npm run eval`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { TopicId } from '../../src/shared/model'
import { tagDocumentTopics } from '../../src/shared/topics/tag-document'
import { tagTopics, topics } from '../../src/shared/topics/tag-topics'

interface HeldOutFile {
  /** A clause is [text, topics], or [text, topics, list level] for a list item under a lead ending with a colon. */
  documents: { title: string; subtitle?: string; temper: string; sections: { heading: string; clauses: [string, string[], number?][] }[] }[]
}

export interface LabelledClause {
  document: string
  text: string
  /** The trail an importer gives: title, subtitle if any, section heading. */
  section: string[]
  /** List nesting depth as an importer gives it (0 for body text). */
  level: number
  expected: TopicId[]
}

export interface LabelledDocument {
  title: string
  temper: string
  clauses: LabelledClause[]
}

/**
 * The labelled sets in tests/fixtures/topics/: tune.json, then tune-2.json, tune-3.json,
 * tune-4.json, tune-5.json, tune-6.json, tune-7.json and tune-8.json (each written later, in other tempers, and first scored apart as a fresh check of
 * generalisation), which cues may be tuned on, and held-out.json, which they may not.
 */
export type TopicSet = 'tune' | 'tune-2' | 'tune-3' | 'tune-4' | 'tune-5' | 'tune-6' | 'tune-7' | 'tune-8' | 'held-out'

export function loadHeldOut(): LabelledDocument[] {
  return loadTopicSet('held-out')
}

export function loadTopicSet(set: TopicSet): LabelledDocument[] {
  const file = path.resolve(import.meta.dirname, `../fixtures/topics/${set}.json`)
  const data = JSON.parse(readFileSync(file, 'utf8')) as HeldOutFile
  return data.documents.map((d) => ({
    title: d.title,
    temper: d.temper,
    clauses: d.sections.flatMap((s) =>
      s.clauses.map(([text, expected, level]) => ({ document: d.title, text, section: [d.title, ...(d.subtitle ? [d.subtitle] : []), s.heading], level: level ?? 0, expected })),
    ),
  }))
}

/** A tagger of a whole document: the topics of each clause, in order. */
export type DocumentTagger = (doc: LabelledDocument) => TopicId[][]

export const taggers: Record<string, DocumentTagger> = {
  /** What import does: own section headings only (title and subtitle tag nothing). */
  tagger: (doc) => tagDocumentTopics(doc.clauses, doc.title),
  /** Baseline: the cue phrases in the clause's own words, no headings at all. */
  'keyword in clause only': (doc) => doc.clauses.map((c) => tagTopics(c.text)),
  /** Before this change: the nearest two headings of the whole trail, title included. */
  'whole trail (before)': (doc) => doc.clauses.map((c) => tagTopics(c.text, c.section)),
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Scores {
  overall: Counts
  byTopic: Map<TopicId, Counts>
}

export function score(docs: readonly LabelledDocument[], tagger: DocumentTagger): Scores {
  const overall: Counts = { tp: 0, fp: 0, fn: 0 }
  const byTopic = new Map<TopicId, Counts>(topics.map((t) => [t.id, { tp: 0, fp: 0, fn: 0 }]))
  for (const doc of docs) {
    const got = tagger(doc)
    doc.clauses.forEach((c, i) => {
      const found = got[i]!
      for (const t of found) {
        const k: keyof Counts = c.expected.includes(t) ? 'tp' : 'fp'
        overall[k]++
        byTopic.get(t)![k]++
      }
      for (const t of c.expected) {
        if (found.includes(t)) continue
        overall.fn++
        byTopic.get(t)!.fn++
      }
    })
  }
  return { overall, byTopic }
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp))
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn))
export const f1 = (c: Counts): number => {
  const p = precision(c)
  const r = recall(c)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** A table of per-topic and overall figures for every tagger, for the notes. */
export function report(docs: readonly LabelledDocument[], set: TopicSet = 'held-out'): string {
  const names = Object.keys(taggers)
  const results = names.map((n) => score(docs, taggers[n]!))
  const cell = (c: Counts): string => `${precision(c).toFixed(2)} ${recall(c).toFixed(2)}`.padEnd(12)
  const clauses = docs.reduce((n, d) => n + d.clauses.length, 0)
  const lines = [
    `Topic tagging, ${set} set: ${clauses} clauses of ${docs.length} documents (precision recall)`,
    `${'topic'.padEnd(22)}${'labels'.padEnd(8)}${names.map((n) => n.slice(0, 22).padEnd(24)).join('')}`,
  ]
  for (const t of topics) {
    const labels = results[0]!.byTopic.get(t.id)!
    lines.push(`${t.id.padEnd(22)}${String(labels.tp + labels.fn).padEnd(8)}${results.map((r) => cell(r.byTopic.get(t.id)!).padEnd(24)).join('')}`)
  }
  lines.push(`${'overall (micro)'.padEnd(30)}${results.map((r) => `${cell(r.overall)}F1 ${f1(r.overall).toFixed(2)}`.padEnd(24)).join('')}`)
  return lines.join('\n')
}
