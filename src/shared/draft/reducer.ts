/**
 * The one place a draft changes: an action in, a new draft out. Pure and immutable (unchanged
 * sections and clauses are shared with the old draft, which history relies on to stay small).
 * A stale UI may name a clause or section that is gone: that, and any action that would change
 * nothing, returns the very same draft, so callers can test `next === draft` for "no change".
 */
import type { Draft, DraftClause, DraftMetadata, DraftSection } from '../model'
import type { DraftAction, DraftPosition, EditableMetadata, SimpleDraftAction } from './actions'
import { jsonEqual } from './json-equal'
import { DRAFT_LIMITS } from './limits'

/** Where ids and time come from: injected, so the reducer stays pure and tests deterministic. */
export interface DraftContext {
  newId(): string
  /** ISO 8601 timestamp. */
  now(): string
}

export const DEFAULT_METADATA: EditableMetadata = {
  title: 'Untitled draft',
  organisation: '',
  version: '0.1',
  status: 'draft',
  owner: '',
  approver: '',
  committee: '',
  approvedOn: null,
  reviewDue: null,
}

const EDITABLE_KEYS = Object.keys(DEFAULT_METADATA) as (keyof EditableMetadata)[]

/** A new draft with one empty section, ready for its first clause. */
export function createDraft(ctx: DraftContext, metadata: Partial<EditableMetadata> = {}): Draft {
  const now = ctx.now()
  const id = ctx.newId()
  const editable = mergeMetadata(DEFAULT_METADATA, metadata)
  return {
    id,
    metadata: { ...editable, createdAt: now, updatedAt: now },
    sections: [{ id: ctx.newId(), heading: '', clauses: [] }],
  }
}

export function applyDraftAction(draft: Draft, action: DraftAction, ctx: DraftContext): Draft {
  const next = action.type === 'batch' ? applyBatch(draft, action.actions, ctx) : perform(draft, action, ctx)
  if (next === draft) return draft
  return { ...next, metadata: { ...next.metadata, updatedAt: ctx.now() } }
}

/** Each action applies as it would alone (one that cannot apply is skipped); the whole is one change. */
function applyBatch(draft: Draft, actions: readonly SimpleDraftAction[], ctx: DraftContext): Draft {
  let next = draft
  const idCheck = batchIdCheck(draft, ctx)
  // Note: a nested batch is not part of the type; one sent anyway is skipped, not recursed into.
  for (const action of actions) if ((action as DraftAction).type !== 'batch') next = perform(next, action, idCheck.ctx, idCheck.inUse)
  // Steps that cancel out (add, then remove) are no change.
  return next !== draft && jsonEqual(next, draft) ? draft : next
}

/** Whether an id names a section or clause of the draft: the exact scan, or a batch's quicker check. */
type IdInUse = (draft: Draft, id: string) => boolean

/**
 * The id check for one batch, the same answers as idInUse without scanning the whole draft per
 * action (a recipe of 1,000 clauses made that quadratic). Why it is exact: ids only enter a
 * draft through an insert, so every id the draft ever held in the batch is in `seen` (its ids
 * at the start, the ids given and the ids made since). An id not seen is free; one seen may
 * have been removed since, so only then is the draft scanned.
 */
function batchIdCheck(draft: Draft, ctx: DraftContext): { ctx: DraftContext; inUse: IdInUse } {
  const seen = new Set<string>()
  for (const s of draft.sections) {
    seen.add(s.id)
    for (const c of s.clauses) seen.add(c.id)
  }
  const inUse: IdInUse = (current, id) => {
    if (!seen.has(id)) {
      // Seen from now on: the insert asking may well use it.
      seen.add(id)
      return false
    }
    return idInUse(current, id)
  }
  const newId = (): string => {
    const id = ctx.newId()
    seen.add(id)
    return id
  }
  return { ctx: { newId, now: () => ctx.now() }, inUse }
}

function perform(draft: Draft, action: SimpleDraftAction, ctx: DraftContext, inUse: IdInUse = idInUse): Draft {
  switch (action.type) {
    case 'add-source-clause': {
      const { source } = action
      return insertClause(draft, action.at, action.id, ctx, inUse, (id) => ({
        id,
        text: source.text,
        note: '',
        level: action.level ?? 1,
        origin: {
          sourceId: source.sourceId,
          clauseId: source.clauseId,
          sourceTitle: source.sourceTitle,
          label: source.label,
          originalText: source.text,
        },
      }))
    }
    case 'add-clause':
      return insertClause(draft, action.at, action.id, ctx, inUse, (id) => ({ id, text: action.text, note: '', level: action.level ?? 1 }))
    case 'indent-clause':
      return indentClause(draft, action.clauseId, +1)
    case 'outdent-clause':
      return indentClause(draft, action.clauseId, -1)
    case 'edit-clause':
      if (action.text.length > DRAFT_LIMITS.textChars) return draft
      return updateClause(draft, action.clauseId, (c) => (c.text === action.text ? c : { ...c, text: action.text }))
    case 'restore-clause':
      return updateClause(draft, action.clauseId, (c) =>
        c.origin === undefined || c.text === c.origin.originalText ? c : { ...c, text: c.origin.originalText },
      )
    case 'set-note':
      if (action.note.length > DRAFT_LIMITS.noteChars) return draft
      return updateClause(draft, action.clauseId, (c) => (c.note === action.note ? c : { ...c, note: action.note }))
    case 'move-clause':
      return moveClause(draft, action.clauseId, action.to)
    case 'remove-clause': {
      const at = findClause(draft, action.clauseId)
      if (!at) return draft
      const section = draft.sections[at.section]!
      return withSection(draft, at.section, { ...section, clauses: section.clauses.filter((_, i) => i !== at.clause) })
    }
    case 'add-section': {
      if (draft.sections.length >= DRAFT_LIMITS.sections || action.heading.length > DRAFT_LIMITS.headingChars) return draft
      if (action.id !== undefined && inUse(draft, action.id)) return draft
      const section: DraftSection = { id: action.id ?? ctx.newId(), heading: action.heading, clauses: [] }
      return { ...draft, sections: insertAt(draft.sections, clampIndex(action.index, draft.sections.length), section) }
    }
    case 'rename-section': {
      const s = sectionIndex(draft, action.sectionId)
      const section = draft.sections[s]
      if (!section || section.heading === action.heading || action.heading.length > DRAFT_LIMITS.headingChars) return draft
      return withSection(draft, s, { ...section, heading: action.heading })
    }
    case 'move-section': {
      const s = sectionIndex(draft, action.sectionId)
      const section = draft.sections[s]
      if (!section) return draft
      const rest = draft.sections.filter((_, i) => i !== s)
      const to = clampIndex(action.index, rest.length)
      return to === s ? draft : { ...draft, sections: insertAt(rest, to, section) }
    }
    case 'remove-section': {
      const s = sectionIndex(draft, action.sectionId)
      if (s < 0) return draft
      return { ...draft, sections: draft.sections.filter((_, i) => i !== s) }
    }
    case 'set-metadata': {
      const merged = mergeMetadata(draft.metadata, action.metadata)
      return merged === draft.metadata ? draft : { ...draft, metadata: merged }
    }
    default:
      // A stale or foreign action type: no change, like any other action that cannot apply.
      return draft
  }
}

/** `base` with the editable fields of `patch` that differ; `base` itself when none do. */
function mergeMetadata<M extends EditableMetadata | DraftMetadata>(base: M, patch: Partial<EditableMetadata>): M {
  let merged = base
  for (const key of EDITABLE_KEYS) {
    const value = patch[key]
    if (value === undefined || value === merged[key]) continue
    if (typeof value === 'string' && value.length > DRAFT_LIMITS.fieldChars) continue
    merged = { ...merged, [key]: value } as M
  }
  return merged
}

function insertClause(
  draft: Draft,
  at: DraftPosition,
  givenId: string | undefined,
  ctx: DraftContext,
  inUse: IdInUse,
  make: (id: string) => DraftClause,
): Draft {
  const s = sectionIndex(draft, at.sectionId)
  const section = draft.sections[s]
  if (!section || clauseCount(draft) >= DRAFT_LIMITS.clauses) return draft
  if (givenId !== undefined && inUse(draft, givenId)) return draft
  const clause = make(givenId ?? ctx.newId())
  if (clause.text.length > DRAFT_LIMITS.textChars) return draft
  return withSection(draft, s, { ...section, clauses: insertAt(section.clauses, clampIndex(at.index, section.clauses.length), clause) })
}

function updateClause(draft: Draft, clauseId: string, update: (clause: DraftClause) => DraftClause): Draft {
  const at = findClause(draft, clauseId)
  if (!at) return draft
  const section = draft.sections[at.section]!
  const clause = section.clauses[at.clause]!
  const next = update(clause)
  if (next === clause) return draft
  return withSection(draft, at.section, { ...section, clauses: section.clauses.map((c, i) => (i === at.clause ? next : c)) })
}

/**
 * One level deeper or shallower. A clause can go at most one level below the clause before it
 * (a sub-clause needs a parent), so the first clause of a section cannot be indented; the
 * clauses under it keep their own levels.
 */
function indentClause(draft: Draft, clauseId: string, step: 1 | -1): Draft {
  const at = findClause(draft, clauseId)
  if (!at) return draft
  const clauses = draft.sections[at.section]!.clauses
  const before = clauses[at.clause - 1]
  const deepest = before ? Math.min(3, before.level + 1) : 1
  return updateClause(draft, clauseId, (c) => {
    const level = Math.max(1, Math.min(deepest, c.level + step)) as DraftClause['level']
    return step > 0 ? (level > c.level ? { ...c, level } : c) : level < c.level ? { ...c, level } : c
  })
}

function moveClause(draft: Draft, clauseId: string, to: DraftPosition): Draft {
  const from = findClause(draft, clauseId)
  const target = sectionIndex(draft, to.sectionId)
  if (!from || target < 0) return draft
  const source = draft.sections[from.section]!
  const clause = source.clauses[from.clause]!
  const remaining = source.clauses.filter((_, i) => i !== from.clause)
  if (target === from.section) {
    const index = clampIndex(to.index, remaining.length)
    return index === from.clause ? draft : withSection(draft, target, { ...source, clauses: insertAt(remaining, index, clause) })
  }
  const dest = draft.sections[target]!
  const moved = withSection(draft, from.section, { ...source, clauses: remaining })
  return withSection(moved, target, { ...dest, clauses: insertAt(dest.clauses, clampIndex(to.index, dest.clauses.length), clause) })
}

/** A draft's clauses, counted (a recipe's too: anything with sections of clauses). */
export function clauseCount(draft: { readonly sections: readonly { readonly clauses: readonly unknown[] }[] }): number {
  return draft.sections.reduce((n, s) => n + s.clauses.length, 0)
}

export function findClause(draft: Draft, clauseId: string): { section: number; clause: number } | null {
  for (let s = 0; s < draft.sections.length; s++) {
    const c = draft.sections[s]!.clauses.findIndex((x) => x.id === clauseId)
    if (c >= 0) return { section: s, clause: c }
  }
  return null
}

function sectionIndex(draft: Draft, sectionId: string): number {
  return draft.sections.findIndex((s) => s.id === sectionId)
}

/** Section and clause ids share one space, so an id names one thing in the draft. */
function idInUse(draft: Draft, id: string): boolean {
  return draft.sections.some((s) => s.id === id || s.clauses.some((c) => c.id === id))
}

function withSection(draft: Draft, index: number, section: DraftSection): Draft {
  return { ...draft, sections: draft.sections.map((s, i) => (i === index ? section : s)) }
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)]
}

/** A position made safe: whole, within 0..max; NaN and +Infinity mean the end. */
export function clampIndex(index: number, max: number): number {
  if (Number.isNaN(index)) return max
  return Math.min(max, Math.max(0, Math.trunc(index)))
}
