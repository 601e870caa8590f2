/**
 * Several sources' wordings on one thing, side by side (stacked when the window is narrow),
 * each clause's differences marked against the reference the user picks, with "Add to draft"
 * on each and every clause draggable into the draft. The clauses are one Tab stop across all
 * the cards (hooks/useRovingList.ts): Up / Down between them, Right or Tab to Add to draft.
 */
import { useId, useMemo } from 'react'
import { wordDiff } from '../../../shared/compare/word-diff'
import type { SourceClauseRef } from '../../../shared/draft'
import { sourceClauseRef } from '../state/add-to-draft'
import { closestWording } from '../state/closest-wording'
import { CLAUSE_KEYS_HINT } from '../state/clause-list-keys'
import { startClauseDrag } from '../state/drag-clause'
import { useRovingList } from '../hooks/useRovingList'
import { DiffText } from './DiffText'
import './wordings-compared.css'

export interface Wording {
  source: { id: string; title: string; heading: string }
  clauses: { id: string; label: string | null; text: string; level?: number }[]
}

interface Props {
  wordings: Wording[]
  referenceId: string
  onReference(sourceId: string): void
  /** Null when no draft is open. */
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  label: string
}

export function WordingsCompared({ wordings, referenceId, onReference, onAddToDraft, label }: Props): React.JSX.Element {
  const reference = wordings.find((w) => w.source.id === referenceId) ?? wordings[0]
  // Diffs are computed once per reference, not on every render.
  const diffs = useMemo(
    () =>
      new Map(
        wordings.flatMap((w) =>
          w.clauses.map((c) => {
            if (!reference || w === reference) return [c.id, undefined] as const
            const against = closestWording(c.text, reference.clauses)
            return [c.id, against ? wordDiff(against.text, c.text).ops : null] as const
          }),
        ),
      ),
    [wordings, reference],
  )
  // Note: the reference is read first (leftmost, or top when stacked): every other card's marks
  // are against it, and it had sat wherever the library listed it, often off screen.
  const shown = reference ? [reference, ...wordings.filter((w) => w !== reference)] : wordings
  const roving = useRovingList(wordings.reduce((n, w) => n + w.clauses.length, 0))
  const hintId = useId()
  // Each clause's place in reading order across the cards, for the roving Tab stop.
  let at = 0
  return (
    <section className="wordings" aria-label={label}>
      <label className="wordings-reference">
        Mark differences against{' '}
        <select value={reference?.source.id ?? ''} onChange={(e) => onReference(e.target.value)}>
          {wordings.map((w) => (
            <option key={w.source.id} value={w.source.id}>
              {w.source.heading}
            </option>
          ))}
        </select>
      </label>
      <span id={hintId} className="visually-hidden">
        {CLAUSE_KEYS_HINT}
      </span>
      <ul className="wordings-list" onKeyDown={roving.onKeyDown}>
        {shown.map((w) => (
          <li key={w.source.id} className={`wording${w === reference ? ' reference' : ''}`}>
            <h3>
              {w.source.heading}
              {w === reference && <span className="wording-ref-mark"> (reference)</span>}
            </h3>
            <ol className="wording-clauses">
              {w.clauses.map((c) => {
                const ref = sourceClauseRef(w.source, c)
                const ops = diffs.get(c.id)
                const i = at++
                return (
                  <li key={c.id} {...roving.itemProps(i)} aria-describedby={hintId} draggable onDragStart={(e) => startClauseDrag(e.dataTransfer, ref)}>
                    <span className="clause-label">{c.label ?? ''}</span>
                    <span className="wording-text">
                      {ops ? <DiffText ops={ops} side="b" /> : c.text}
                      {ops === null && w !== reference && <span className="wording-unmatched"> (nothing close in the reference)</span>}
                    </span>
                    {onAddToDraft && (
                      <span className="wording-tools" data-roving-tools>
                        <button type="button" className="link" tabIndex={roving.toolTab(i)} onClick={() => onAddToDraft([ref])} aria-label={`Add to draft: ${w.source.heading} ${c.label ?? ''}`.trim()}>
                          Add to draft
                        </button>
                      </span>
                    )}
                  </li>
                )
              })}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
