/**
 * One clause of the draft: its number, its text (edited in place and saved within half a
 * second of the last keystroke, and at once when the field loses focus), where it came from
 * and how it differs from the original (a redline: deletions struck through, insertions
 * underlined), a note, moves (the Up and Down buttons, or Alt+Up / Alt+Down in the text), and its
 * level (clause, sub-clause, sub-sub-clause: Indent / Outdent, or Alt+Shift+Right / Alt+Shift+Left,
 * as in Word's outline). The draft document lays it out with its number and provenance in the margins.
 * Its tools are Tab stops only while focus is in the clause (Tab from its text reaches them), so
 * a long draft is one stop per clause, not seven (issue 10).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { clauseState, type DraftAction } from '../../../shared/draft'
import { wordDiff } from '../../../shared/compare/word-diff'
import type { DraftClause } from '../../../shared/model'
import { clauseStateLabel, originName } from '../../../shared/text/wording'
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
}

export function DraftClauseItem({ clause, label, level, canIndent, first, last, dispatch, onMove, highlighted = false, dropClass = '' }: Props): React.JSX.Element {
  const [text, setText] = useState(clause.text)
  const [showChanges, setShowChanges] = useState(false)
  const [noteOpen, setNoteOpen] = useState(clause.note !== '')
  // Focus is in this clause: its tools join the Tab order, after its text.
  const [focusWithin, setFocusWithin] = useState(false)
  const toolTab = focusWithin ? 0 : -1
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
    if (!e.altKey || e.ctrlKey || e.metaKey) return
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
  return (
    <li
      className={`draft-clause state-${state} level-${level}${highlighted ? ' just-added' : ''}${dropClass}`}
      data-clause-id={clause.id}
      onKeyDown={onKey}
      onFocus={() => setFocusWithin(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusWithin(false)
      }}
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
        aria-label={`Clause ${label}`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        value={text}
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 48)))}
        onChange={(e) => {
          setText(e.target.value)
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
          className="note"
          aria-label={`Note on clause ${label}`}
          placeholder="A note for yourself or reviewers (not part of the policy)"
          defaultValue={clause.note}
          rows={2}
          onBlur={(e) => e.target.value !== clause.note && dispatch({ type: 'set-note', clauseId: clause.id, note: e.target.value })}
        />
      )}
      <div className="draft-clause-tools">
        {state === 'adapted' && (
          <>
            <button type="button" tabIndex={toolTab} className="link" aria-pressed={showChanges} onClick={() => setShowChanges(!showChanges)}>
              {showChanges ? 'Hide changes' : 'Show changes'}
            </button>
            <button type="button" tabIndex={toolTab} className="link" onClick={() => dispatch({ type: 'restore-clause', clauseId: clause.id })}>
              Restore original
            </button>
          </>
        )}
        {!noteOpen && (
          <button type="button" tabIndex={toolTab} className="link" onClick={() => setNoteOpen(true)}>
            Add note
          </button>
        )}
        <button type="button" tabIndex={toolTab} className="link" disabled={!canOutdent} onClick={() => indent(-1)} aria-label={`Outdent clause ${label}`} title="Outdent (Alt+Shift+Left)">
          Outdent
        </button>
        <button type="button" tabIndex={toolTab} className="link" disabled={!canIndent} onClick={() => indent(1)} aria-label={`Indent clause ${label}`} title="Indent (Alt+Shift+Right)">
          Indent
        </button>
        <button type="button" tabIndex={toolTab} className="link" disabled={first} onClick={() => onMove(-1)} aria-label={`Move clause ${label} up`}>
          Up
        </button>
        <button type="button" tabIndex={toolTab} className="link" disabled={last} onClick={() => onMove(1)} aria-label={`Move clause ${label} down`}>
          Down
        </button>
        <button type="button" tabIndex={toolTab} className="link danger" onClick={() => dispatch({ type: 'remove-clause', clauseId: clause.id })} aria-label={`Remove clause ${label}`}>
          Remove
        </button>
      </div>
    </li>
  )
}
