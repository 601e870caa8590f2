/** A saved version of a draft, read-only: what was sent to committee, exactly as it stood. */
import { clauseState, draftLabels } from '../../../shared/draft'
import { provenance } from '../../../shared/text/wording'
import { useDraftVersion } from '../hooks/queries'

export function DraftVersionView({ versionId }: { versionId: string }): React.JSX.Element {
  const { data: version, error } = useDraftVersion(versionId)
  if (error) return <p role="alert" className="error">{error}</p>
  if (!version) return <p className="loading">Loading…</p>
  const labels = draftLabels(version.draft)
  return (
    <article className="source-view version-view">
      <h1>{version.draft.metadata.title || 'Untitled policy'}</h1>
      <p className="source-facts">
        Version “{version.name}”, saved {new Date(version.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}. Read only.
        {version.note && ` ${version.note}`}
      </p>
      {version.draft.sections.map((section) => (
        <section key={section.id} className="clause-group">
          <h2 className="section-trail">
            {labels.sections[section.id]}. {section.heading || 'Untitled section'}
          </h2>
          <ol className="clauses">
            {section.clauses.map((c) => (
              <li key={c.id} className="clause">
                <span className="clause-label">{labels.clauses[c.id]}</span>
                <span className="clause-body">
                  <span className="clause-text">{c.text}</span>
                  <span className="hint">
                    {provenance(clauseState(c), c.origin)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  )
}
