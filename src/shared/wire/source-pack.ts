/**
 * A source document packed for the wire: the same document in about two fifths of the bytes.
 * Note: a 1,000-clause source was 540 kB of JSON, and receiving it in the page cost more than
 * anything the service did to answer (12-127 ms for the body alone at load 3 on this machine, growing with its size).
 * Most of those bytes said the same thing a thousand times: each clause carried the source's
 * 64-character id, an id made of the source id's first 16 characters and its position, its
 * whole section trail, its Markdown `inline` text although nine clauses in ten have none (it is
 * then the plain text again), and its field names. Packed, a clause is one row of values; the
 * trails and topics are tables, and whatever does not follow the pattern travels as it is, so
 * unpacking gives back exactly the document packed (tests/wire/source-pack.test.ts).
 */
import type { Clause, SourceDocument } from '../model'
import { idAt, idPrefixOf, positionIn, restOf, trailTable, ValueTable } from './pack-parts'

/** Marks a packed document; a later change of layout gets a new mark. */
export const SOURCE_PACK = 'source-pack/1'

/**
 * One clause: [id, trail, label, level, text, inline, topics, rest?].
 * - id: the position k when the clause id is `<idPrefix>.<k>`, else the id as it is;
 * - trail: index into `trails`;
 * - inline: 0 when it is the text again;
 * - topics: indexes into `topics`;
 * - rest: every other field, and `sourceId` when it is not the document's id.
 */
export type PackedClause = [number | string, number, string | null, number, string, 0 | string, number[], Record<string, unknown>?]

export interface PackedSource {
  pack: typeof SOURCE_PACK
  /** The source without its clauses. */
  head: Omit<SourceDocument, 'clauses'>
  idPrefix: string
  trails: string[][]
  topics: string[]
  clauses: PackedClause[]
}

const PACKED_KEYS = new Set(['id', 'sourceId', 'section', 'label', 'level', 'text', 'inline', 'topics'])

export function packSource(source: SourceDocument): PackedSource {
  const { clauses, ...head } = source
  const idPrefix = idPrefixOf(source.id)
  const trails = trailTable()
  const topics = new ValueTable<string>((topic) => topic)
  const packed = clauses.map((clause): PackedClause => {
    const trail = trails.indexOf(clause.section)
    const topicRefs = clause.topics.map((topic) => topics.indexOf(topic))
    const position = positionIn(clause.id, idPrefix)
    const row: PackedClause = [position ?? clause.id, trail, clause.label, clause.level, clause.text, clause.inline === clause.text ? 0 : clause.inline, topicRefs]
    let rest = restOf(clause, PACKED_KEYS)
    if (clause.sourceId !== source.id) rest = { ...rest, sourceId: clause.sourceId }
    if (rest) row.push(rest)
    return row
  })
  return { pack: SOURCE_PACK, head, idPrefix, trails: trails.values, topics: topics.values, clauses: packed }
}

export function isPackedSource(value: unknown): value is PackedSource {
  return typeof value === 'object' && value !== null && (value as { pack?: unknown }).pack === SOURCE_PACK
}

export function unpackSource(packed: PackedSource): SourceDocument {
  const { head, idPrefix, trails, topics } = packed
  const clauses = packed.clauses.map(([id, trail, label, level, text, inline, topicRefs, rest]): Clause => {
    const clause: Clause = {
      id: idAt(id, idPrefix),
      sourceId: head.id,
      // Note: a copy per clause, as the unpacked JSON had: nothing that edits one clause's trail can reach another's.
      section: [...trails[trail]!],
      label,
      level,
      text,
      inline: inline === 0 ? text : inline,
      topics: topicRefs.map((k) => topics[k]!),
    }
    return rest ? Object.assign(clause, rest) : clause
  })
  return { ...head, clauses } as SourceDocument
}
