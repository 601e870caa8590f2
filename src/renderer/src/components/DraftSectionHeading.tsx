/**
 * A section's heading in the draft document: its number, its heading written in place (saved
 * when the field is left), and its tools ("New clause", "Remove section"). It is one item of
 * the document's list (hooks/useDraftDocKeys.ts). A new section not saved yet is written in
 * at once: its words go to the pending insert (state/draft-pending.ts) until the service has it;
 * refused, it keeps its heading with the reason and "Try again" / "Discard" as its tools.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { DraftAction } from '../../../shared/draft'
import type { DraftSection } from '../../../shared/model'
import type { Refused } from './DraftClauseItem'

interface Props {
  section: DraftSection
  number: string
  /** Its place in the document's list: its tab stop and id (hooks/useDraftDocKeys.ts). */
  item: { id: string; tabIndex: 0 | -1; 'data-draft-item': string; onFocus(): void }
  fieldId: string
  keysHintId: string
  /** Whether the item holds the list's Tab stop: its first tool is a Tab stop too. */
  stop: boolean
  canRemove: boolean
  dispatch(action: DraftAction): void
  onNewClause(): void
  onRemove(): void
  /** Set while the section is new and not saved yet; false once it is (see DraftClauseItem). */
  onPendingText?(text: string): boolean
  /** Set when the service refused the new section (see DraftClauseItem). */
  refused?: Refused
}

export function DraftSectionHeading({ section, number, item, fieldId, keysHintId, stop, canRemove, dispatch, onNewClause, onRemove, onPendingText, refused }: Props): React.JSX.Element {
  const waiting = onPendingText !== undefined
  const refusedId = useId()
  const [heading, setHeading] = useState(section.heading)
  /** Words typed and not yet saved: the service's heading does not overwrite them. */
  const unsaved = useRef(false)
  // The service's heading wins when it changes underneath us (undo, redo, restore).
  useEffect(() => {
    if (!unsaved.current) setHeading(section.heading)
  }, [section.heading])
  const save = (value: string): void => {
    if (unsaved.current && value !== section.heading) dispatch({ type: 'rename-section', sectionId: section.id, heading: value })
    unsaved.current = false
  }
  return (
    <div className={`draft-doc-heading${waiting ? ' pending' : ''}`} {...item} role="group" aria-label={`Section ${number}: ${heading || 'no heading yet'}${refused ? '. Not saved.' : ''}`} aria-describedby={keysHintId}>
      <span className="draft-doc-number">{number}</span>
      <input
        aria-label={`Heading of section ${number}`}
        id={fieldId}
        data-item-field
        // Note: out of the Tab order: the heading is an item of the list; Enter or F2 writes in it.
        tabIndex={-1}
        placeholder="Section heading"
        value={heading}
        onChange={(e) => {
          setHeading(e.target.value)
          if (!onPendingText?.(e.target.value)) unsaved.current = true
        }}
        onBlur={(e) => save(e.target.value)}
      />
      {refused ? (
        <>
          <span className="draft-doc-heading-tools" role="toolbar" aria-label={`Tools for section ${number}`} aria-describedby={refusedId} data-roving-tools>
            <button type="button" className="link" tabIndex={stop ? 0 : -1} aria-label={`Try again to save section ${number}`} onClick={refused.onRetry}>
              Try again
            </button>
            <button type="button" className="link danger" tabIndex={-1} aria-label={`Discard section ${number} and its heading`} onClick={refused.onDiscard}>
              Discard
            </button>
          </span>
          <p className="draft-clause-refused" id={refusedId} role="alert">
            {refused.message}
          </p>
        </>
      ) : (
        <span className="draft-doc-heading-tools" role="toolbar" aria-label={`Tools for section ${number}`} data-roving-tools>
          {/* Note: a new section's tools wait for it to be saved, as a new clause's do. */}
          <button type="button" className="link" tabIndex={stop ? 0 : -1} disabled={waiting} aria-label={`New clause at the end of section ${number}`} onClick={onNewClause}>
            New clause
          </button>
          {canRemove && (
            <button type="button" className="link danger" tabIndex={-1} disabled={waiting} onClick={onRemove} aria-label={`Remove section ${number}`}>
              Remove section
            </button>
          )}
        </span>
      )}
    </div>
  )
}
