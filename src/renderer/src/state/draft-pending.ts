/**
 * A new clause or section of the author's own, shown and written in before the service has
 * saved it (issue 10: "a new clause of your own gets the focus"). Pressing "New clause" or
 * "Add a section" makes a pending insert with the id the clause or section will have (the
 * action carries it, so the service uses it), shown at once in the document and the outline,
 * numbered where it will be. What is typed into it meanwhile is kept here; when the service
 * answers, the saved item takes its place and the words typed follow as the usual edit (a
 * second undo step: the draft's history has no way to fold an edit into the step before it).
 * Pure, so the rules are tested under Node.
 */
import { applyDraftAction, type DraftAction, type DraftPosition } from '../../../shared/draft'
import type { Draft } from '../../../shared/model'

export type PendingInsert =
  | { kind: 'clause'; id: string; action: Extract<DraftAction, { type: 'add-clause' }>; typed: string }
  | { kind: 'section'; id: string; action: Extract<DraftAction, { type: 'add-section' }>; typed: string }

/** A new empty clause of one's own at a place, with the id it will be saved under. */
export function pendingClause(id: string, at: DraftPosition): PendingInsert {
  return { kind: 'clause', id, action: { type: 'add-clause', at: { ...at }, text: '', id }, typed: '' }
}

/** A new section with no heading yet, at an index among the sections. */
export function pendingSection(id: string, index: number): PendingInsert {
  return { kind: 'section', id, action: { type: 'add-section', index, heading: '', id }, typed: '' }
}

/**
 * The draft as the author sees it: the saved draft with the pending insert made, by the very
 * reducer the service runs, so it lands and is numbered exactly where the service will put it.
 * Note: its time is the saved draft's, so nothing that watches `updatedAt` thinks it changed.
 */
export function withPending(draft: Draft, pending: PendingInsert | null): Draft {
  if (!pending) return draft
  const at = draft.metadata.updatedAt
  return applyDraftAction(draft, pending.action, { newId: () => pending.id, now: () => at })
}

/** The pending insert with what has been typed into it so far; unchanged when `id` is not it (it has been saved, or refused). */
export function typedInto(pending: PendingInsert | null, id: string, text: string): PendingInsert | null {
  return pending && pending.id === id ? { ...pending, typed: text } : pending
}

/** What to do once the service has answered the insert. */
export type Settled =
  /** Saved: send `followUp` (the words typed meanwhile, as the usual edit), when there were any. */
  | { saved: true; followUp: DraftAction | null }
  /** Not saved: the reason to show, with the words typed so that they are not lost. */
  | { saved: false; message: string }

/**
 * The service saved a draft after the insert: the item is there (its words follow as an edit
 * or a rename), or it is not, because the reducer declined it (a draft at its size limit, a
 * section gone meanwhile), which is a refusal like any other.
 */
export function settle(pending: PendingInsert, saved: Draft): Settled {
  const section = saved.sections.find((s) => s.id === pending.id)
  const clause = saved.sections.flatMap((s) => s.clauses).find((c) => c.id === pending.id)
  if (pending.kind === 'section' ? !section : !clause) return { saved: false, message: refusal(pending, `The draft has no room for the new ${pending.kind}.`) }
  if (pending.kind === 'section') {
    return { saved: true, followUp: pending.typed !== '' && pending.typed !== section!.heading ? { type: 'rename-section', sectionId: pending.id, heading: pending.typed } : null }
  }
  return { saved: true, followUp: pending.typed !== '' && pending.typed !== clause!.text ? { type: 'edit-clause', clauseId: pending.id, text: pending.typed } : null }
}

/**
 * The message for an insert the service refused: its reason, and the words typed into the
 * item that is now gone, quoted whole so the author can copy them (they are in no field).
 */
export function refusal(pending: PendingInsert, reason: string): string {
  const what = pending.kind === 'clause' ? 'new clause' : 'new section'
  const said = reason.trim() === '' ? '' : ` ${/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`}`
  const typed = pending.typed.trim() === '' ? '' : ` What you typed in it: “${pending.typed}”`
  return `The ${what} was not added.${said}${typed}`
}
