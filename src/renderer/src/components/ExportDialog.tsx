/**
 * "Export to Word…": the author's choices for the file a committee clerk will get (format,
 * numbering, where clauses came from, notes, contents, protective marking, tracked changes
 * against a base, committee pack, the organisation's template) beside a live preview of the
 * first page. A real modal (the browser's own <dialog>): the rest of the app is inert, Tab
 * stays inside, Escape closes, and the caller returns focus to the button that opened it.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ExportDraftOptions, ExportedFile } from '../../../shared/api'
import type { Draft } from '../../../shared/model'
import { errorMessage } from '../api/error-message'
import { readFileAsBase64 } from '../api/export-files'
import { useExportBases } from '../hooks/useExportBases'
import { DEFAULT_CHOICES, exportOptions, hasBase, whyNotReady, type ExportChoices } from '../state/export-choices'
import { ExportPreview } from './ExportPreview'
import './ExportDialog.css'

interface Props {
  draft: Draft
  /** Makes and downloads the file; rejects with the reason. */
  onExport(options: ExportDraftOptions): Promise<ExportedFile>
  /** After a download has started, with the file made. */
  onExported(file: ExportedFile): void
  onClose(): void
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [href], [tabindex]:not([tabindex="-1"])'

export function ExportDialog({ draft, onExport, onExported, onClose }: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const bases = useExportBases(draft.id)
  const options = useMemo(() => exportOptions(choices), [choices])
  const blocker = whyNotReady(choices)
  const word = choices.format === 'docx'
  const set = (change: Partial<ExportChoices>): void => {
    setChoices((c) => ({ ...c, ...change }))
    setError(null)
  }

  // Note: a layout effect, so the dialog is closed before React removes it from the page.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  // Note: the browser lets Tab leave a modal dialog for its own toolbar; keep it inside.
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    // The draft pane's own keys (Ctrl+Z undoes the draft) are not for the dialog.
    e.stopPropagation()
    if (e.key !== 'Tab') return
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.offsetParent !== null)
    const first = items[0]
    const last = items.at(-1)
    if (!first || !last) return
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }

  const run = async (): Promise<void> => {
    if (blocker || busy) return
    setBusy(true)
    try {
      const file = await onExport(options)
      onExported(file)
    } catch (e) {
      setError(errorMessage(e))
      setBusy(false)
    }
  }

  const pickTemplate = async (file: File | undefined): Promise<void> => {
    if (!file) return
    try {
      set({ template: { name: file.name, base64: await readFileAsBase64(file) } })
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const baseValue = choices.base === 'version' ? `version:${choices.versionId}` : choices.base === 'source' ? `source:${choices.sourceId}` : 'none'
  const versions = bases.data?.versions ?? []
  const sources = bases.data?.sources ?? []

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-title"
      aria-describedby="export-intro"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        // Escape closes, except while the file is being made.
        if (busy) e.preventDefault()
      }}
      // However it closed, the caller hears of it, so focus goes back where it came from.
      onClose={onClose}
    >
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault()
          void run()
        }}
      >
        <header className="export-head">
          <h2 id="export-title">Export “{draft.metadata.title || 'Untitled policy'}”</h2>
          <p id="export-intro">A document for the committee papers, with its front matter, numbered clauses and, if you choose, the changes since a base.</p>
        </header>
        <div className="export-body">
          <div className="export-options">
            <fieldset>
              <legend>Format</legend>
              <Radio name="format" value="docx" current={choices.format} label="Word document (.docx)" onPick={(format) => set({ format })} />
              <Radio name="format" value="md" current={choices.format} label="Markdown (.md)" onPick={(format) => set({ format })} />
              <Radio name="format" value="html" current={choices.format} label="Web page (.html)" onPick={(format) => set({ format })} />
            </fieldset>
            <fieldset>
              <legend>Numbering</legend>
              <Radio name="numbering" value="decimal" current={choices.numbering} label="1, 1.1, 1.1.1, 1.1.1.1" onPick={(numbering) => set({ numbering })} />
              <Radio name="numbering" value="legal" current={choices.numbering} label="1, 1.1, 1.1.1, (a) (legal)" onPick={(numbering) => set({ numbering })} />
              <Radio name="numbering" value="alpha" current={choices.numbering} label="1, 1.1, (a), (i)" onPick={(numbering) => set({ numbering })} />
            </fieldset>
            <fieldset>
              <legend>Where clauses came from</legend>
              <Radio name="provenance" value="none" current={choices.provenance} label="Not shown" onPick={(provenance) => set({ provenance })} />
              <Radio name="provenance" value="appendix" current={choices.provenance} label="A table in an appendix" onPick={(provenance) => set({ provenance })} />
              <Radio name="provenance" value="comments" current={choices.provenance} label="A comment on each clause" disabled={!word} onPick={(provenance) => set({ provenance })} />
            </fieldset>
            <fieldset>
              <legend>Also include</legend>
              <label className="export-check">
                <input type="checkbox" checked={choices.notesAsComments && word} disabled={!word} onChange={(e) => set({ notesAsComments: e.target.checked })} />
                Notes on clauses, as comments
              </label>
              <label className="export-check">
                <input type="checkbox" checked={choices.tableOfContents} onChange={(e) => set({ tableOfContents: e.target.checked })} />
                A table of contents
              </label>
            </fieldset>
            <div className="export-field">
              <label htmlFor="export-marking">Protective marking</label>
              <select id="export-marking" value={choices.marking} onChange={(e) => set({ marking: e.target.value as ExportChoices['marking'] })}>
                <option value="none">None</option>
                <option value="OFFICIAL">OFFICIAL</option>
                <option value="OFFICIAL-SENSITIVE">OFFICIAL-SENSITIVE</option>
                <option value="custom">Other…</option>
              </select>
              {choices.marking === 'custom' && (
                <input aria-label="Protective marking to print" maxLength={100} value={choices.customMarking} onChange={(e) => set({ customMarking: e.target.value })} />
              )}
            </div>
            <div className="export-field">
              <label htmlFor="export-base">Tracked changes against</label>
              <select
                id="export-base"
                value={baseValue}
                disabled={!word}
                aria-describedby="export-base-hint"
                onChange={(e) => {
                  const [kind, id = ''] = e.target.value.split(/:(.*)/s)
                  if (kind === 'version') set({ base: 'version', versionId: id, sourceId: '' })
                  else if (kind === 'source') set({ base: 'source', sourceId: id, versionId: '' })
                  else set({ base: 'none', versionId: '', sourceId: '', pack: false })
                }}
              >
                <option value="none">None: a clean copy</option>
                {versions.length > 0 && (
                  <optgroup label="A saved version of this draft">
                    {versions.map((v) => (
                      <option key={v.id} value={`version:${v.id}`}>
                        {v.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                {sources.length > 0 && (
                  <optgroup label="A policy in the library">
                    {sources.map((s) => (
                      <option key={s.id} value={`source:${s.id}`}>
                        {s.title}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              <p id="export-base-hint" className="export-hint">
                {!word
                  ? 'Tracked changes, comments, the pack and the template are for Word documents.'
                  : bases.error
                    ? `The versions and sources could not be listed: ${bases.error}`
                    : versions.length === 0
                      ? 'Save a version of the draft (Versions) to show changes against it.'
                      : 'Word shows each change for the committee to see; Accept All gives this draft.'}
              </p>
            </div>
            <div className="export-field">
              <label className="export-check">
                <input type="checkbox" checked={choices.pack && word} disabled={!word || !hasBase(choices)} aria-describedby="export-pack-hint" onChange={(e) => set({ pack: e.target.checked })} />
                Committee pack
              </label>
              <p id="export-pack-hint" className="export-hint">
                A cover report, Appendix A the policy, Appendix B its changes. {hasBase(choices) ? '' : 'Needs a base: choose one under “Tracked changes against”.'}
              </p>
            </div>
            <div className="export-field">
              <span id="export-template-label" className="export-label">
                The organisation’s Word template
              </span>
              {choices.template ? (
                <p className="export-template">
                  <span>{choices.template.name}</span>
                  <button type="button" className="link" disabled={!word} onClick={() => set({ template: null })} aria-label={`Stop using the template ${choices.template.name}`}>
                    Remove
                  </button>
                </p>
              ) : (
                <label className={`file-button secondary${word ? '' : ' disabled'}`}>
                  Choose a .docx template…
                  <input
                    type="file"
                    accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    className="visually-hidden"
                    disabled={!word}
                    aria-describedby="export-template-label"
                    onChange={(e) => {
                      const file = e.target.files?.[0]
                      e.target.value = ''
                      void pickTemplate(file)
                    }}
                  />
                </label>
              )}
              <p className="export-hint">Its fonts, colours and heading styles, as in the council’s other papers.</p>
            </div>
          </div>
          <ExportPreview draft={draft} versions={versions} options={options} />
        </div>
        <footer className="export-foot">
          {(error || blocker) && (
            <p role={error ? 'alert' : undefined} className={error ? 'error export-error' : 'export-hint export-blocker'}>
              {error ?? blocker}
            </p>
          )}
          <div className="export-buttons">
            <button type="button" className="secondary" disabled={busy} onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy || blocker !== null}>
              {busy ? 'Exporting…' : 'Export'}
            </button>
          </div>
        </footer>
      </form>
    </dialog>
  )
}

function Radio<T extends string>({ name, value, current, label, disabled, onPick }: { name: string; value: T; current: T; label: string; disabled?: boolean; onPick(value: T): void }): React.JSX.Element {
  return (
    <label className="export-radio">
      <input type="radio" name={name} value={value} checked={current === value} disabled={disabled} onChange={() => onPick(value)} />
      {label}
    </label>
  )
}
