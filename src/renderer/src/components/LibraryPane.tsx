/** The library: every imported source, the import button, drop target and import report. */
import { forwardRef, memo, useRef, useState } from 'react'
import type { FormatInfo } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { plural } from '../../../shared/text/wording'
import { useCommand } from '../hooks/useCommands'
import type { Library } from '../hooks/useLibrary'
import { ImportReportPanel } from './ImportReportPanel'
import { LibraryList } from './LibraryList'

interface Props {
  library: Library
  formats: FormatInfo[]
  activeSourceId: string | null
  onImport(files: File[]): void
  /** First run: the example policies installed with the app. */
  onLoadExamples(): void
  onOpen(source: SourceSummary): void
  onSearch(query: string): void
  onOpenView(view: 'coverage' | 'families'): void
  /** Show the library if it is collapsed (before a command puts the focus in it). */
  onReveal(): void
}

// Note: memoised (issue 10): with useLibrary's object and the shell's callbacks stable, a tab that
// opens draws the library again only when the open source changes.
export const LibraryPane = memo(
  forwardRef<HTMLElement, Props>(function LibraryPane(
    { library, formats, activeSourceId, onImport, onLoadExamples, onOpen, onSearch, onOpenView, onReveal },
    ref,
  ) {
    const input = useRef<HTMLInputElement>(null)
    const search = useRef<HTMLInputElement>(null)
    useCommand('import-policies', () => input.current?.click())
    useCommand('find-in-library', () => {
      onReveal()
      // Note: after the next frame, when a collapsed library is on screen again and can take focus.
      requestAnimationFrame(() => search.current?.focus())
    })
    const [query, setQuery] = useState('')
    const [dragging, setDragging] = useState(false)
    const accept = formats.flatMap((f) => f.extensions).join(',')
    const importable = formats.filter((f) => f.importable).map((f) => f.label)
    // "Word document, PDF and Web page": a list as a person writes one.
    const readable = importable.length > 1 ? `${importable.slice(0, -1).join(', ')} and ${importable.at(-1)}` : (importable[0] ?? 'no')

    return (
      <nav
        ref={ref}
        id="library-pane"
        className={`pane library${dragging ? ' dragging' : ''}`}
        aria-labelledby="library-heading"
        tabIndex={-1}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault()
          setDragging(false)
          onImport([...e.dataTransfer.files])
        }}
      >
        <div className="pane-header">
          <h2 id="library-heading">Library</h2>
          <span className="count" aria-label={plural(library.sources.length, 'source')}>
            {library.sources.length}
          </span>
        </div>
        <form
          role="search"
          className="search-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (query.trim()) onSearch(query.trim())
          }}
        >
          <input
            ref={search}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search all clauses…"
            aria-label="Search all clauses"
            title='Words match their beginnings; use "quotes" for a phrase and -word to leave a word out.'
            disabled={library.sources.length === 0}
          />
        </form>
        <div className="pane-actions">
          {/* Note: aria-disabled, not disabled, while files land: a disabled button drops the focus to the page. */}
          <button type="button" className="primary" data-import-trigger onClick={() => library.importing || input.current?.click()} aria-disabled={library.importing || undefined}>
            {library.importing ? 'Importing…' : 'Import policies…'}
          </button>
          {library.sources.length === 0 && !library.loading && (
            <button type="button" className="secondary" data-import-trigger onClick={() => library.importing || onLoadExamples()} aria-disabled={library.importing || undefined}>
              Load the example policies
            </button>
          )}
          <input
            ref={input}
            type="file"
            multiple
            accept={accept}
            hidden
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => {
              onImport([...(e.target.files ?? [])])
              e.target.value = ''
            }}
          />
        </div>
        {library.sources.length >= 2 && (
          <div className="library-views">
            <button type="button" className="secondary" onClick={() => onOpenView('coverage')}>
              Coverage
            </button>
            <button type="button" className="secondary" onClick={() => onOpenView('families')}>
              Families
            </button>
          </div>
        )}
        {library.progress && <ImportReportPanel progress={library.progress} onCancel={library.cancelImport} onDismiss={library.dismissReport} />}
        {library.sources.length === 0 ? (
          <div className="empty-state">
            <p>{library.loading ? 'Loading the library…' : 'No policies yet.'}</p>
            {!library.loading && (
              <p className="hint">
                Import example policies, or drop files here: {readable} files.
              </p>
            )}
          </div>
        ) : (
          <LibraryList sources={library.sources} activeSourceId={activeSourceId} onOpen={onOpen} />
        )}
      </nav>
    )
  }),
)
