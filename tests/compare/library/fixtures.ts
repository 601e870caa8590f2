/** The fixtures written for these tests (tests/fixtures/library/), as sources of clauses. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { IndexSource, LibraryFamily } from '../../../src/shared/compare/library'
import type { Clause } from '../../../src/shared/model'
import { tagTopics } from '../../../src/shared/topics/tag-topics'
import { libraryFixtures } from './corpus'

interface FixtureClause {
  label: string | null
  section: string[]
  text: string
  topics?: string[]
  family?: string | null
}

/** A clause as the importer would give it; topics from the tagger unless the fixture gives them. */
export function clauseOf(sourceId: string, c: FixtureClause, position: number): Clause {
  return {
    id: `${sourceId}.${position}`,
    sourceId,
    section: c.section,
    label: c.label,
    level: 0,
    text: c.text,
    inline: c.text,
    topics: c.topics ?? tagTopics(c.text, c.section),
  }
}

export interface MiniLibrary {
  sources: IndexSource[]
  /** Clause id → the duty the fixture says it states (null: no other source states it). */
  familyOf: Map<string, string | null>
}

/** A library of short policies whose clauses name their duty: the mini library, or another written like it. */
export function loadMiniLibrary(name = 'mini-library.json'): MiniLibrary {
  const file = JSON.parse(readFileSync(path.join(libraryFixtures, name), 'utf8')) as {
    sources: { id: string; title: string; clauses: FixtureClause[] }[]
  }
  const familyOf = new Map<string, string | null>()
  const sources = file.sources.map((s) => ({
    id: s.id,
    title: s.title,
    clauses: s.clauses.map((c, k) => {
      const clause = clauseOf(s.id, c, k)
      familyOf.set(clause.id, c.family ?? null)
      return clause
    }),
  }))
  return { sources, familyOf }
}

export interface DraftFixture {
  clauses: Clause[]
  byLabel: Map<string, Clause>
  expected: { repeats: [string, string][]; conflicts: [string, string][] }
  notConflicts: { pair: [string, string]; why: string }[]
}

export function loadDraftFixture(): DraftFixture {
  const file = JSON.parse(readFileSync(path.join(libraryFixtures, 'draft-check.json'), 'utf8')) as {
    clauses: FixtureClause[]
    expected: DraftFixture['expected']
    notConflicts: DraftFixture['notConflicts']
  }
  const clauses = file.clauses.map((c, k) => clauseOf('draft', c, k))
  return { clauses, byLabel: new Map(clauses.map((c) => [c.label!, c])), expected: file.expected, notConflicts: file.notConflicts }
}

/** Clause-pair precision and recall of families against the fixture's duties. */
export function scoreMiniLibrary(families: readonly LibraryFamily[], familyOf: ReadonlyMap<string, string | null>): { precision: number; recall: number; predicted: number; truth: number } {
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`)
  const truth = new Set<string>()
  const ids = [...familyOf.keys()]
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!
      const b = ids[j]!
      const fa = familyOf.get(a)
      if (fa && fa === familyOf.get(b) && a.split('.')[0] !== b.split('.')[0]) truth.add(key(a, b))
    }
  }
  const predicted = new Set<string>()
  for (const f of families) {
    for (let i = 0; i < f.members.length; i++) {
      for (let j = i + 1; j < f.members.length; j++) {
        if (f.members[i]!.sourceId !== f.members[j]!.sourceId) predicted.add(key(f.members[i]!.clauseId, f.members[j]!.clauseId))
      }
    }
  }
  const hits = [...predicted].filter((p) => truth.has(p)).length
  return { precision: predicted.size ? hits / predicted.size : 1, recall: truth.size ? hits / truth.size : 1, predicted: predicted.size, truth: truth.size }
}

/** Whether one family holds both clauses. */
export const together = (families: readonly LibraryFamily[], a: string, b: string): boolean => families.some((f) => f.members.some((m) => m.clauseId === a) && f.members.some((m) => m.clauseId === b))
