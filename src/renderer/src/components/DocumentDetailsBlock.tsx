/**
 * A source's front matter, apart from its clauses: what its document-control block says
 * (version, owner, approver, review date...), its version history as a table, and the lines
 * as printed, folded away. Not policy text, so nothing here goes into the draft.
 */
import type { Clause, SourceDocument } from '../../../shared/model'
import { plural } from '../../../shared/text/wording'
import { controlFacts } from '../state/source-reading'
import './DocumentDetailsBlock.css'

interface Props {
  source: Pick<SourceDocument, 'documentControl' | 'history'>
  frontMatter: Clause[]
}

const HISTORY_COLUMNS = [
  ['version', 'Version'],
  ['date', 'Date'],
  ['author', 'Author'],
  ['change', 'Change'],
] as const

export function DocumentDetailsBlock({ source, frontMatter }: Props): React.JSX.Element | null {
  const facts = controlFacts(source.documentControl)
  const history = source.history ?? []
  // Only the columns the file filled in: a history without authors shows no empty Author column.
  const columns = HISTORY_COLUMNS.filter(([key]) => history.some((row) => row[key]))
  if (facts.length === 0 && history.length === 0 && frontMatter.length === 0) return null
  return (
    <section className="document-details" aria-labelledby="document-details-heading">
      <h2 id="document-details-heading">Document details</h2>
      <p className="hint">The document’s control block and history: kept for reference, not compared and not for the draft.</p>
      {facts.length > 0 && (
        <dl className="control-facts">
          {facts.map((f) => (
            <div key={f.name}>
              <dt>{f.name}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {history.length > 0 && (
        <table className="history-table">
          <caption>Version history</caption>
          <thead>
            <tr>
              {columns.map(([key, name]) => (
                <th key={key} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((row, i) => (
              <tr key={i}>
                {columns.map(([key]) => (
                  <td key={key}>{row[key] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {frontMatter.length > 0 && (
        <details className="front-matter-lines">
          <summary>As printed ({plural(frontMatter.length, 'line')})</summary>
          <ul>
            {frontMatter.map((c) => (
              <li key={c.id} className="front-matter-line" data-clause-id={c.id}>
                {c.label && <span className="clause-label">{c.label}</span>} {c.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
