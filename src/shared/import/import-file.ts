/**
 * One file in, one SourceDocument out, or a WorkbenchError naming the file and the problem.
 * Pure: the caller supplies the bytes and the time.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { WorkbenchError } from '../errors'
import type { SourceDocument } from '../model'
import { fileTooLargeMessage } from '../text/wording'
import type { SourceFormat } from '../model'
import type { Block } from './blocks'
import { extensionOf, formatOfFileName, formats } from './formats'
import type { Importer } from './importer'
import { importPlainText } from './plain-text'
import { segment } from './segment'

/**
 * The importer of each format. Heavy ones (PDF, Word) load on first use, so the CLI and
 * the browser host start fast.
 */
const importers: Partial<Record<SourceFormat, () => Promise<Importer>>> = {
  txt: async () => importPlainText,
  md: async () => (await import('./markdown')).importMarkdown,
  html: async () => (await import('./html')).importHtml,
  odt: async () => (await import('./odt')).importOdt,
  docx: async () => (await import('./docx')).importDocx,
  pdf: async () => (await import('./pdf')).importPdf,
}

/** Larger than any real policy (the longest seen are a few MB of PDF). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

/** The importer of a format, loaded; undefined where none exists yet. */
export async function importerFor(format: SourceFormat): Promise<Importer | undefined> {
  return importers[format]?.()
}

export interface ImportInput {
  name: string
  bytes: Uint8Array
  /** ISO 8601 timestamp recorded as importedAt. */
  importedAt: string
}

export function sourceIdOf(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName
}

function titleFrom(blocks: readonly Block[], fileName: string): string {
  const heading = blocks.find((b) => b.kind === 'heading')
  if (heading && heading.kind === 'heading') return heading.text
  return baseName(fileName).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || baseName(fileName)
}

function supportedList(): string {
  return formats
    .filter((f) => f.importable)
    .map((f) => f.extensions[0])
    .join(', ')
}

export async function importFile(input: ImportInput): Promise<SourceDocument> {
  const name = baseName(input.name)
  const format = formatOfFileName(name)
  if (!format) {
    const ext = extensionOf(name)
    throw new WorkbenchError(
      'unsupported-format',
      `${name}: ${ext ? `"${ext}" files are` : 'files without an extension are'} not policies Policy Workbench can read. It imports ${supportedList()}.`,
      name,
    )
  }
  const loadImporter = importers[format.format]
  if (!format.importable || !loadImporter) {
    throw new WorkbenchError(
      'unsupported-format',
      `${name}: importing ${format.label} files (${format.extensions.join(', ')}) is not available in this version yet. Save it as plain text or Markdown to import it now.`,
      name,
    )
  }
  if (input.bytes.length === 0) {
    throw new WorkbenchError('empty-file', `${name} is empty: there is nothing in it to import.`, name)
  }
  if (input.bytes.length > MAX_FILE_BYTES) {
    throw new WorkbenchError('file-too-large', fileTooLargeMessage(name, input.bytes.length, MAX_FILE_BYTES), name)
  }
  const content = await (await loadImporter())(input.bytes, name)
  const blocks = content.blocks
  const id = sourceIdOf(input.bytes)
  const { outline, clauses } = segment(id, blocks)
  if (clauses.length === 0) {
    throw new WorkbenchError('no-content', `${name} has no paragraphs of text to import.`, name)
  }
  return {
    id,
    title: content.title?.trim() || titleFrom(blocks, name),
    organisation: content.organisation ?? null,
    kind: 'other',
    date: content.date ?? null,
    format: format.format,
    origin: name,
    importedAt: input.importedAt,
    outline,
    clauses,
    warnings: content.warnings,
  }
}
