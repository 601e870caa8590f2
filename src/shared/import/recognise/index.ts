/**
 * What is not a clause, decided once for every format: the blocks an importer found are
 * passed through these steps before segmentation (import-file.ts).
 *
 * | step | file |
 * |---|---|
 * | document control and version history become front matter, read into details | document-control.ts |
 * | the header row of a summary table is marked 'table-header' | table-header.ts |
 * | a numbered item holding only a title, with items nested under it, becomes a heading | list-headings.ts |
 */
import type { DocumentControl, HistoryRow } from '../../model'
import type { Block } from '../blocks'
import { recogniseDocumentControl } from './document-control'
import { recogniseListHeadings } from './list-headings'
import { recogniseTableHeaders } from './table-header'

export interface RecognisedBlocks {
  blocks: Block[]
  documentControl: DocumentControl
  history: HistoryRow[]
}

export function recogniseBlocks(blocks: readonly Block[]): RecognisedBlocks {
  const control = recogniseDocumentControl(blocks)
  const withHeaders = recogniseTableHeaders(control.blocks)
  return { blocks: recogniseListHeadings(withHeaders), documentControl: control.documentControl, history: control.history }
}
