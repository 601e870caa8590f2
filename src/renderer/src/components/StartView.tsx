/** The Start tab: what the workbench is for and where to begin. */
import type { FormatInfo } from '../../../shared/api'

interface Props {
  formats: FormatInfo[]
  sourceCount: number
  /** Offered on first run, when the library is empty. */
  onLoadExamples: (() => void) | null
}

export function StartView({ formats, sourceCount, onLoadExamples }: Props): React.JSX.Element {
  const ready = formats.filter((f) => f.importable).map((f) => f.label)
  const later = formats.filter((f) => !f.importable).map((f) => f.label)
  return (
    <article className="start">
      <h1>Write your policy from good examples</h1>
      <p className="lead">
        Bring in the policies you are learning from, such as national guidance, other councils&rsquo; drafts and staff
        guidelines, and see them clause by clause.
      </p>
      <ol className="steps">
        <li className={sourceCount > 0 ? 'done' : 'current'}>
          <h2>Import example policies</h2>
          <p>
            {sourceCount > 0
              ? `${sourceCount} in your library. Choose one on the left to read its clauses.`
              : 'Use “Import policies…” in the library, or drop files onto it. To look around first, load the fourteen example policies that come with the workbench.'}
          </p>
          {onLoadExamples && (
            <p>
              <button type="button" className="primary" data-import-trigger onClick={onLoadExamples}>
                Load the example policies
              </button>
            </p>
          )}
          <p className="hint">
            Reads {ready.join(', ') || 'no formats yet'}
            {later.length > 0 && `; ${later.join(', ')} coming next`}.
          </p>
        </li>
        <li>
          <h2>Compare them</h2>
          <p>Line up two policies clause by clause, or see which topics every source covers.</p>
        </li>
        <li>
          <h2>Compose your draft</h2>
          <p>Pick clauses from any source, adapt them, and keep track of where each came from.</p>
        </li>
        <li>
          <h2>Export to Word</h2>
          <p>A numbered document with approval blocks and a record of sources, ready for committee.</p>
          <p className="hint">“Export to Word…” in the draft pane: tracked changes against a version or a policy, or a committee pack.</p>
        </li>
      </ol>
    </article>
  )
}
