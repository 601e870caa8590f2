/**
 * One file in, one SourceDocument out, or a WorkbenchError naming the file and the problem.
 * Pure: the caller supplies the bytes and the time.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { SourceDocument } from '../model'
import type { SourceFormat } from '../model'
import type { Block } from './blocks'
import { extensionOf, formatOfFileName, formats } from './formats'
import type { Importer } from './importer'
import { emptyFile, fileTooLarge, noParagraphs, notAvailableYet, unsupportedExtension } from './kit/errors'
import { baseName, stem } from './kit/file-name'
import { importPlainText } from './plain-text'
import { calendarDateOf } from './recognise/calendar-date-of'
import { recogniseBlocks } from './recognise'
import { organisationInTitle } from './recognise/organisation-in-title'
import { segmentTakingBlocks } from './segment'
import { isPolicyClause } from '../model-clauses'

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

function titleFrom(blocks: readonly Block[], fileName: string): string {
  const heading = blocks.find((b) => b.kind === 'heading')
  if (heading && heading.kind === 'heading') return heading.text
  return stem(fileName).replace(/[_-]+/g, ' ').trim() || baseName(fileName)
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
    throw unsupportedExtension(name, ext, supportedList())
  }
  const loadImporter = importers[format.format]
  if (!format.importable || !loadImporter) {
    throw notAvailableYet(name, format.label, format.extensions)
  }
  if (input.bytes.length === 0) {
    throw emptyFile(name)
  }
  if (input.bytes.length > MAX_FILE_BYTES) {
    throw fileTooLarge(name, input.bytes.length, MAX_FILE_BYTES)
  }
  const content = await (await loadImporter())(input.bytes, name)
  const recognised = recogniseBlocks(content.blocks)
  const control = { ...recognised.documentControl, ...content.documentControl }
  const id = sourceIdOf(input.bytes)
  const title = content.title?.trim() || titleFrom(recognised.blocks, name)
  // Note: the blocks are handed to segmentation alone, which lets each go once it is a clause;
  // held here too, a large Markdown file's blocks and clauses were its import's peak (issue 12).
  content.blocks = []
  const { outline, clauses, warnings: segmentWarnings } = segmentTakingBlocks(id, recognised.blocks)
  if (!clauses.some(isPolicyClause)) {
    throw noParagraphs(name)
  }
  return {
    id,
    title,
    organisation: content.organisation ?? control.organisation ?? organisationInTitle(title),
    kind: 'other',
    date: content.date ?? calendarDateOf(control.date) ?? null,
    format: format.format,
    origin: name,
    importedAt: input.importedAt,
    outline,
    clauses,
    warnings: segmentWarnings.length > 0 ? [...content.warnings, ...segmentWarnings] : content.warnings,
    ...(Object.keys(control).length > 0 ? { documentControl: control } : {}),
    ...(recognised.history.length > 0 ? { history: recognised.history } : {}),
  }
}
