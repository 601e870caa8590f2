/**
 * What every format importer provides: bytes in, blocks (headings and labelled paragraphs in
 * reading order) out, plus whatever metadata the file itself carries. Segmentation, ids and
 * topics are done once for all formats in import-file.ts.
 *
 * Importers throw WorkbenchError (never anything else) for input they cannot read, with a
 * message that names the file and says what is wrong in words a policy officer understands.
 */
import type { DocumentControl } from '../model'
import type { Block } from './blocks'

export interface ImportedContent {
  blocks: Block[]
  /** The title the file declares (Word core properties, <title>, PDF info), if any. */
  title?: string | null
  organisation?: string | null
  /** ISO 8601 date, if the file declares one. */
  date?: string | null
  /** Document-control details the file declares outside its blocks (Markdown front matter). */
  documentControl?: DocumentControl
  /** Things not kept faithfully, in plain words. */
  warnings: string[]
}

export type Importer = (bytes: Uint8Array, fileName: string) => Promise<ImportedContent>
