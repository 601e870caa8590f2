/**
 * A tracked document with every change accepted, or every change rejected, as Word does it:
 * the texts the writer's output must give back. Used by the tests' invariants and by the
 * writer's tests as the expected side of its round trip.
 */
import type { SegmentOp, TrackedDocument } from './types'

export interface ResolvedSection {
  heading: string
  clauses: string[]
}

/** Every change accepted: the draft's sections and clause texts. */
export function acceptAll(tracked: TrackedDocument): ResolvedSection[] {
  return resolve(tracked, 'insert', 'inserted', new Set(['deleted', 'moved-from']))
}

/** Every change rejected: the base's sections and clause texts. */
export function rejectAll(tracked: TrackedDocument): ResolvedSection[] {
  return resolve(tracked, 'delete', 'deleted', new Set(['inserted', 'moved-to']))
}

function resolve(tracked: TrackedDocument, keepOp: SegmentOp, keptSection: 'inserted' | 'deleted', dropped: Set<string>): ResolvedSection[] {
  const out: ResolvedSection[] = []
  for (const section of tracked.sections) {
    const gone = section.change !== undefined && section.change !== keptSection
    if (!gone) {
      const heading = section.headingSegments ? textOf(section.headingSegments, keepOp) : section.heading
      out.push({ heading, clauses: [] })
    }
    for (const clause of section.clauses) {
      if (clause.change && dropped.has(clause.change)) continue
      // Note: a clause kept under a removed heading joins the section before it, as in Word.
      if (out.length === 0) out.push({ heading: '', clauses: [] })
      out.at(-1)!.clauses.push(textOf(clause.segments, keepOp))
    }
  }
  return out
}

function textOf(segments: readonly { text: string; op: SegmentOp }[], keepOp: SegmentOp): string {
  return segments.filter((s) => s.op === 'equal' || s.op === keepOp).map((s) => s.text).join('')
}
