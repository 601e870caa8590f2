/** What happened to each file of the last import, failures first, in the importer's words. */
import type { ImportReport } from '../../../shared/api'
import { plural } from '../../../shared/text/wording'

export function ImportReportPanel({ report, onDismiss }: { report: ImportReport; onDismiss(): void }): React.JSX.Element {
  const failed = report.results.filter((r) => !r.ok)
  const done = report.results.filter((r) => r.ok)
  return (
    <section className={`import-report${failed.length ? ' has-errors' : ''}`} aria-labelledby="import-report-heading">
      <div className="import-report-header">
        <h3 id="import-report-heading">Import report</h3>
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss the import report">
          Dismiss
        </button>
      </div>
      <ul>
        {failed.map((r) => (
          <li key={r.file} className="failed">
            {r.ok ? null : r.error.message}
          </li>
        ))}
        {done.map((r) =>
          r.ok ? (
            <li key={r.file} className="done">
              <strong>{r.file}</strong>:{' '}
              {r.duplicate
                ? 'already in the library'
                : r.replaces
                  ? `${plural(r.source.clauseCount, 'clause')}, a new version of the file imported on ${new Date(r.replaces.importedAt).toLocaleDateString('en-GB')}; both are kept, so you can compare them`
                  : plural(r.source.clauseCount, 'clause')}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  )
}
