/**
 * A new clause or section of the author's own, shown and written in before the service has
 * saved it (issue 10: "a new clause of your own gets the focus"). Pressing "New clause" or
 * "Add a section" makes a pending insert with the id the clause or section will have (the
 * action carries it, so the service uses it), shown at once in the document and the outline,
 * numbered where it will be. What is typed into it meanwhile is kept here; when the service
 * answers, the saved item takes its place and the words typed follow as the usual edit (a
 * second undo step: the draft's history has no way to fold an edit into the step before it).
 * Refused, it stays where it is with its words and the reason, until tried again (the words
 * then go with the insert, one step) or discarded. Pure, so the rules are tested under Node.
 */
import { applyDraftAction, clauseCount, stateCounts, type DraftAction, type DraftPosition } from '../../../shared/draft'
import { plural, stateCountsInWords } from '../../../shared/text/wording'
import type { Draft } from '../../../shared/model'

/**
 * `refused` is null while the service has it; once the service refuses it, the reason shown
 * beside it: the item stays where it was, its words in its field, until the author tries
 * again or discards it (issue 10: a refused clause's words must not be lost).
 */
export type PendingInsert =
  | { kind: 'clause'; id: string; action: Extract<DraftAction, { type: 'add-clause' }>; typed: string; refused: string | null }
  | { kind: 'section'; id: string; action: Extract<DraftAction, { type: 'add-section' }>; typed: string; refused: string | null }

/** A new empty clause of one's own at a place, with the id it will be saved under. */
export function pendingClause(id: string, at: DraftPosition): PendingInsert {
  return { kind: 'clause', id, action: { type: 'add-clause', at: { ...at }, text: '', id }, typed: '', refused: null }
}

/** A new section with no heading yet, at an index among the sections. */
export function pendingSection(id: string, index: number): PendingInsert {
  return { kind: 'section', id, action: { type: 'add-section', index, heading: '', id }, typed: '', refused: null }
}

/**
 * The insert as it is to be made now: with the words typed so far, and (a clause whose
 * section went while it waited, refused) at the end of the last section, so that it is
 * still shown and a retry still lands somewhere the author can see.
 */
export function insertAction(draft: Draft, pending: PendingInsert): DraftAction {
  if (pending.kind === 'section') return { ...pending.action, heading: pending.typed }
  const at = draft.sections.some((s) => s.id === pending.action.at.sectionId)
    ? pending.action.at
    : { sectionId: draft.sections.at(-1)?.id ?? pending.action.at.sectionId, index: draft.sections.at(-1)?.clauses.length ?? 0 }
  return { ...pending.action, at, text: pending.typed }
}

/**
 * The draft as the author sees it: the saved draft with the pending insert made, by the very
 * reducer the service runs, so it lands and is numbered exactly where the service will put it,
 * with the words typed into it (so the outline shows them, as for a saved clause).
 * Note: its time is the saved draft's, so nothing that watches `updatedAt` thinks it changed.
 */
export function withPending(draft: Draft, pending: PendingInsert | null): Draft {
  if (!pending) return draft
  const at = draft.metadata.updatedAt
  return applyDraftAction(draft, insertAction(draft, pending), { newId: () => pending.id, now: () => at })
}

/** The pending insert with what has been typed into it so far; unchanged when `id` is not it (it has been saved, or refused). */
export function typedInto(pending: PendingInsert | null, id: string, text: string): PendingInsert | null {
  return pending && pending.id === id ? { ...pending, typed: text } : pending
}

/** What to do once the service has answered the insert. */
export type Settled =
  /** Saved: send `followUp` (the words typed meanwhile, as the usual edit), when there were any. */
  | { saved: true; followUp: DraftAction | null }
  /** Not saved: the reason, shown beside the item that keeps its words (`refused`). */
  | { saved: false; reason: string }

/**
 * The service saved a draft after the insert: the item is there (its words follow as an edit
 * or a rename), or it is not, because the reducer declined it (a draft at its size limit, a
 * section gone meanwhile), which is a refusal like any other.
 */
export function settle(pending: PendingInsert, saved: Draft): Settled {
  const section = saved.sections.find((s) => s.id === pending.id)
  const clause = saved.sections.flatMap((s) => s.clauses).find((c) => c.id === pending.id)
  if (pending.kind === 'section' ? !section : !clause) return { saved: false, reason: `The draft has no room for the new ${pending.kind}.` }
  if (pending.kind === 'section') {
    return { saved: true, followUp: pending.typed !== '' && pending.typed !== section!.heading ? { type: 'rename-section', sectionId: pending.id, heading: pending.typed } : null }
  }
  return { saved: true, followUp: pending.typed !== '' && pending.typed !== clause!.text ? { type: 'edit-clause', clauseId: pending.id, text: pending.typed } : null }
}

/**
 * The insert refused by the service, kept with its words and the reason: why it was not
 * saved, and that the words are still in it. Said once (an alert), so it says it all.
 */
export function refused(pending: PendingInsert, reason: string): PendingInsert {
  const what = pending.kind === 'clause' ? 'new clause' : 'new section'
  const said = reason.trim() === '' ? '' : ` ${/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`}`
  const kept = pending.typed.trim() === '' ? '' : pending.kind === 'clause' ? ' Your words are kept in it.' : ' Its heading is kept.'
  return { ...pending, refused: `The ${what} was not saved.${said}${kept} Try again, or discard it.` }
}

/** Tried again: waiting for the service once more, with the words typed so far. */
export function retried(pending: PendingInsert): PendingInsert {
  return { ...pending, refused: null }
}

/**
 * The draft's counts line ("2 sections, 5 clauses: 3 as in source, 1 adapted, 1 new"): a new
 * item still waiting for the service is counted, as it is shown numbered where it will be; a
 * refused one is not in the draft, so it is not counted but named apart ("1 new clause not
 * saved"). Counting it as "new" said the draft held a clause it did not.
 */
export function draftFacts(draft: Draft, pending: PendingInsert | null, shown?: Draft): string {
  // `shown`: the draft with the pending insert made, when the caller has it already (withPending).
  const counted = pending?.refused ? draft : (shown ?? withPending(draft, pending))
  const facts = `${plural(counted.sections.length, 'section')}, ${plural(clauseCount(counted), 'clause')}: ${stateCountsInWords(stateCounts(counted))}`
  return pending?.refused ? `${facts}; 1 new ${pending.kind} not saved` : facts
}
