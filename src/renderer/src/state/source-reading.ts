/**
 * How the reader lays a source out: its front matter (document control, version history,
 * front-matter metadata: clauses with role 'front-matter') apart as the document's details,
 * and the rest in reading order grouped under their headings. Pure: tested under Node.
 */
import { isPolicyClause } from '../../../shared/model-clauses'
import type { Clause, DocumentControl, SourceDocument } from '../../../shared/model'

export interface SectionGroup {
  trail: string[]
  clauses: Clause[]
}

export interface SourceReading {
  /** The lines of the document-control and history blocks as printed, in order. */
  frontMatter: Clause[]
  /** Everything else, by section; a table's header row stays where it stood, as text only. */
  groups: SectionGroup[]
}

export function groupBySection(clauses: readonly Clause[]): SectionGroup[] {
  const groups: SectionGroup[] = []
  for (const clause of clauses) {
    const last = groups.at(-1)
    if (last && last.trail.join('\u0000') === clause.section.join('\u0000')) last.clauses.push(clause)
    else groups.push({ trail: clause.section, clauses: [clause] })
  }
  return groups
}

export function sourceReading(source: Pick<SourceDocument, 'clauses'>): SourceReading {
  return {
    frontMatter: source.clauses.filter((c) => c.role === 'front-matter'),
    groups: groupBySection(source.clauses.filter((c) => c.role !== 'front-matter')),
  }
}

/** Whether a clause can go into the draft (by button or drag): policy text only. */
export const canTakeIntoDraft = isPolicyClause

/** The document-control fields in the order a reader looks for them, with their names. */
const CONTROL_FIELDS: [keyof DocumentControl, string][] = [
  ['version', 'Version'],
  ['status', 'Status'],
  ['date', 'Date'],
  ['organisation', 'Organisation'],
  ['owner', 'Owner'],
  ['approver', 'Approved by'],
  ['reviewDate', 'Review date'],
]

export function controlFacts(control: DocumentControl | undefined): { name: string; value: string }[] {
  if (!control) return []
  return CONTROL_FIELDS.flatMap(([key, name]) => (control[key] ? [{ name, value: control[key] }] : []))
}

/** One line of the reader's list: a section's heading, or a clause with its place in its section. */
export type ReadingItem =
  | { kind: 'head'; group: number; trail: string[] }
  | { kind: 'clause'; group: number; clause: Clause; n: number; of: number }

/**
 * The groups as one flat list, for a windowed reader: each section's heading (the trail below
 * the title, which already heads the page; none when that leaves nothing) then its clauses.
 */
export function readingItems(groups: readonly SectionGroup[], title: string): ReadingItem[] {
  return groups.flatMap((group, g) => {
    const trail = group.trail[0] === title ? group.trail.slice(1) : group.trail
    const head: ReadingItem[] = trail.length > 0 ? [{ kind: 'head', group: g, trail }] : []
    return [...head, ...group.clauses.map((clause, k): ReadingItem => ({ kind: 'clause', group: g, clause, n: k + 1, of: group.clauses.length }))]
  })
}
