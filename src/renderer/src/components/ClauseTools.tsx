/**
 * A source clause's tools, Add to draft and Similar in other sources: two separate controls
 * (not one run of text), shown on the clause that is focused or selected as well as on hover;
 * with no draft open, where to start one instead of Add to draft. A toolbar (WAI-ARIA): only
 * the clause holding the list's Tab stop lets Tab reach it, as one stop, and Left / Right move
 * between its buttons (state/clause-list-keys.ts); every other clause's tools are for the mouse.
 */
import './ClauseTools.css'

interface Props {
  onAddToDraft: (() => void) | null
  similarOpen: boolean
  onToggleSimilar(): void
  /** On the clause holding the list's Tab stop: the first tool is a Tab stop too. */
  tabbable: boolean
}

export function ClauseTools({ onAddToDraft, similarOpen, onToggleSimilar, tabbable }: Props): React.JSX.Element {
  const first = tabbable ? 0 : -1
  return (
    <span className="clause-tools" role="toolbar" aria-label="Clause tools">
      {onAddToDraft ? (
        <button type="button" className="secondary clause-tool" tabIndex={first} onClick={onAddToDraft}>
          Add to draft
        </button>
      ) : (
        // Note: with no draft open there is nothing to add to, and the button used to vanish
        // without a word, while the draft pane spoke of "Add to draft". Text, not a control: it
        // adds no tab stop to every clause.
        <span className="clause-tool-hint">To add this clause, start a draft in Your draft.</span>
      )}
      <button type="button" className="secondary clause-tool" tabIndex={onAddToDraft ? -1 : first} aria-expanded={similarOpen} onClick={onToggleSimilar}>
        {similarOpen ? 'Hide similar clauses' : 'Similar in other sources'}
      </button>
    </span>
  )
}
