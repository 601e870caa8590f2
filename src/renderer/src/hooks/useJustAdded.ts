/**
 * The clauses a change just added to the open draft (from any view: Add to draft, a drop, a
 * new clause of one's own), kept for a moment so the outline and the document can bring them
 * into view and mark them. Noticed by comparing ids, so no caller has to report what it added.
 */
import { useEffect, useRef, useState } from 'react'
import type { Draft } from '../../../shared/model'
import { addedClauseIds, clauseIds } from '../state/draft-outline'

const MARKED_FOR_MS = 2500

export function useJustAdded(draft: Draft | null): ReadonlySet<string> {
  const before = useRef<{ draftId: string; ids: string[] } | null>(null)
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set())
  // Note: a ref, not the effect's cleanup, so an edit right after an add does not keep the mark forever.
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  useEffect(() => {
    if (!draft) {
      before.current = null
      return
    }
    const fresh = addedClauseIds(before.current, draft)
    before.current = { draftId: draft.id, ids: clauseIds(draft) }
    if (fresh.length === 0) return
    setAdded(new Set(fresh))
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setAdded(new Set()), MARKED_FOR_MS)
  }, [draft])

  return added
}
