/** A source's details as the researcher records them: title, organisation, kind, date, notes. */
import { useState } from 'react'
import type { SourceMetadataRequest } from '../../../shared/api'
import { sourceKinds, type SourceDocument, type SourceKind } from '../../../shared/model'

/** A Record, so a kind added to the model is a compile error here until it has a label. */
export const KIND_LABELS: Record<SourceKind, string> = {
  'national-guidance': 'National guidance',
  'corporate-list': 'Corporate list of guidelines',
  'council-policy': 'Council policy',
  other: 'Other',
}
const KINDS = sourceKinds.map((value) => ({ value, label: KIND_LABELS[value] }))

interface Props {
  source: SourceDocument
  /** Saves the details; a failure is said in the status bar and the form stays open. */
  onSave(details: SourceMetadataRequest): void
  onCancel(): void
}

export function SourceDetails({ source, onSave, onCancel }: Props): React.JSX.Element {
  const [title, setTitle] = useState(source.title)
  const [organisation, setOrganisation] = useState(source.organisation ?? '')
  const [kind, setKind] = useState<SourceKind>(source.kind)
  const [date, setDate] = useState(source.date ?? '')
  const [notes, setNotes] = useState(source.notes ?? '')
  return (
    <form
      className="source-details"
      aria-label="Source details"
      onSubmit={(e) => {
        e.preventDefault()
        onSave({ id: source.id, title: title.trim() || source.title, organisation: organisation.trim() || null, kind, date: date || null, notes })
      }}
    >
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Organisation <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="wide">
        Notes <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} placeholder="Where it came from, what it is good for…" />
      </label>
      <div className="form-buttons">
        <button type="submit" className="primary">
          Save details
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
