/** Clauses of one policy that repeat each other or pull in opposite directions, for the author. */
import { plural } from '../../../shared/text/wording'
import { useCheck, type CheckTarget } from '../hooks/queries'

interface Props {
  /** A source, or the draft (checked again whenever it changes). */
  target: CheckTarget
  labelOf(clauseId: string): string
  onShow(clauseId: string): void
}

export function CheckResults({ target, labelOf, onShow }: Props): React.JSX.Element {
  const { data: check, error } = useCheck(target)
  if (error) return <p role="alert" className="error">{error}</p>
  if (!check) return <p className="loading">Checking…</p>
  const issues = [...check.conflicts, ...check.repeats]
  return (
    <section className="check-results" aria-labelledby="check-heading" role="status">
      <h2 id="check-heading">
        {issues.length === 0 ? 'No repeated or conflicting clauses found.' : `${plural(check.conflicts.length, 'possible conflict')}, ${plural(check.repeats.length, 'repeat')}`}
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
