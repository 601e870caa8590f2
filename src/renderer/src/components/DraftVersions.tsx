/** Named versions of the open draft: save one, compare any with the current draft, restore one. */
import { useState } from 'react'
import type { DraftSession } from '../hooks/useDraft'
import { useLoad } from '../hooks/useLoad'

interface Props {
  session: DraftSession
  onCompare(draftId: string, a: string, b: string, names: { a: string; b: string }): void
  onView(versionId: string, title: string): void
}

export function DraftVersions({ session, onCompare, onView }: Props): React.JSX.Element {
  const draftId = session.state!.draft.id
  const { data, error, reload } = useLoad(() => session.listVersions(), [draftId])
  const versions = data ?? []
  const [name, setName] = useState('')

  return (
    <section className="draft-versions" aria-labelledby="versions-heading">
      <h3 id="versions-heading">Versions</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!name.trim()) return
          // A failed save is shown by the pane, and the name stays for another try.
          void session.saveVersion(name.trim()).then((saved) => {
            if (!saved) return
            setName('')
            reload()
          })
        }}
      >
        <input aria-label="Name of the new version" placeholder="e.g. 0.3, sent to committee" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="secondary" disabled={!name.trim()}>
          Save version
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            <span className="version-name">{v.name}</span> <span className="hint">{new Date(v.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</span>
            <span className="version-tools">
              <button type="button" className="link" onClick={() => onView(v.id, `Version ${v.name}`)}>
                View
              </button>
              <button type="button" className="link" onClick={() => onCompare(draftId, v.id, 'current', { a: v.name, b: 'current draft' })}>
                Compare with now
              </button>
              {versions.indexOf(v) > 0 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    const newer = versions[versions.indexOf(v) - 1]!
                    onCompare(draftId, v.id, newer.id, { a: v.name, b: newer.name })
                  }}
                >
                  Compare with next
                </button>
              )}
              <button
                type="button"
                className="link"
                onClick={() => void session.restoreVersion(v.id)}
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
