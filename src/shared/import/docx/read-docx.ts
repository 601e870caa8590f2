/**
 * Reading a .docx's bytes into blocks: it opens the package (package.ts), walks the body in
 * batches (body-batches.ts, body.ts, paragraph.ts, runs.ts, tables.ts) with styles
 * (styles.ts) and real list numbering (numbering.ts), decides headings and labels
 * (to-blocks.ts), appends the notes (note-registry.ts, footnotes.ts) and takes title and
 * organisation from the package properties. The importer (index.ts) wraps it.
 */
import type { ImportedContent } from '../importer'
import { walkBlocks } from './body'
import { BATCH_CHARS, bodyBatches } from './body-batches'
import { emptyStats, type ImportStats, type PartContext } from './context'
import { readProperties } from './core-properties'
import { FieldState } from './fields'
import { skippedWarnings } from '../kit/warnings'
import { noBody, noText } from './errors'
import { noteBlocks } from './footnotes'
import { NoteRegistry } from './note-registry'
import { ListNumbering } from './numbering'
import { openDocx } from './package'
import { StyleSheet } from './styles'
import { type Item, ownItemStrings } from './items'
import { itemsToBlocks } from './to-blocks'

function warningsOf(stats: ImportStats, contentsEntries: number, unfinishedField: boolean): string[] {
  const warnings: string[] = []
  if (stats.images > 0) warnings.push(skippedWarnings.images(stats.images))
  if (stats.trackedChanges) warnings.push(skippedWarnings.trackedChanges())
  if (stats.textBoxes > 0) warnings.push(skippedWarnings.textBoxesMoved(stats.textBoxes))
  if (contentsEntries > 0) warnings.push(skippedWarnings.contents())
  if (stats.embeddedFiles > 0) warnings.push(skippedWarnings.embeddedFiles(stats.embeddedFiles))
  if (unfinishedField) warnings.push('Some text may be missing: a field (such as a cross-reference) is not closed properly in the file.')
  return warnings
}

/** The importer's work; `batchChars` sizes the body's batches (tests cut one child a batch). */
export function readDocx(bytes: Uint8Array, fileName: string, batchChars = BATCH_CHARS): ImportedContent {
  const pkg = openDocx(bytes, fileName)
  const styles = new StyleSheet(pkg.styles)
  const ctx: PartContext = {
    styles,
    numbering: new ListNumbering(pkg.numbering, styles),
    notes: new NoteRegistry(pkg.footnotes?.doc, pkg.endnotes?.doc),
    rels: pkg.main.rels,
    fields: new FieldState(),
    stats: emptyStats(),
  }
  const items: Item[] = []
  let bodies = 0
  for (const body of bodyBatches(pkg.main.xml, fileName, pkg.main.name, batchChars)) {
    const from = items.length
    walkBlocks(body, ctx, items)
    // Note: the batch's texts are cuts of its XML, which V8 keeps whole while any cut lives:
    // the items take their own copies, so each batch's XML goes with its DOM (issue 12).
    ownItemStrings(items, from)
    bodies++
  }
  if (bodies === 0) {
    throw noBody(fileName)
  }
  const outline = itemsToBlocks(items)
  const unfinishedField = ctx.fields.unfinished
  const blocks = [...outline.blocks, ...noteBlocks(ctx.notes, ctx, { footnote: pkg.footnotes?.rels ?? new Map(), endnote: pkg.endnotes?.rels ?? new Map() })]
  if (!blocks.some((b) => b.text !== '')) {
    throw noText(fileName, ctx.stats.images)
  }
  const properties = readProperties(pkg.core, pkg.app)
  return {
    blocks,
    title: properties.title ?? outline.title,
    organisation: properties.organisation,
    warnings: warningsOf(ctx.stats, outline.contentsEntries, unfinishedField),
  }
}
