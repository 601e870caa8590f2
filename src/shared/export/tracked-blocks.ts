/**
 * A draft exported as tracked changes against a base: the same frame as buildExport (front
 * matter, comments, provenance appendix), with the body written from the TrackedDocument, so
 * Word's Accept All gives the draft and Reject All the base.
 *
 * Note: numbers are never text. Every heading and clause, deleted ones too, takes its level and
 * a number from the one multilevel list; Word numbers a deleted paragraph only while it is
 * shown, so a clause renumbered by an insertion above it carries no revision mark.
 */
import { effectiveLevels, formatNumber } from '../draft/numbering'
import type { Draft, DraftClause } from '../model'
import { clauseComments, type ExportContext, finishExport, startExport } from './build'
import { inlineRuns } from './inline'
import type { ChangeSegment, ClauseBlock, ExportDocument, HeadingBlock } from './model'
import type { ExportOptionsInput } from './options'
import type { TrackedClause, TrackedDocument, TrackedSegment } from './tracked'

const allEqual = (segments: readonly TrackedSegment[]): boolean => segments.every((s) => s.op === 'equal')
const textOf = (segments: readonly TrackedSegment[]): string => segments.map((s) => s.text).join('')

export function buildTrackedExport(draft: Draft, tracked: TrackedDocument, input: ExportOptionsInput = {}, context: ExportContext = {}): ExportDocument {
  const frame = startExport(draft, input, context)
  const scheme = frame.options.numbering
  const draftClauses = new Map<string, DraftClause>()
  for (const section of draft.sections) for (const clause of section.clauses) draftClauses.set(clause.id, clause)

  tracked.sections.forEach((section, s) => {
    const heading: HeadingBlock = { kind: 'heading', text: section.heading, number: formatNumber(scheme, [s + 1]) }
    if (section.change) heading.change = section.change
    if (section.headingSegments) heading.segments = section.headingSegments
    frame.blocks.push(heading)
    const counters = [s + 1, 0, 0, 0]
    const levels = effectiveLevels(section.clauses.map((c) => c.level))
    section.clauses.forEach((clause, c) => {
      const level = levels[c]!
      counters[level]!++
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0
      // Comments belong to the draft's clause, on the paragraph that stays when accepted.
      const own = clause.change !== 'deleted' && clause.change !== 'moved-from' && clause.clauseId ? draftClauses.get(clause.clauseId) : undefined
      frame.blocks.push(clauseBlock(clause, level, formatNumber(scheme, counters.slice(0, level + 1)), own ? clauseComments(frame, own) : []))
    })
  })
  return finishExport(draft, frame, context)
}

/**
 * Unchanged words keep their emphasis and links (runs); word-level changes are segments.
 * Note: segments are plain text, so inline marks inside a reworded clause print as typed.
 */
function clauseBlock(clause: TrackedClause, level: ClauseBlock['level'], number: string, comments: number[]): ClauseBlock {
  const block: ClauseBlock = { kind: 'clause', id: clause.clauseId ?? `tracked-${number}`, level, number, runs: inlineRuns(textOf(clause.segments)), comments }
  if (clause.change) block.change = clause.change
  if (clause.moveName) block.moveName = clause.moveName
  const wordLevel = clause.change === undefined || clause.change === 'moved-to'
  if (wordLevel && !allEqual(clause.segments)) block.segments = clause.segments.map((seg): ChangeSegment => ({ text: seg.text, op: seg.op }))
  return block
}
