/**
 * The import as it runs and after: a real progress bar, the counts (imported, already in the
 * library, failed), a Cancel while it runs, and each file's outcome in a collapsible list that
 * scrolls inside its own box, so the library list below does not jump down. While it runs it
 * holds the focus of a keyboard user who started it: the button pressed is busy or gone.
 */
import { useEffect, useRef } from 'react'
import { plural } from '../../../shared/text/wording'
import { adviceFor, countResults, type ImportProgress } from '../state/import-progress'
import './ImportReportPanel.css'

interface Props {
  progress: ImportProgress
  onCancel(): void
  onDismiss(): void
}

/**
 * Where focus goes as an import starts: to the report, if it was on the button that started it
 * (marked `data-import-trigger`: busy, or gone once the library is not empty) or fell to the page.
 * Note: focus elsewhere (a drop from the desktop, a menu) is left where the user has it.
 */
export function focusTakenByImport(active: Element | null): boolean {
  return active === null || active === active.ownerDocument.body || active.matches('[data-import-trigger]')
}

/**
 * When an import ends: focus the library's list (its one Tab stop), where a keyboard user goes
 * next to open a policy, if focus is in the report or fell to the page; with nothing in the
 * list, the Import button. Note: the Cancel button focus may be on is replaced by Dismiss.
 */
export function returnFocusAfterImport(): void {
  const active = document.activeElement
  if (active !== null && active !== document.body && !active.closest('.import-report')) return
  const next = document.querySelector<HTMLElement>('button.source-item[tabindex="0"]') ?? document.querySelector<HTMLElement>('.library [data-import-trigger]')
  next?.focus()
}

export function ImportReportPanel({ progress, onCancel, onDismiss }: Props): React.JSX.Element {
  const region = useRef<HTMLElement>(null)
  // An import starting (or this report appearing with it) takes the focus from the busy button.
  useEffect(() => {
    if (progress.running && focusTakenByImport(document.activeElement)) region.current?.focus()
  }, [progress.running])
  const counts = countResults(progress)
  const done = progress.results.length
  const failed = progress.results.filter((r) => !r.ok)
  const succeeded = progress.results.filter((r) => r.ok)
  const heading = progress.running ? (progress.total ? `Importing ${done + 1 > progress.total ? done : done + 1} of ${progress.total}…` : 'Importing…') : progress.cancelled ? 'Import cancelled' : 'Import report'
  return (
    <section ref={region} tabIndex={-1} className={`import-report${failed.length ? ' has-errors' : ''}`} aria-labelledby="import-report-heading">
      <div className="import-report-header">
        <h3 id="import-report-heading">{heading}</h3>
        {progress.running ? (
          <button type="button" className="link" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss the import report">
            Dismiss
          </button>
        )}
      </div>
      {/* No value while the total is unknown (the examples): an indeterminate bar. */}
      <progress className="import-progress" max={progress.total || undefined} value={progress.total ? done : undefined} aria-label="Import progress" />
      <p className="import-counts" role="status">
        {`${counts.imported} imported`}
        {counts.already > 0 && ` · ${counts.already} already in the library`}
        {counts.failed > 0 && ` · ${counts.failed} failed`}
        {counts.skipped > 0 && ` · ${counts.skipped} not imported (cancelled)`}
      </p>
      {done > 0 && (
        <details className="import-details" open={failed.length > 0}>
          <summary>{plural(done, 'file')}: each outcome</summary>
          {/* Focusable: the list scrolls, and a keyboard user must be able to scroll it. */}
          <ul tabIndex={0} aria-label="Each file's outcome">
            {failed.map((r) => (
              <li key={r.file} className="failed">
                {r.ok ? null : r.error.message}
                {adviceFor(r) && <span className="advice"> {adviceFor(r)}</span>}
              </li>
            ))}
            {succeeded.map((r) =>
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
        </details>
      )}
    </section>
  )
}
