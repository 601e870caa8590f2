/**
 * What changed between a base and the draft, as the tracked-changes writer reads it: one shape
 * whichever the base was (a named version of the draft, or any source in the library). Plain
 * JSON, in the draft's reading order, with what the base had and the draft lost placed where it
 * stood in the base.
 *
 * The two invariants (tested): keeping equal and insert segments of every clause that is not
 * deleted or moved-from gives the draft's clause texts in order; keeping equal and delete
 * segments of every clause that is not inserted or moved-to gives the base's.
 */

export type SegmentOp = 'equal' | 'insert' | 'delete'

export interface TrackedSegment {
  text: string
  op: SegmentOp
}

export type ClauseChange = 'inserted' | 'deleted' | 'moved-from' | 'moved-to'

export interface TrackedClause {
  /** The draft clause's id; for a deleted or moved-from clause, the base clause's id. */
  clauseId?: string
  /** 1 clause, 2 sub-clause, 3 sub-sub-clause. */
  level: number
  /** Absent for a clause kept in place (its segments say whether its words changed). */
  change?: ClauseChange
  /** Pairs a moved-from clause with its moved-to clause ("move1", "move2", ... in reading order). */
  moveName?: string
  /**
   * Unchanged: one equal segment. Changed in place or moved-to: word-level segments. Inserted:
   * one insert segment; deleted: one delete segment; moved-from: one equal segment (the base
   * text, which the move marks as a whole).
   */
  segments: TrackedSegment[]
}

export interface TrackedSection {
  /** The draft's heading; for a deleted section, the base's. */
  heading: string
  /**
   * 'deleted': the heading paragraph is gone. Its clauses are mostly deleted or moved-from too,
   * but a clause kept there belongs, once the changes are accepted, to the section before (the
   * author merged two sections by removing a heading). 'inserted' is the reverse: a new heading,
   * whose clauses may be kept ones that sat in the section before it in the base.
   */
  change?: 'inserted' | 'deleted'
  /** Only when a kept section's heading was reworded: the heading's word-level segments. */
  headingSegments?: TrackedSegment[]
  clauses: TrackedClause[]
}

export interface TrackedDocument {
  sections: TrackedSection[]
}
