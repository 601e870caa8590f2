/**
 * The open draft as a document, in the work area's Draft tab: section headings and numbered
 * clauses and sub-clauses as Word will print them, each clause edited in place (DraftClauseItem),
 * with its provenance in the right margin. Source clauses can be dropped in at a position.
 * Its headings and clauses are one list and ONE Tab stop (hooks/useDraftDocKeys.ts): the arrow
 * keys move, Enter or F2 writes, each item's tools are a toolbar (issue 10).
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react'
import { draftLabels, effectiveLevels, moveClauseStep, type DraftAction } from '../../../shared/draft'
import type { DraftSession } from '../hooks/useDraft'
import { clauseItem, draftItemId, focusAtEnd, sectionItem, useDraftDocKeys } from '../hooks/useDraftDocKeys'
import { DRAFT_KEYS_HINT, itemAfterRemoval } from '../state/draft-doc-keys'
import { withPending, type PendingInsert } from '../state/draft-pending'
import { DraftClauseItem, type Refused } from './DraftClauseItem'
import { DraftSectionHeading } from './DraftSectionHeading'
import { hintClass, useClauseDrop } from './DraftOutline'
import './DraftDocument.css'

/** A request to show one clause (from the outline or the draft check); seq tells a repeat apart. */
export interface ClauseJump {
  clauseId: string
  seq: number
}

interface Props {
  session: DraftSession
  justAdded: ReadonlySet<string>
  jump: ClauseJump | null
}

const fieldId = (clauseId: string): string => `draft-clause-${clauseId}`
const headingId = (sectionId: string): string => `draft-section-heading-${sectionId}`

export function DraftDocument({ session, justAdded, jump }: Props): React.JSX.Element {
  const state = session.state
  if (!state) {
    return (
      <div className="draft-doc empty">
        <h2>No draft is open</h2>
        <p className="hint">Start a new draft or open one in the Your draft pane.</p>
      </div>
    )
  }
  return <DraftDocumentBody session={session} justAdded={justAdded} jump={jump} />
}

function DraftDocumentBody({ session, justAdded, jump }: Props): React.JSX.Element {
  const saved = session.state!.draft
  const { pending } = session
  // The draft as the author sees it: with a new clause or section of their own not saved yet.
  const draft = useMemo(() => withPending(saved, pending), [saved, pending])
  const labels = draftLabels(draft)
  const dispatch = (action: DraftAction): void => void session.apply(action)
  const { hint, handlers } = useClauseDrop(draft, dispatch)
  const allIds = draft.sections.flatMap((s) => s.clauses.map((c) => c.id))
  // The list's items in reading order: each section's heading, then its clauses.
  const itemKeys = draft.sections.flatMap((s) => [sectionItem(s.id), ...s.clauses.map((c) => clauseItem(c.id))])
  /** Set by Ctrl+Z / Ctrl+Y on an item: if what it undoes takes the focused item away, the list keeps the focus. */
  const keepListFocus = useRef(false)
  const keys = useDraftDocKeys(itemKeys, {
    undo: () => {
      keepListFocus.current = true
      void session.undo()
    },
    redo: () => {
      keepListFocus.current = true
      void session.redo()
    },
  })
  const hintId = useId()
  /**
   * Set by "New clause" and "Add a section" to the field of the item they made, drawn in the
   * same render: it takes the focus before the next key (issue 10: the first letters went to
   * the button or the page while the service saved the clause).
   */
  const focusField = useRef<string | null>(null)
  /** The pending item and the list it was in, for the focus if the service refuses it. */
  const lastPending = useRef<{ key: string; keys: string[] } | null>(null)
  /** Set by a move: the clause keeps the focus wherever it lands, on its text or on itself. */
  const keepFocus = useRef<{ clauseId: string; on: 'field' | 'item'; from: number } | null>(null)
  /** Set by a removal from inside the item: the focus goes to the item that takes its place. */
  const focusAfterRemoval = useRef<{ removed: string; next: string } | null>(null)

  useEffect(() => {
    // Note: only once the clause has moved: a text saved on leaving its field can come back first.
    const kept = keepFocus.current
    if (kept && itemKeys.indexOf(clauseItem(kept.clauseId)) !== kept.from) {
      document.getElementById(kept.on === 'field' ? fieldId(kept.clauseId) : draftItemId(clauseItem(kept.clauseId)))?.focus()
      keepFocus.current = null
    }
    const removal = focusAfterRemoval.current
    if (removal && !itemKeys.includes(removal.removed)) {
      document.getElementById(draftItemId(removal.next))?.focus()
      focusAfterRemoval.current = null
    }
    const lost = document.activeElement === null || document.activeElement === document.body
    if (keepListFocus.current && lost && keys.stop) document.getElementById(draftItemId(keys.stop))?.focus()
    keepListFocus.current = false
  }, [draft])

  // Note: a layout effect, so the new field has the focus before the frame is painted.
  useLayoutEffect(() => {
    const wanted = focusField.current && document.getElementById(focusField.current)
    if (wanted) {
      focusField.current = null
      focusAtEnd(wanted)
      wanted.scrollIntoView({ block: 'nearest' })
    }
    // Discarded (refused, then given up): the item goes, and the focus it held goes to the item after it (else before), as on a removal.
    const was = lastPending.current
    if (was && !pending && !itemKeys.includes(was.key)) {
      const lost = document.activeElement === null || document.activeElement === document.body
      const next = itemAfterRemoval(was.keys, new Set([was.key]))
      if (lost && next) document.getElementById(draftItemId(next))?.focus()
    }
    lastPending.current = pending ? { key: pending.kind === 'clause' ? clauseItem(pending.id) : sectionItem(pending.id), keys: itemKeys } : null
  }, [pending])

  useEffect(() => {
    const first = [...justAdded][0]
    if (first) document.getElementById(fieldId(first))?.closest('li')?.scrollIntoView({ block: 'nearest' })
  }, [justAdded])

  useEffect(() => {
    if (!jump) return
    // Note: a frame later, because the work area focuses a newly opened tab's panel after this runs.
    // The clause itself takes the focus, so it is said whole; Enter or F2 writes in it.
    const frame = window.requestAnimationFrame(() => {
      const item = document.getElementById(draftItemId(clauseItem(jump.clauseId)))
      item?.scrollIntoView({ block: 'center' })
      item?.focus({ preventScroll: true })
    })
    return () => window.cancelAnimationFrame(frame)
  }, [jump])

  // The level each clause is numbered at, which its indent shows.
  const levels = new Map<string, number>()
  for (const s of draft.sections) {
    const numbered = effectiveLevels(s.clauses.map((c) => c.level))
    s.clauses.forEach((c, i) => levels.set(c.id, numbered[i]!))
  }

  const move = (clauseId: string, step: -1 | 1): void => {
    const action = moveClauseStep(draft, clauseId, step < 0 ? 'up' : 'down')
    if (!action) return
    const item = document.getElementById(draftItemId(clauseItem(clauseId)))
    const from = itemKeys.indexOf(clauseItem(clauseId))
    if (document.activeElement?.id === fieldId(clauseId)) keepFocus.current = { clauseId, on: 'field', from }
    else if (item?.contains(document.activeElement)) keepFocus.current = { clauseId, on: 'item', from }
    void session.apply(action).then((ok) => {
      if (!ok) keepFocus.current = null
    })
  }
  /** Removes an item; if focus was in it, the item after it (else before) takes the focus. */
  const remove = (key: string, action: DraftAction): void => {
    if (document.getElementById(draftItemId(key))?.contains(document.activeElement)) {
      const removed = new Set(action.type === 'remove-section' ? [key, ...(draft.sections.find((s) => sectionItem(s.id) === key)?.clauses.map((c) => clauseItem(c.id)) ?? [])] : [key])
      const next = itemAfterRemoval(itemKeys, removed)
      focusAfterRemoval.current = next === null ? null : { removed: key, next }
    }
    void session.apply(action).then((ok) => {
      if (!ok) focusAfterRemoval.current = null
    })
  }

  /** Makes the new item (or, pressed again before the service has saved it, finds the one waiting) and puts the caret in it. */
  const writeIn = (made: PendingInsert | null): void => {
    if (!made) return
    const field = made.kind === 'clause' ? fieldId(made.id) : headingId(made.id)
    // Drawn already (pressed again while it waits): the caret goes back into it; else once it is drawn.
    if (document.getElementById(field)) focusAtEnd(document.getElementById(field))
    else focusField.current = field
  }
  const writeNew = (sectionId: string, index: number): void => writeIn(session.insert({ clauseAt: { sectionId, index } }))
  const typing = (id: string) => (pending?.id === id ? (text: string) => session.typePending(id, text) : undefined)
  /** A new clause the service refused: why, and "Try again" (the caret back in its words) or "Discard". */
  const refusedOf = (id: string): Refused | undefined =>
    pending?.id === id && pending.refused !== null
      ? {
          message: pending.refused,
          onRetry: () => {
            // Note: its tools wait again, so the focus goes back into its words, ready to go on writing.
            focusAtEnd(document.getElementById(pending.kind === 'clause' ? fieldId(id) : headingId(id)))
            session.retryPending()
          },
          onDiscard: session.discardPending,
        }
      : undefined

  return (
    <article className="draft-doc" aria-labelledby="draft-doc-title" {...handlers} onKeyDown={keys.onKeyDown}>
      <header className="draft-doc-head">
        <h2 id="draft-doc-title">{draft.metadata.title || 'Untitled policy'}</h2>
        <p className="hint">Numbered as Word will print it. Up and Down move between clauses, Enter writes in one and Escape comes back; Alt+Up and Alt+Down move a clause, Alt+Shift+Right and Alt+Shift+Left make it a sub-clause or not; drop a clause from any source where it should go.</p>
        <span id={hintId} className="visually-hidden">
          {DRAFT_KEYS_HINT}
        </span>
      </header>
      {draft.sections.map((section) => {
        const number = labels.sections[section.id]
        return (
          <section key={section.id} className={`draft-doc-section${hint && 'sectionId' in hint && hint.sectionId === section.id ? ' drop-end' : ''}`} data-section-id={section.id} aria-label={`Section ${number}`}>
            <DraftSectionHeading
              section={section}
              number={number ?? ''}
              item={keys.itemProps(sectionItem(section.id))}
              fieldId={headingId(section.id)}
              keysHintId={hintId}
              stop={keys.isStop(sectionItem(section.id))}
              canRemove={draft.sections.length > 1}
              dispatch={dispatch}
              onNewClause={() => writeNew(section.id, section.clauses.length)}
              onRemove={() => remove(sectionItem(section.id), { type: 'remove-section', sectionId: section.id })}
              onPendingText={typing(section.id)}
              refused={refusedOf(section.id)}
            />
            <ol className="draft-clauses draft-doc-clauses">
              {section.clauses.map((clause, i, clauses) => (
                <DraftClauseItem
                  key={clause.id}
                  clause={clause}
                  label={labels.clauses[clause.id] ?? ''}
                  level={levels.get(clause.id) ?? 1}
                  // The reducer's rule: at most one level below the clause before it.
                  canIndent={i > 0 && clause.level < Math.min(3, clauses[i - 1]!.level + 1)}
                  first={allIds[0] === clause.id}
                  last={allIds.at(-1) === clause.id}
                  dispatch={dispatch}
                  onMove={(step) => move(clause.id, step)}
                  highlighted={justAdded.has(clause.id)}
                  dropClass={hintClass(hint, clause.id)}
                  item={keys.itemProps(clauseItem(clause.id))}
                  keysHintId={hintId}
                  onRemove={() => remove(clauseItem(clause.id), { type: 'remove-clause', clauseId: clause.id })}
                  onPendingText={typing(clause.id)}
                  refused={refusedOf(clause.id)}
                />
              ))}
            </ol>
            {/* Note: for the mouse; the keyboard has it as its heading's "New clause", so a long draft is not a Tab stop per section. */}
            <button type="button" className="link" tabIndex={-1} disabled={pending?.id === section.id} onClick={() => writeNew(section.id, section.clauses.length)}>
              Write a new clause in section {number}
            </button>
          </section>
        )
      })}
      <button
        type="button"
        className="secondary"
        // Note: the new heading has the focus at once, so a space typed too soon no longer adds a
        // section per space; pressed again before the service has it, it adds none (writeIn).
        onClick={() => writeIn(session.insert({ sectionAt: saved.sections.length }))}
      >
        Add a section
      </button>
    </article>
  )
}
