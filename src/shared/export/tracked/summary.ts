/** The committee pack's "summary of changes since the base", counted from a tracked document. */
import type { TrackedClause, TrackedDocument } from './types'

export interface ChangeSummary {
  clausesNew: number
  /** Clauses whose words changed, in place or on the way to where they moved. */
  clausesChanged: number
  clausesRemoved: number
  /** A moved clause whose words changed counts here and in clausesChanged. */
  clausesMoved: number
  sectionsAdded: number
  sectionsRemoved: number
  /** Sections kept whose heading was reworded. */
  sectionsRenamed: number
}

const reworded = (clause: TrackedClause): boolean => clause.segments.some((s) => s.op !== 'equal')

export function summariseChanges(tracked: TrackedDocument): ChangeSummary {
  const summary: ChangeSummary = { clausesNew: 0, clausesChanged: 0, clausesRemoved: 0, clausesMoved: 0, sectionsAdded: 0, sectionsRemoved: 0, sectionsRenamed: 0 }
  for (const section of tracked.sections) {
    if (section.change === 'inserted') summary.sectionsAdded++
    else if (section.change === 'deleted') summary.sectionsRemoved++
    else if (section.headingSegments) summary.sectionsRenamed++
    for (const clause of section.clauses) {
      if (clause.change === 'inserted') summary.clausesNew++
      else if (clause.change === 'deleted') summary.clausesRemoved++
      else if (clause.change === 'moved-to') {
        summary.clausesMoved++
        if (reworded(clause)) summary.clausesChanged++
      } else if (clause.change === undefined && reworded(clause)) summary.clausesChanged++
    }
  }
  return summary
}

/** True when the draft says exactly what the base said. */
export function hasChanges(tracked: TrackedDocument): boolean {
  return Object.values(summariseChanges(tracked)).some((n) => n > 0)
}
