/**
 * The open draft as a document, in the work area's Draft tab: section headings and numbered
 * clauses and sub-clauses as Word will print them, each clause edited in place (DraftClauseItem),
 * with its provenance in the right margin. Source clauses can be dropped in at a position.
 * Its headings and clauses are one list and ONE Tab stop (hooks/useDraftDocKeys.ts): the arrow
 * keys move, Enter or F2 writes, each item's tools are a toolbar (issue 10).
 */
import { useEffect, useId, useRef } from 'react'
import { draftLabels, effectiveLevels, moveClauseStep, type DraftAction } from '../../../shared/draft'
import type { DraftSession } from '../hooks/useDraft'
import { clauseItem, draftItemId, sectionItem, useDraftDocKeys } from '../hooks/useDraftDocKeys'
import { DRAFT_KEYS_HINT, itemAfterRemoval } from '../state/draft-doc-keys'
import { DraftClauseItem } from './DraftClauseItem'
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
  const { draft } = session.state!
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
  /** Set when the author asks for a clause of their own: the next new clause takes the focus. */
  const focusNext = useRef(false)
  /** Set by a move: the clause keeps the focus wherever it lands, on its text or on itself. */
  const keepFocus = useRef<{ clauseId: string; on: 'field' | 'item'; from: number } | null>(null)
  /** Set by a removal from inside the item: the focus goes to the item that takes its place. */
  const focusAfterRemoval = useRef<{ removed: string; next: string } | null>(null)
  /**
   * Set by "Add a section" to the sections there were: the new one's heading takes the focus.
   * Note: without it the focus stayed on the button, so the author typing the heading added a
   * section at every space ("Using social media at work" made four more).
   */
  const focusNewSection = useRef<ReadonlySet<string> | null>(null)

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
    // Note: waits for the draft that has the new section (a text saved on leaving its field can come first).
    const before = focusNewSection.current
    const added = before && draft.sections.find((s) => !before.has(s.id))
    if (added) {
      focusNewSection.current = null
      document.getElementById(headingId(added.id))?.focus()
    }
  }, [draft])

  useEffect(() => {
    const first = [...justAdded][0]
    if (!first) return
    const field = document.getElementById(fieldId(first))
    field?.closest('li')?.scrollIntoView({ block: 'nearest' })
    if (focusNext.current) field?.focus()
    focusNext.current = false
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

  const writeNew = (sectionId: string, index: number): void => {
    focusNext.current = true
    dispatch({ type: 'add-clause', at: { sectionId, index }, text: '' })
  }

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
            <div
              className="draft-doc-heading"
              {...keys.itemProps(sectionItem(section.id))}
              role="group"
              aria-label={`Section ${number}: ${section.heading || 'no heading yet'}`}
              aria-describedby={hintId}
            >
              <span className="draft-doc-number">{number}</span>
              <input
                aria-label={`Heading of section ${number}`}
                id={headingId(section.id)}
                data-item-field
                // Note: out of the Tab order: the heading is an item of the list; Enter or F2 writes in it.
                tabIndex={-1}
                placeholder="Section heading"
                defaultValue={section.heading}
                key={`h-${section.id}-${section.heading}`}
                onBlur={(e) => e.target.value !== section.heading && dispatch({ type: 'rename-section', sectionId: section.id, heading: e.target.value })}
              />
              <span className="draft-doc-heading-tools" role="toolbar" aria-label={`Tools for section ${number}`} data-roving-tools>
                <button type="button" className="link" tabIndex={keys.isStop(sectionItem(section.id)) ? 0 : -1} aria-label={`New clause at the end of section ${number}`} onClick={() => writeNew(section.id, section.clauses.length)}>
                  New clause
                </button>
                {draft.sections.length > 1 && (
                  <button type="button" className="link danger" tabIndex={-1} onClick={() => remove(sectionItem(section.id), { type: 'remove-section', sectionId: section.id })} aria-label={`Remove section ${number}`}>
                    Remove section
                  </button>
                )}
              </span>
            </div>
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
                />
              ))}
            </ol>
            {/* Note: for the mouse; the keyboard has it as its heading's "New clause", so a long draft is not a Tab stop per section. */}
            <button type="button" className="link" tabIndex={-1} onClick={() => writeNew(section.id, section.clauses.length)}>
              Write a new clause in section {number}
            </button>
          </section>
        )
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          // Note: pressed again before the new heading has the focus (a space typed too soon), it waits.
          if (focusNewSection.current) return
          focusNewSection.current = new Set(draft.sections.map((s) => s.id))
          void session.apply({ type: 'add-section', index: draft.sections.length, heading: '' }).then((ok) => {
            if (!ok) focusNewSection.current = null
          })
        }}
      >
        Add a section
      </button>
    </article>
  )
}
