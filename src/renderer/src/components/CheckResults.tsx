/** Clauses of one policy that repeat each other or pull in opposite directions, for the author. */
import type { DocumentCheck } from '../../../shared/api'
import { useLoad } from '../hooks/useLoad'

interface Props {
  /** Fetches the check: of a source, or of the draft. */
  load(): Promise<DocumentCheck>
  /** Changes when the checked text changes. */
  loadKey: string
  labelOf(clauseId: string): string
  onShow(clauseId: string): void
}

export function CheckResults({ load, loadKey, labelOf, onShow }: Props): React.JSX.Element {
  const { data: check, error } = useLoad(load, [loadKey])
  if (error) return <p role="alert" className="error">{error}</p>
  if (!check) return <p className="loading">Checking…</p>
  const issues = [...check.conflicts, ...check.repeats]
  return (
    <section className="check-results" aria-labelledby="check-heading" role="status">
      <h2 id="check-heading">
        {issues.length === 0 ? 'No repeated or conflicting clauses found.' : `${check.conflicts.length} possible conflict${check.conflicts.length === 1 ? '' : 's'}, ${check.repeats.length} repeat${check.repeats.length === 1 ? '' : 's'}`}
      </h2>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.kind}:${issue.clauseIds.join(':')}`} className={`issue ${issue.kind}`}>
            <span className="issue-kind">{issue.kind === 'opposed' ? 'Conflict' : 'Repeat'}</span> {issue.reason}{' '}
            {issue.clauseIds.map((id) => (
              <button key={id} type="button" className="link" onClick={() => onShow(id)}>
                Show {labelOf(id)}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
