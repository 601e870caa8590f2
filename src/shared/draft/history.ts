/**
 * Undo and redo as snapshots of the draft (cheap: the reducer shares what did not change).
 * A step is one dispatched action, a batch included; an action that changes nothing is no
 * step. The past is bounded, oldest dropped first. Each step keeps its description, made when
 * it was dispatched, so the Edit menu can say what Undo and Redo will do.
 */
import type { Draft } from '../model'
import type { DraftAction } from './actions'
import { describeAction } from './describe'
import { applyDraftAction, type DraftContext } from './reducer'

export const DEFAULT_HISTORY_LIMIT = 200

export interface DraftHistory {
  /** Oldest first; the last is the draft before the most recent step. */
  past: Draft[]
  present: Draft
  /** Nearest first: future[0] is what Redo gives. */
  future: Draft[]
  /** pastSteps[i] describes the step from past[i] to the draft after it. */
  pastSteps: string[]
  /** futureSteps[i] describes the step that Redo takes to future[i]. */
  futureSteps: string[]
}

export function createHistory(present: Draft): DraftHistory {
  return { past: [], present, future: [], pastSteps: [], futureSteps: [] }
}

export function dispatch(history: DraftHistory, action: DraftAction, ctx: DraftContext, limit = DEFAULT_HISTORY_LIMIT): DraftHistory {
  const next = applyDraftAction(history.present, action, ctx)
  if (next === history.present) return history
  return commit(history, next, describeAction(action, history.present, next), limit)
}

/**
 * `next` becomes the present as one undoable step named `label`, for a change made other than
 * by an action (restoring a named version). The past keeps its bound and Redo is cleared, as
 * for any dispatched step; `next` that is the present itself is no step.
 */
export function commit(history: DraftHistory, next: Draft, label: string, limit = DEFAULT_HISTORY_LIMIT): DraftHistory {
  if (next === history.present) return history
  const keep = Math.max(0, Math.trunc(limit))
  const past = [...history.past, history.present]
  const pastSteps = [...history.pastSteps, label]
  const drop = Math.max(0, past.length - keep)
  return { past: past.slice(drop), present: next, future: [], pastSteps: pastSteps.slice(drop), futureSteps: [] }
}

export const canUndo = (history: DraftHistory): boolean => history.past.length > 0
export const canRedo = (history: DraftHistory): boolean => history.future.length > 0

export function undo(history: DraftHistory): DraftHistory {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    pastSteps: history.pastSteps.slice(0, -1),
    futureSteps: [history.pastSteps.at(-1) ?? 'change', ...history.futureSteps],
  }
}

export function redo(history: DraftHistory): DraftHistory {
  const [next, ...future] = history.future
  if (next === undefined) return history
  return {
    past: [...history.past, history.present],
    present: next,
    future,
    pastSteps: [...history.pastSteps, history.futureSteps[0] ?? 'change'],
    futureSteps: history.futureSteps.slice(1),
  }
}

/** What Undo would undo ("edit clause 2.3"), or null when there is nothing to undo. */
export const lastStep = (history: DraftHistory): string | null => (canUndo(history) ? (history.pastSteps.at(-1) ?? 'change') : null)

/** What Redo would redo, or null. */
export const nextStep = (history: DraftHistory): string | null => (canRedo(history) ? (history.futureSteps[0] ?? 'change') : null)

/** The Edit menu's items: "Undo: edit clause 2.3", or plain "Undo" when there is nothing to undo. */
export function undoLabel(history: DraftHistory): string {
  const step = lastStep(history)
  return step === null ? 'Undo' : `Undo: ${step}`
}

export function redoLabel(history: DraftHistory): string {
  const step = nextStep(history)
  return step === null ? 'Redo' : `Redo: ${step}`
}
