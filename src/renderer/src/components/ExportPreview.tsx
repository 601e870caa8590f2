/**
 * The first page of the export in miniature: the marking, the title block and the document
 * control and approval tables, built by the same pure export model the Word writer reads
 * (build.ts, never the export index, which brings in the docx package), so what the author
 * sees here is what the clerk will get.
 */
import { useMemo } from 'react'
import type { DraftVersionSummary, ExportDraftOptions } from '../../../shared/api'
import { buildExport } from '../../../shared/export/build'
import type { ExportBlock, TableBlock, TitleBlock } from '../../../shared/export/model'
import type { Draft } from '../../../shared/model'
import './ExportPreview.css'

interface Props {
  draft: Draft
  versions: readonly DraftVersionSummary[]
  options: ExportDraftOptions
}

/** The blocks before the first page break: what the first page holds. */
function frontMatter(draft: Draft, versions: Props['versions'], options: ExportDraftOptions): { blocks: ExportBlock[]; marking: string } | null {
  try {
    const doc = buildExport(draft, { numbering: options.numbering, protectiveMarking: options.protectiveMarking, tableOfContents: options.tableOfContents }, { versions })
    const end = doc.blocks.findIndex((b) => b.kind === 'page-break')
    return { blocks: doc.blocks.slice(0, end < 0 ? undefined : end), marking: doc.meta.protectiveMarking }
  } catch {
    // Note: a marking still being typed may not be valid yet; the preview waits for it.
    return null
  }
}

export function ExportPreview({ draft, versions, options }: Props): React.JSX.Element {
  const first = useMemo(() => frontMatter(draft, versions, options), [draft, versions, options.numbering, options.protectiveMarking, options.tableOfContents])
  return (
    <figure className="export-preview" aria-labelledby="export-preview-caption">
      <figcaption id="export-preview-caption">First page</figcaption>
      <div className="export-page">
        {first ? (
          <>
            {first.marking && <p className="export-marking">{first.marking}</p>}
            {first.blocks.map((block, i) => (
              <PreviewBlock key={i} block={block} />
            ))}
          </>
        ) : (
          <p className="export-page-note">The preview shows once the options can be used.</p>
        )}
      </div>
    </figure>
  )
}

function PreviewBlock({ block }: { block: ExportBlock }): React.JSX.Element | null {
  if (block.kind === 'title') return <TitlePreview block={block} />
  if (block.kind === 'table') return <TablePreview block={block} />
  if (block.kind === 'contents') return <p className="export-contents">{block.title} …</p>
  return null
}

function TitlePreview({ block }: { block: TitleBlock }): React.JSX.Element {
  return (
    <div className="export-title">
      <p className="export-title-text">{block.title || 'Untitled policy'}</p>
      {block.subtitle.map((line) => (
        <p key={line} className="export-subtitle">
          {line}
        </p>
      ))}
    </div>
  )
}

function TablePreview({ block }: { block: TableBlock }): React.JSX.Element {
  return (
    <>
      <p className="export-caption">{block.caption}</p>
      <table className="export-table">
        <thead>
          <tr>
            {block.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
