/**
 * A source document packed for the wire: the same document in about a third of the bytes.
 * Note: a 1,000-clause source was 540 kB of JSON, and receiving it in the page cost more than
 * anything the service did to answer (12-70 ms for the body alone, by size, on this machine).
 * Most of those bytes said the same thing a thousand times: each clause carried the source's
 * 64-character id, an id made of the source id's first 16 characters and its position, its
 * whole section trail, its Markdown `inline` text although nine clauses in ten have none (it is
 * then the plain text again), and its field names. Packed, a clause is one row of values; the
 * trails and topics are tables, and whatever does not follow the pattern travels as it is, so
 * unpacking gives back exactly the document packed (tests/wire/source-pack.test.ts).
 */
import type { Clause, SourceDocument } from '../model'

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

/** Clause ids are `<first 16 characters of the source id>.<position>` (import/segment.ts). */
function idPrefixOf(sourceId: string): string {
  return sourceId.slice(0, 16)
}

export function packSource(source: SourceDocument): PackedSource {
  const { clauses, ...head } = source
  const idPrefix = idPrefixOf(source.id)
  const trails: string[][] = []
  const trailIndex = new Map<string, number>()
  const topics: string[] = []
  const topicIndex = new Map<string, number>()
  const packed = clauses.map((clause): PackedClause => {
    // Note: JSON, not a join: [] and [""] must stay two trails.
    const trailKey = JSON.stringify(clause.section)
    let trail = trailIndex.get(trailKey)
    if (trail === undefined) {
      trail = trails.length
      trails.push(clause.section)
      trailIndex.set(trailKey, trail)
    }
    const topicRefs = clause.topics.map((topic) => {
      let k = topicIndex.get(topic)
      if (k === undefined) {
        k = topics.length
        topics.push(topic)
        topicIndex.set(topic, k)
      }
      return k
    })
    const position = positionIn(clause.id, idPrefix)
    const row: PackedClause = [position ?? clause.id, trail, clause.label, clause.level, clause.text, clause.inline === clause.text ? 0 : clause.inline, topicRefs]
    const rest: Record<string, unknown> = {}
    for (const key of Object.keys(clause)) {
      if (!PACKED_KEYS.has(key)) rest[key] = (clause as unknown as Record<string, unknown>)[key]
    }
    if (clause.sourceId !== source.id) rest['sourceId'] = clause.sourceId
    if (Object.keys(rest).length > 0) row.push(rest)
    return row
  })
  return { pack: SOURCE_PACK, head, idPrefix, trails, topics, clauses: packed }
}

/** k when `id` is exactly `<prefix>.<k>` with k written as JSON would write it back. */
function positionIn(id: string, prefix: string): number | null {
  if (id.length <= prefix.length + 1 || !id.startsWith(prefix) || id[prefix.length] !== '.') return null
  const digits = id.slice(prefix.length + 1)
  const k = Number(digits)
  return Number.isSafeInteger(k) && k >= 0 && String(k) === digits ? k : null
}

export function isPackedSource(value: unknown): value is PackedSource {
  return typeof value === 'object' && value !== null && (value as { pack?: unknown }).pack === SOURCE_PACK
}

export function unpackSource(packed: PackedSource): SourceDocument {
  const { head, idPrefix, trails, topics } = packed
  const clauses = packed.clauses.map(([id, trail, label, level, text, inline, topicRefs, rest]): Clause => {
    const clause: Clause = {
      id: typeof id === 'number' ? `${idPrefix}.${id}` : id,
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
