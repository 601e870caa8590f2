/**
 * Which source covers what: topics down the side, sources across, the number of clauses on
 * each topic in each cell, and a marked gap where a source lacks a topic most others cover.
 */
import { plural } from '../../../shared/text/wording'
import { useCoverage } from '../hooks/queries'

interface Props {
  /** The library's change counter: the matrix reloads when it moves. */
  version: number
  /** The open draft, shown as one more column; its updatedAt reloads the matrix. */
  draft: { id: string; updatedAt: string } | null
}

export function CoverageView({ version, draft }: Props): React.JSX.Element {
  const { data: matrix, error } = useCoverage(version, draft)
  if (error) return <p role="alert" className="error">{error}</p>
  if (!matrix) return <p className="loading">Working out coverage…</p>
  if (matrix.sources.length < 2) return <p className="hint">Import at least two policies to see what each covers.</p>
  return (
    <article className="coverage-view">
      <h1>Coverage</h1>
      <p className="source-facts">
        Clauses on each topic in each source{draft ? ', and in your draft' : ''}. A marked cell is a gap: a topic most of the other sources
        cover.
      </p>
      <div className="table-scroll">
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {matrix.sources.map((s) => (
                <th key={s.id} scope="col" title={`${s.title} (${s.origin})`}>
                  {/* File names tell apart versions that share a title; the draft goes by its title. */}
                  <span className={`col-title${s.origin === 'draft' ? ' draft-col' : ''}`}>{s.origin === 'draft' ? s.title : s.origin}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.topics.map((row) => (
              <tr key={row.topic}>
                <th scope="row">{row.label}</th>
                {matrix.sources.map((s) => {
                  const n = row.bySource[s.id]?.length ?? 0
                  const gap = matrix.gaps[s.id]?.topics.includes(row.topic) ?? false
                  return (
                    <td key={s.id} className={gap ? 'gap' : n ? 'has' : 'none'} aria-label={gap ? `${plural(n, 'clause')}; a gap` : plural(n, 'clause')}>
                      {n || (gap ? 'gap' : '·')}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  )
}
