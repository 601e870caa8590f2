/** Named versions of the open draft: save one, compare any with the current draft, restore one. */
import { useEffect, useState } from 'react'
import type { DraftVersionSummary } from '../../../shared/api'
import { api } from '../api/client'
import type { DraftSession } from '../hooks/useDraft'

interface Props {
  session: DraftSession
  onCompare(draftId: string, a: string, b: string, title: string): void
  onView(versionId: string, title: string): void
}

export function DraftVersions({ session, onCompare, onView }: Props): React.JSX.Element {
  const draftId = session.state!.draft.id
  const [versions, setVersions] = useState<DraftVersionSummary[]>([])
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const load = async (): Promise<void> => {
    try {
      setVersions(await api.listDraftVersions({ id: draftId }))
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  useEffect(() => {
    void load()
  }, [draftId])

  return (
    <section className="draft-versions" aria-labelledby="versions-heading">
      <h3 id="versions-heading">Versions</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!name.trim()) return
          void api.saveDraftVersion({ id: draftId, name: name.trim() }).then(() => {
            setName('')
            void load()
          }, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
        }}
      >
        <input aria-label="Name of the new version" placeholder="e.g. 0.3, sent to committee" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="secondary" disabled={!name.trim()}>
          Save version
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            <span className="version-name">{v.name}</span> <span className="hint">{new Date(v.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</span>
            <span className="version-tools">
              <button type="button" className="link" onClick={() => onView(v.id, `Version ${v.name}`)}>
                View
              </button>
              <button type="button" className="link" onClick={() => onCompare(draftId, v.id, 'current', `${v.name} ↔ current draft`)}>
                Compare with now
              </button>
              {versions.indexOf(v) > 0 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    const newer = versions[versions.indexOf(v) - 1]!
                    onCompare(draftId, v.id, newer.id, `${v.name} ↔ ${newer.name}`)
                  }}
                >
                  Compare with next
                </button>
              )}
              <button
                type="button"
                className="link"
                onClick={() => void api.restoreDraftVersion({ versionId: v.id }).then(session.setState, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))}
              >
                Restore
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
