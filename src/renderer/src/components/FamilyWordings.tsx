/**
 * A family opened: every member's wording side by side, differences marked against the
 * representative (or another member the user picks), each addable to the draft.
 */
import { useMemo, useState } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { LibraryFamily } from '../../../shared/model-library'
import { useSourcesOf } from '../hooks/useSourcesOf'
import { WordingsCompared, type Wording } from './WordingsCompared'

interface Props {
  family: LibraryFamily
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
}

export function FamilyWordings({ family, onAddToDraft }: Props): React.JSX.Element {
  const ids = useMemo(() => [...new Set(family.members.map((m) => m.sourceId))], [family])
  const { data: sources, error } = useSourcesOf(ids)
  const [reference, setReference] = useState(family.representative.sourceId)
  const wordings = useMemo<Wording[]>(() => {
    if (!sources) return []
    return sources.map((s) => {
      const wanted = new Set(family.members.filter((m) => m.sourceId === s.id).map((m) => m.clauseId))
      return {
        source: { id: s.id, title: s.title, heading: s.id === family.representative.sourceId ? `${s.title} (representative)` : s.title },
        clauses: s.clauses.filter((c) => wanted.has(c.id)).map((c) => ({ id: c.id, label: c.label, text: c.text, level: c.level })),
      }
    })
  }, [sources, family])
  if (error) return <p role="alert" className="error">{error}</p>
  if (!sources) return <p className="loading">Loading the wordings…</p>
  return <WordingsCompared wordings={wordings} referenceId={reference} onReference={setReference} onAddToDraft={onAddToDraft} label="Members' wordings" />
}
