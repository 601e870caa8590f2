/**
 * Words the workbench says in more than one place: counts with their nouns, topic names, where
 * a draft clause came from, and the file-too-large sentence. Said once here so the desktop app,
 * the browser, the command line and (next) the Word export say them the same way.
 */
import type { ClauseOrigin, DraftClauseState, TopicId } from '../model'
// Note: the taxonomy's data, not the tagger, so importers that count in words load no cue tables.
import taxonomy from '../topics/taxonomy.json' with { type: 'json' }

/** A count as a person reads it: 1,234 with the thousands marked, as in British English. */
export function count(n: number): string {
  return n.toLocaleString('en-GB')
}

/**
 * Just the noun (or phrase) that agrees with n: "clause" or "clauses", "image was" or "images
 * were". The plural is the singular plus "s" unless given.
 */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many
}

/** The count and its noun: "1 clause", "3 clauses", "2 text boxes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${pluralWord(n, one, many)}`
}

const topicLabels = new Map<TopicId, string>(taxonomy.topics.map((t) => [t.id, t.label]))

/** A topic's name from the taxonomy; an id the taxonomy no longer has is shown as it is. */
export function topicLabel(id: TopicId): string {
  return topicLabels.get(id) ?? id
}

/** The badge on a draft clause: how its text stands against the source it came from. */
export const clauseStateLabel: Record<DraftClauseState, string> = { verbatim: 'As in source', adapted: 'Adapted', new: 'New' }

/** "Social Media Policy 3.2": the source clause a draft clause came from, as printed. */
export function originName(origin: Pick<ClauseOrigin, 'sourceTitle' | 'label'>): string {
  return origin.label ? `${origin.sourceTitle} ${origin.label}` : origin.sourceTitle
}

/** One line of provenance: "As in Social Media Policy 3.2", "Adapted from …", or "New". */
export function provenance(state: DraftClauseState, origin: Pick<ClauseOrigin, 'sourceTitle' | 'label'> | undefined): string {
  if (state === 'new' || !origin) return 'New'
  return `${state === 'verbatim' ? 'As in' : 'Adapted from'} ${originName(origin)}`
}

/** "4 as in source, 2 adapted, 1 new": a draft's clauses by how they stand. */
export function stateCountsInWords(counts: Record<DraftClauseState, number>): string {
  return `${count(counts.verbatim)} as in source, ${count(counts.adapted)} adapted, ${count(counts.new)} new`
}

/** Whole megabytes, as a person would round them when told a file is too big. */
const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`

/** Said before a file too large to be a policy is read, by the importer and the command line. */
export function fileTooLargeMessage(fileName: string, bytes: number, maxBytes: number): string {
  return `${fileName} is ${megabytes(bytes)}, larger than the ${megabytes(maxBytes)} a policy could be; it was not imported.`
}
