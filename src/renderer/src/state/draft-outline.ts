/**
 * The draft as the outline pane shows it, and the outline's moves, as data: numbers and first
 * words per clause, where a drop lands, and what Alt+Up/Down does. Kept apart from the
 * components so the rules are tested without a browser.
 */
import { clauseState, draftLabels, effectiveLevels, moveClauseStep, type DraftAction, type DraftPosition, type SourceClauseRef } from '../../../shared/draft'
import type { Draft, DraftClauseState } from '../../../shared/model'

export interface OutlineClause {
  id: string
  number: string
  level: number
  /** The first words, enough to recognise the clause in a narrow pane. */
  words: string
  state: DraftClauseState
}

export interface OutlineSection {
  id: string
  number: string
  heading: string
  clauses: OutlineClause[]
}

const FIRST_WORDS = 8

export function firstWords(text: string, count = FIRST_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '(empty)'
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ')
}

export function draftOutline(draft: Draft): OutlineSection[] {
  const labels = draftLabels(draft)
  return draft.sections.map((section) => {
    // The level Word prints at (a sub-clause never deeper than one below the clause before it).
    const levels = effectiveLevels(section.clauses.map((c) => c.level))
    return {
      id: section.id,
      number: labels.sections[section.id] ?? '',
      heading: section.heading,
      clauses: section.clauses.map((clause, i) => ({
        id: clause.id,
        number: labels.clauses[clause.id] ?? '',
        level: levels[i] ?? 1,
        words: firstWords(clause.text),
        state: clauseState(clause),
      })),
    }
  })
}

/** Where a drop lands: before or after a clause, or at the end of a section (its heading or empty space). */
export type DropTarget = { clauseId: string; place: 'before' | 'after' } | { sectionId: string }

/** The position in the draft as it is now (the clause being moved still in place), or null for a target that is gone. */
export function dropPosition(draft: Draft, target: DropTarget): DraftPosition | null {
  if ('sectionId' in target) {
    const section = draft.sections.find((s) => s.id === target.sectionId)
    return section ? { sectionId: section.id, index: section.clauses.length } : null
  }
  for (const section of draft.sections) {
    const index = section.clauses.findIndex((c) => c.id === target.clauseId)
    if (index >= 0) return { sectionId: section.id, index: target.place === 'before' ? index : index + 1 }
  }
  return null
}

/** "Before or after": the upper half of the element the pointer is over means before. */
export function placeFromPointer(pointerY: number, box: { top: number; height: number }): 'before' | 'after' {
  return pointerY < box.top + box.height / 2 ? 'before' : 'after'
}

/** A source clause dropped at a target: added there, with its provenance. */
export function dropSourceClause(draft: Draft, ref: SourceClauseRef, target: DropTarget): DraftAction | null {
  const at = dropPosition(draft, target)
  return at ? { type: 'add-source-clause', at, source: { ...ref } } : null
}

/**
 * A draft clause dragged to a target. Note: move-clause counts its index without the moved
 * clause, so a later place in its own section is one less than in the draft as it stands.
 */
export function dropDraftClause(draft: Draft, clauseId: string, target: DropTarget): DraftAction | null {
  const at = dropPosition(draft, target)
  if (!at) return null
  const section = draft.sections.find((s) => s.id === at.sectionId)!
  const from = section.clauses.findIndex((c) => c.id === clauseId)
  if (from >= 0 && (at.index === from || at.index === from + 1)) return null // dropped on its own place
  const index = from >= 0 && from < at.index ? at.index - 1 : at.index
  return { type: 'move-clause', clauseId, to: { sectionId: at.sectionId, index } }
}

/** Alt+ArrowUp / Alt+ArrowDown on a clause: one step, as the Up and Down buttons move it. */
export function outlineKeyMove(draft: Draft, clauseId: string, key: { key: string; altKey: boolean }): DraftAction | null {
  if (!key.altKey || (key.key !== 'ArrowUp' && key.key !== 'ArrowDown')) return null
  return moveClauseStep(draft, clauseId, key.key === 'ArrowUp' ? 'up' : 'down')
}

/** "In your draft as 3.2": each source clause the draft holds, by the source clause's id, with its draft number (the first if used twice). */
export function draftMarks(draft: Draft): Record<string, string> {
  const labels = draftLabels(draft)
  const marks: Record<string, string> = Object.create(null)
  for (const section of draft.sections) {
    for (const clause of section.clauses) {
      const from = clause.origin?.clauseId
      if (from && !(from in marks)) marks[from] = labels.clauses[clause.id] ?? ''
    }
  }
  return marks
}

/** The draft's clause ids in order, for noticing which clauses a change added. */
export function clauseIds(draft: Draft): string[] {
  return draft.sections.flatMap((s) => s.clauses.map((c) => c.id))
}

/** Clauses in `now` that were not in `before`; none when it is another draft (opening one is not adding to it). */
export function addedClauseIds(before: { draftId: string; ids: readonly string[] } | null, draft: Draft): string[] {
  if (!before || before.draftId !== draft.id) return []
  const had = new Set(before.ids)
  return clauseIds(draft).filter((id) => !had.has(id))
}
