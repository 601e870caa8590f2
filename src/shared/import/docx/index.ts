/**
 * The Word (.docx) importer: bytes in, blocks out. It reads the package (package.ts), walks
 * the body (body.ts, paragraph.ts, runs.ts, tables.ts) with styles (styles.ts) and real list
 * numbering (numbering.ts), decides headings and labels (to-blocks.ts), appends the notes
 * (footnotes.ts) and takes title and organisation from the package properties.
 */
import { WorkbenchError } from '../../errors'
import { plural } from '../../text/wording'
import type { ImportedContent, Importer } from '../importer'
import { childElements } from '../xml'
import { walkBlocks } from './body'
import { emptyStats, type ImportStats, type PartContext } from './context'
import { readProperties } from './core-properties'
import { FieldState } from './fields'
import { noteBlocks, NoteRegistry } from './footnotes'
import { ListNumbering } from './numbering'
import { W } from './ooxml'
import { openDocx } from './package'
import { StyleSheet } from './styles'
import { itemsToBlocks } from './to-blocks'


function warningsOf(stats: ImportStats, contentsEntries: number, unfinishedField: boolean): string[] {
  const warnings: string[] = []
  if (stats.images > 0) warnings.push(`${plural(stats.images, 'image was', 'images were')} not imported.`)
  if (stats.trackedChanges) warnings.push('The document has tracked changes; they were imported as if accepted (insertions kept, deletions left out).')
  if (stats.textBoxes > 0) warnings.push(`The text of ${plural(stats.textBoxes, 'text box', 'text boxes')} was imported after the paragraph it is anchored to.`)
  if (contentsEntries > 0) warnings.push('The table of contents was not imported; the headings it lists are imported where they stand.')
  if (stats.embeddedFiles > 0) warnings.push(`${plural(stats.embeddedFiles, 'part', 'parts')} embedded from other files could not be imported; open the document in Word and save it again to include them.`)
  if (unfinishedField) warnings.push('Some text may be missing: a field (such as a cross-reference) is not closed properly in the file.')
  return warnings
}

function readDocx(bytes: Uint8Array, fileName: string): ImportedContent {
  const pkg = openDocx(bytes, fileName)
  const body = pkg.main.doc.documentElement ? childElements(pkg.main.doc.documentElement, W, 'body')[0] : undefined
  if (!body) {
    throw new WorkbenchError('damaged-file', `${fileName} is damaged: its document part has no body text where Word keeps it. Try saving it again from Word.`, fileName)
  }
  const styles = new StyleSheet(pkg.styles)
  const ctx: PartContext = {
    styles,
    numbering: new ListNumbering(pkg.numbering, styles),
    notes: new NoteRegistry(pkg.footnotes?.doc, pkg.endnotes?.doc),
    rels: pkg.main.rels,
    fields: new FieldState(),
    stats: emptyStats(),
  }
  const outline = itemsToBlocks(walkBlocks(body, ctx))
  const unfinishedField = ctx.fields.unfinished
  const blocks = [...outline.blocks, ...noteBlocks(ctx.notes, ctx, { footnote: pkg.footnotes?.rels ?? new Map(), endnote: pkg.endnotes?.rels ?? new Map() })]
  if (!blocks.some((b) => b.text !== '')) {
    const why = ctx.stats.images > 0 ? `it holds only pictures (${plural(ctx.stats.images, 'image', 'images')}), and pictures are not imported. If it is a scanned policy, ask for the original document` : 'the document is empty'
    throw new WorkbenchError('no-content', `${fileName} has no text to import: ${why}.`, fileName)
  }
  const properties = readProperties(pkg.core, pkg.app)
  return {
    blocks,
    title: properties.title ?? outline.title,
    organisation: properties.organisation,
    warnings: warningsOf(ctx.stats, outline.contentsEntries, unfinishedField),
  }
}

export const importDocx: Importer = async (bytes, fileName) => {
  try {
    return readDocx(bytes, fileName)
  } catch (error) {
    // Note: only a file nested deeper than the call stack gets here; it is hostile or broken, not a bug.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new WorkbenchError('damaged-file', `${fileName} could not be read: its contents are nested far more deeply than any real document's. It may be damaged.`, fileName)
    }
    throw error
  }
}
