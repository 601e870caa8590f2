/**
 * A source's clauses under their section headings, windowed when the source is long
 * (hooks/useWindowedList.ts): only what is in and near the view is in the document, the rest
 * stands as spacers of its height. The clause being shown, the one holding focus and the one
 * whose similar clauses are open stay rendered wherever the reader scrolls. When windowed,
 * each clause says its place in its section (aria-posinset / aria-setsize), since the list
 * in the document holds only part of it.
 */
import { useCallback, useMemo, useState } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SourceDocument } from '../../../shared/model'
import { useWindowedList } from '../hooks/useWindowedList'
import { sourceClauseRef } from '../state/add-to-draft'
import { canTakeIntoDraft, readingItems, type SectionGroup } from '../state/source-reading'
import { SourceClauseItem } from './SourceClauseItem'

interface Props {
  source: SourceDocument
  groups: SectionGroup[]
  /** The clause to mark and keep rendered (from a search hit, a check result). */
  shownId: string | undefined
  inDraft: Record<string, string> | undefined
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  onOpenClause: ((clause: { sourceId: string; sourceTitle: string; clauseId: string }) => void) | undefined
}

/** First guesses in px, until items of each kind are measured. */
const HEAD_PX = 44
const LINE_PX = 22
const CHARS_PER_LINE = 95

export function SourceClauses({ source, groups, shownId, inDraft, onAddToDraft, onOpenClause }: Props): React.JSX.Element {
  const items = useMemo(() => readingItems(groups, source.title), [groups, source.title])
  const [similarOf, setSimilarOf] = useState<string | null>(null)
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null)
  const toggleSimilar = useCallback((id: string) => setSimilarOf((open) => (open === id ? null : id)), [])
  const indexOf = useCallback((id: string | null | undefined) => (id ? items.findIndex((it) => it.kind === 'clause' && it.clause.id === id) : -1), [items])
  const { listRef, windowed, pieces } = useWindowedList({
    count: items.length,
    kindOf: (i) => items[i]!.kind,
    estimate: (i) => {
      const it = items[i]!
      return it.kind === 'head' ? HEAD_PX : 12 + LINE_PX * Math.ceil(it.clause.text.length / CHARS_PER_LINE)
    },
    itemsKey: items,
    pinned: [indexOf(shownId), focusedIndex, indexOf(similarOf)],
  })

  const rendered: React.ReactNode[] = []
  const keys = new Set<string>()
  pieces.forEach((piece, p) => {
    if (piece.kind === 'gap') {
      rendered.push(<div key={`gap-${p}`} className="window-gap" aria-hidden="true" style={{ height: piece.height }} />)
      return
    }
    // The run's items grouped back into their sections.
    for (let i = piece.start; i < piece.end; ) {
      const first = items[i]!
      let j = i
      while (j < piece.end && items[j]!.group === first.group) j++
      const group = groups[first.group]!
      // Note: a section cut in two by a pinned item far below is two elements; keys stay unique.
      let key = `g${first.group}`
      while (keys.has(key)) key += '+'
      keys.add(key)
      const policy = first.kind === 'head' && onAddToDraft ? group.clauses.filter(canTakeIntoDraft) : []
      rendered.push(
        <section key={key} className="clause-group">
          {first.kind === 'head' && (
            <div className="section-head" data-vindex={i}>
              <h2 className="section-trail">{first.trail.join(' › ')}</h2>
              {onAddToDraft && policy.length > 0 && (
                <button type="button" className="link" onClick={() => onAddToDraft(policy.map((c) => sourceClauseRef(source, c)))}>
                  Add this section to the draft
                </button>
              )}
            </div>
          )}
          {j > (first.kind === 'head' ? i + 1 : i) && (
            <ol className="clauses">
              {items.slice(first.kind === 'head' ? i + 1 : i, j).map((it, k) => {
                if (it.kind !== 'clause') return null
                const c = it.clause
                return (
                  <SourceClauseItem
                    key={c.id}
                    source={source}
                    clause={c}
                    vindex={(first.kind === 'head' ? i + 1 : i) + k}
                    position={windowed ? { n: it.n, of: it.of } : null}
                    focused={c.id === shownId}
                    inDraftAs={inDraft?.[c.id]}
                    similarOpen={similarOf === c.id}
                    onToggleSimilar={toggleSimilar}
                    onAddToDraft={onAddToDraft}
                    onOpenClause={onOpenClause}
                  />
                )
              })}
            </ol>
          )}
        </section>,
      )
      i = j
    }
  })

  return (
    <div
      ref={listRef as React.RefObject<HTMLDivElement | null>}
      className="source-clauses"
      // Keep the item holding focus rendered, so scrolling away and back does not lose it.
      onFocus={(e) => {
        const item = (e.target as HTMLElement).closest<HTMLElement>('[data-vindex]')
        if (item) setFocusedIndex(Number(item.dataset['vindex']))
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedIndex(null)
      }}
    >
      {rendered}
    </div>
  )
}
