/**
 * One clause of the draft: its number, its text (edited in place and saved within half a
 * second of the last keystroke, and at once when the field loses focus), where it came from
 * and how it differs from the original (a redline: deletions struck through, insertions
 * underlined), a note, moves (the Up and Down buttons, or Alt+Up / Alt+Down), and its level
 * (clause, sub-clause, sub-sub-clause: Indent / Outdent, or Alt+Shift+Right / Alt+Shift+Left,
 * as in Word's outline). The draft document lays it out with its number and provenance in the
 * margins. It is one item of the document's list (hooks/useDraftDocKeys.ts): focused, it says
 * its number, text and provenance; Enter or F2 writes in its text, Escape comes back; its
 * tools are a toolbar, a Tab stop only on the item holding the list's stop (issue 10).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { clauseState, type DraftAction } from '../../../shared/draft'
import { wordDiff } from '../../../shared/compare/word-diff'
import type { DraftClause } from '../../../shared/model'
import { clauseStateLabel, originName, provenance } from '../../../shared/text/wording'
import { Redline } from './Redline'
import './DraftClauseItem.css'

const SAVE_AFTER_MS = 500

interface Props {
  clause: DraftClause
  label: string
  /** The level it is numbered at (1 to 3), which the indent shows. */
  level: number
  /** Whether it may go one level deeper (a sub-clause needs a clause before it to sit under). */
  canIndent: boolean
  first: boolean
  last: boolean
  dispatch(action: DraftAction): void
  onMove(step: -1 | 1): void
  /** Just added: shown briefly marked, so the eye finds it. */
  highlighted?: boolean
  /** Where a dragged clause would land, marked on this one (" drop-before" / " drop-after"). */
  dropClass?: string
  /** Its place in the document's list: its tab stop and id (hooks/useDraftDocKeys.ts). */
  item: { id: string; tabIndex: 0 | -1; 'data-draft-item': string; onFocus(): void }
  /** The id of the list's hidden words on its keys, said after the clause. */
  keysHintId: string
  onRemove(): void
  /**
   * Set while the clause is a new one the service has not saved yet (state/draft-pending.ts):
   * words typed go to it, not to an edit of a clause the service does not have, and its tools
   * wait. It answers false once the clause is saved, and the words are then saved as usual.
   */
  onPendingText?(text: string): boolean
  /**
   * Set when the service refused the new clause: why (said at once, an alert), and the two ways
   * on. The clause stays with its words in its field; its tools are "Try again" and "Discard".
   */
  refused?: Refused
}

export interface Refused {
  message: string
  onRetry(): void
  onDiscard(): void
}

/** A clause's words as said before its provenance: ended as a sentence, "empty" when there are none. */
const spoken = (text: string): string => {
  const words = text.trim()
  return words === '' ? 'empty.' : /[.!?:;]$/.test(words) ? words : `${words}.`
}

interface Tool {
  /** Stable, so a tool whose words change (Show / Hide changes) keeps the focus. */
  key: string
  label: string
  /** Its name for a screen reader, when the words alone do not say which clause. */
  name?: string
  title?: string
  pressed?: boolean
  disabled?: boolean
  danger?: boolean
  onClick(): void
}

export function DraftClauseItem({ clause, label, level, canIndent, first, last, dispatch, onMove, highlighted = false, dropClass = '', item, keysHintId, onRemove, onPendingText, refused }: Props): React.JSX.Element {
  const waiting = onPendingText !== undefined
  const refusedId = useId()
  const [text, setText] = useState(clause.text)
  const [showChanges, setShowChanges] = useState(false)
  const [noteOpen, setNoteOpen] = useState(clause.note !== '')
  const note = useRef<HTMLTextAreaElement>(null)
  /** Set by "Add note": the note's field takes the focus once it is drawn. */
  const focusNote = useRef(false)
  useEffect(() => {
    if (noteOpen && focusNote.current) note.current?.focus()
    focusNote.current = false
  }, [noteOpen])
  // The item holding the list's Tab stop: its note and first tool are Tab stops too.
  const stop = item.tabIndex === 0
  const timer = useRef<number | undefined>(undefined)
  const pending = useRef<string | null>(null)

  // The service's text wins when it changes underneath us (undo, redo, restore).
  useEffect(() => {
    if (pending.current === null) setText(clause.text)
  }, [clause.text])

  const flush = (): void => {
    window.clearTimeout(timer.current)
    if (pending.current !== null && pending.current !== clause.text) dispatch({ type: 'edit-clause', clauseId: clause.id, text: pending.current })
    pending.current = null
  }
  // On unmount only: an edit still waiting for its timer is saved, not lost.
  useEffect(() => () => flush(), [])

  const canOutdent = clause.level > 1
  const indent = (step: 1 | -1): void => {
    if (step > 0 ? !canIndent : !canOutdent) return
    flush()
    dispatch({ type: step > 0 ? 'indent-clause' : 'outdent-clause', clauseId: clause.id })
  }
  // Alt+Shift+Right / Left change the level; Alt+Up / Down move the clause (focus follows it).
  const onKey = (e: KeyboardEvent<HTMLLIElement>): void => {
    if (!e.altKey || e.ctrlKey || e.metaKey || waiting) return
    if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault()
      indent(e.key === 'ArrowRight' ? 1 : -1)
    } else if (!e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault()
      flush()
      onMove(e.key === 'ArrowUp' ? -1 : 1)
    }
  }

  const state = clauseState({ ...clause, text })
  const usual: Tool[] = [
    ...(state === 'adapted'
      ? [
          { key: 'changes', label: showChanges ? 'Hide changes' : 'Show changes', pressed: showChanges, onClick: () => setShowChanges(!showChanges) },
          {
            key: 'restore',
            label: 'Restore original',
            onClick: () => {
              // Restored, the clause has no changes to show or restore: its tools go, the clause keeps the focus.
              document.getElementById(item.id)?.focus()
              dispatch({ type: 'restore-clause', clauseId: clause.id })
            },
          },
        ]
      : []),
    ...(noteOpen
      ? []
      : [
          {
            key: 'note',
            label: 'Add note',
            onClick: () => {
              focusNote.current = true
              setNoteOpen(true)
            },
          },
        ]),
    { key: 'outdent', label: 'Outdent', name: `Outdent clause ${label}`, title: 'Outdent (Alt+Shift+Left)', disabled: !canOutdent, onClick: () => indent(-1) },
    { key: 'indent', label: 'Indent', name: `Indent clause ${label}`, title: 'Indent (Alt+Shift+Right)', disabled: !canIndent, onClick: () => indent(1) },
    { key: 'up', label: 'Up', name: `Move clause ${label} up`, title: 'Move up (Alt+Up)', disabled: first, onClick: () => onMove(-1) },
    { key: 'down', label: 'Down', name: `Move clause ${label} down`, title: 'Move down (Alt+Down)', disabled: last, onClick: () => onMove(1) },
    { key: 'remove', label: 'Remove', name: `Remove clause ${label}`, danger: true, onClick: onRemove },
  ]
  // Note: drawn (so nothing shifts when the clause is saved) but not pressed until then.
  if (waiting) for (const t of usual) t.disabled = true
  // Refused: what can be done is to send it again or give it up (the words stay until then).
  const tools: Tool[] = refused
    ? [
        { key: 'retry', label: 'Try again', name: `Try again to save clause ${label}`, onClick: refused.onRetry },
        { key: 'discard', label: 'Discard', name: `Discard clause ${label} and its words`, danger: true, onClick: refused.onDiscard },
      ]
    : usual
  // A toolbar is one Tab stop: its first tool that can be pressed.
  const firstTool = tools.findIndex((t) => !t.disabled)
  return (
    <li
      {...item}
      // Said when the clause is focused: its number, its words and where they came from.
      aria-label={`Clause ${label}: ${spoken(text)} ${provenance(state, clause.origin)}.${refused ? ' Not saved.' : ''}`}
      aria-describedby={keysHintId}
      aria-keyshortcuts="Enter F2 Alt+ArrowUp Alt+ArrowDown"
      className={`draft-clause state-${state} level-${level}${highlighted ? ' just-added' : ''}${waiting ? ' pending' : ''}${refused ? ' refused' : ''}${dropClass}`}
      data-clause-id={clause.id}
      onKeyDown={onKey}
    >
      <div className="draft-clause-head">
        <span className="clause-label">{label}</span>
        <span className={`state-badge ${state}`}>{clauseStateLabel[state]}</span>
        {clause.origin && (
          <span className="origin" title={clause.origin.originalText}>
            from {originName(clause.origin)}
          </span>
        )}
      </div>
      <textarea
        id={`draft-clause-${clause.id}`}
        data-item-field
        // Note: out of the Tab order: the clause is the stop, Enter or F2 writes in it.
        tabIndex={-1}
        aria-label={`Clause ${label}`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        value={text}
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 48)))}
        onChange={(e) => {
          setText(e.target.value)
          if (onPendingText?.(e.target.value)) return
          pending.current = e.target.value
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(flush, SAVE_AFTER_MS)
        }}
        onBlur={flush}
      />
      {state === 'adapted' && showChanges && clause.origin && (
        <p className="draft-diff" aria-label={`Changes to clause ${label} against the original`}>
          <Redline ops={wordDiff(clause.origin.originalText, text).ops} />
        </p>
      )}
      {noteOpen && (
        <textarea
          ref={note}
          className="note"
          tabIndex={stop ? 0 : -1}
          aria-label={`Note on clause ${label}`}
          placeholder="A note for yourself or reviewers (not part of the policy)"
          defaultValue={clause.note}
          rows={2}
          onBlur={(e) => e.target.value !== clause.note && dispatch({ type: 'set-note', clauseId: clause.id, note: e.target.value })}
        />
      )}
      {refused && (
        <p className="draft-clause-refused" id={refusedId} role="alert">
          {refused.message}
        </p>
      )}
      <div className="draft-clause-tools" role="toolbar" aria-label={`Tools for clause ${label}`} aria-describedby={refused ? refusedId : undefined} data-roving-tools>
        {tools.map((t, n) => (
          <button
            key={t.key}
            type="button"
            tabIndex={stop && n === firstTool ? 0 : -1}
            className={t.danger ? 'link danger' : 'link'}
            disabled={t.disabled}
            aria-pressed={t.pressed}
            aria-label={t.name}
            title={t.title}
            onClick={t.onClick}
          >
            {t.label}
          </button>
        ))}
      </div>
    </li>
  )
}
