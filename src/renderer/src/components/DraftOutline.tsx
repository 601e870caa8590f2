/**
 * The draft in brief, in the right pane: sections and clause numbers with their first words.
 * A click or Enter opens the clause in the Draft tab; Alt+Up / Alt+Down moves it a step (as
 * the document's Up and Down do); dragging moves it, and a source clause dropped here is added
 * where it lands. Just-added clauses scroll into view and are briefly marked. The clauses are
 * ONE Tab stop (hooks/useRovingList.ts): Up / Down / Home / End move between them (issue 10).
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import type { DraftAction } from '../../../shared/draft'
import type { Draft } from '../../../shared/model'
import { clauseStateLabel } from '../../../shared/text/wording'
import { useRovingList } from '../hooks/useRovingList'
import { DRAFT_CLAUSE_DRAG_TYPE, droppedClause, isDraftDrop, startDraftClauseDrag } from '../state/drag-clause'
import type { PendingInsert } from '../state/draft-pending'
import { draftOutline, dropDraftClause, dropSourceClause, outlineKeyMove, placeFromPointer, type DropTarget } from '../state/draft-outline'
import './DraftOutline.css'

interface Props {
  draft: Draft
  dispatch(action: DraftAction): void
  justAdded: ReadonlySet<string>
  /**
   * A new clause or section not saved yet (state/draft-pending.ts), with the words typed into
   * it: shown, but not moved or dragged until it is; marked "not saved" if the service refused it.
   */
  pending?: PendingInsert | null
  /** Show the clause in the Draft tab, ready to edit. */
  onJump(clauseId: string): void
}

const itemId = (clauseId: string): string => `outline-${clauseId.replace(/[^A-Za-z0-9_-]/g, '-')}`

/** The drop a drag event means, read from the element under the pointer. */
function targetOf(event: DragEvent<HTMLElement>): DropTarget | null {
  const el = event.target as HTMLElement
  const clause = el.closest<HTMLElement>('[data-clause-id]')
  if (clause) return { clauseId: clause.dataset.clauseId!, place: placeFromPointer(event.clientY, clause.getBoundingClientRect()) }
  const section = el.closest<HTMLElement>('[data-section-id]')
  return section ? { sectionId: section.dataset.sectionId! } : null
}

/** What a drop does to the draft: a source clause is added, a draft clause moved. Shared with the document. */
export function dropAction(draft: Draft, event: DragEvent<HTMLElement>): DraftAction | null {
  const target = targetOf(event)
  if (!target) return null
  const moved = event.dataTransfer.getData(DRAFT_CLAUSE_DRAG_TYPE)
  if (moved) return dropDraftClause(draft, moved, target)
  const ref = droppedClause(event.dataTransfer)
  return ref ? dropSourceClause(draft, ref, target) : null
}

/** Handlers that make an element a drop zone for clauses, with a marker where the drop will land. */
export function useClauseDrop(draft: Draft, dispatch: (action: DraftAction) => void) {
  const [hint, setHint] = useState<DropTarget | null>(null)
  return {
    hint,
    handlers: {
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (!isDraftDrop(e.dataTransfer)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = Array.from(e.dataTransfer.types).includes(DRAFT_CLAUSE_DRAG_TYPE) ? 'move' : 'copy'
        setHint(targetOf(e))
      },
      onDragLeave: (e: DragEvent<HTMLElement>) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHint(null)
      },
      onDrop: (e: DragEvent<HTMLElement>) => {
        setHint(null)
        const action = dropAction(draft, e)
        if (!action) return
        e.preventDefault()
        dispatch(action)
      },
    },
  }
}

export const hintClass = (hint: DropTarget | null, clauseId: string): string =>
  hint && 'clauseId' in hint && hint.clauseId === clauseId ? ` drop-${hint.place}` : ''

export function DraftOutline({ draft, dispatch, justAdded, onJump, pending = null }: Props): React.JSX.Element {
  const sections = draftOutline(draft)
  const pendingId = pending?.id ?? null
  /** Said and shown (in words, not by colour alone) before the words of an item the service refused; first, so no ellipsis cuts it. */
  const unsaved = (id: string) => (pending?.id === id && pending.refused !== null ? <span className="outline-unsaved">Not saved: </span> : null)
  const { hint, handlers } = useClauseDrop(draft, dispatch)
  const keepFocus = useRef<string | null>(null)

  // A clause moved by keyboard is drawn anew (perhaps in another section): the focus follows it.
  useEffect(() => {
    if (keepFocus.current) document.getElementById(itemId(keepFocus.current))?.focus()
    keepFocus.current = null
  }, [draft])

  useEffect(() => {
    const first = [...justAdded][0]
    if (first) document.getElementById(itemId(first))?.scrollIntoView({ block: 'nearest' })
  }, [justAdded])

  const total = sections.reduce((n, s) => n + s.clauses.length, 0)
  const roving = useRovingList(total)
  const hintId = useId()
  // Each clause's place among them all, for its tab stop.
  let place = 0
  return (
    <nav className="draft-outline" aria-label="Outline of the draft" {...handlers}>
      {total === 0 && <p className="hint">No clauses yet. Add them from any source with “Add to draft”, drag them here, or write your own in the Draft tab.</p>}
      <span id={hintId} className="visually-hidden">
        Up and Down arrows: the next or previous clause; Home and End: the first or last. Enter opens it in the Draft tab; Alt+Up and Alt+Down move it.
      </span>
      <ol className="outline-sections" onKeyDown={roving.onKeyDown}>
        {sections.map((section) => (
          <li key={section.id} data-section-id={section.id} className={hint && 'sectionId' in hint && hint.sectionId === section.id ? 'drop-end' : undefined}>
            <span className="outline-section">
              <span className="outline-number">{section.number}</span> {unsaved(section.id)}{section.heading || <i>Untitled section</i>}
            </span>
            <ol className="outline-clauses">
              {section.clauses.map((clause) => (
                <li key={clause.id} data-clause-id={clause.id} className={`outline-level-${clause.level}${hintClass(hint, clause.id)}`}>
                  <button
                    type="button"
                    {...roving.itemProps(place++)}
                    id={itemId(clause.id)}
                    aria-describedby={hintId}
                    className={`outline-clause${justAdded.has(clause.id) ? ' just-added' : ''}${clause.id === pendingId ? ' pending' : ''}`}
                    draggable={clause.id !== pendingId}
                    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                    title={`${clauseStateLabel[clause.state]}. Open in the Draft tab; Alt+Up or Alt+Down moves it; or drag it.`}
                    onClick={() => onJump(clause.id)}
                    onDragStart={(e) => startDraftClauseDrag(e.dataTransfer, clause.id)}
                    onKeyDown={(e) => {
                      const action = clause.id === pendingId ? null : outlineKeyMove(draft, clause.id, e)
                      if (!action) return
                      e.preventDefault()
                      keepFocus.current = clause.id
                      dispatch(action)
                    }}
                  >
                    <span className="outline-number">{clause.number}</span> {unsaved(clause.id)}<span className="outline-words">{clause.words}</span>
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}
