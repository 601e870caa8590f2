/**
 * The .odt importer (OpenDocument text, as saved by LibreOffice and pandoc): content.xml for
 * the text, styles.xml for list and heading numbering, meta.xml for the title.
 */
import { normaliseSpace } from '../blocks'
import { notesSection } from '../kit/notes-section'
import { ownBlockStrings } from '../kit/own-strings'
import { decodeUtf8 } from '../kit/text-codec'
import { skippedWarnings } from '../kit/warnings'
import type { Importer } from '../importer'
import { readZipEntries } from '../zip'
import { descendants, parseXml } from '../xml'
import { nothingSkipped, walkContainer, type BodyContext, type Skipped } from './body'
import { noContentPart, notTextDocument } from './errors'
import { readListStyles, readOutlineStyle } from './list-styles'
import { NS } from './namespaces'
import { readEmphasis, readHeadingStyles } from './styles'

const PARTS = new Set(['content.xml', 'styles.xml', 'meta.xml', 'mimetype'])

export const importOdt: Importer = async (bytes, fileName) => {
  const entries = readZipEntries(bytes, fileName, 'OpenDocument text file', (name) => PARTS.has(name))
  const mimetype = entries.get('mimetype')
  const mime = mimetype ? decodeUtf8(mimetype).trim() : ''
  if (mime && mime !== 'application/vnd.oasis.opendocument.text') {
    throw notTextDocument(fileName, mime)
  }
  const contentBytes = entries.get('content.xml')
  if (!contentBytes) {
    throw noContentPart(fileName)
  }
  const content = parseXml(contentBytes, fileName, 'content.xml')
  const styles = entries.has('styles.xml') ? parseXml(entries.get('styles.xml')!, fileName, 'styles.xml') : null
  const meta = entries.has('meta.xml') ? parseXml(entries.get('meta.xml')!, fileName, 'meta.xml') : null
  const styleDocs = styles ? [styles, content] : [content]
  const ctx: BodyContext = {
    listStyles: readListStyles(...styleDocs),
    outline: readOutlineStyle(...styleDocs),
    emphasis: readEmphasis(...styleDocs),
    headingStyles: readHeadingStyles(...styleDocs),
    blocks: [],
    notes: [],
    counters: new Map(),
    outlineCounters: [],
    noteCount: 0,
    skipped: nothingSkipped(),
  }
  const body = descendants(content, NS.office, 'text')[0]
  if (body) walkContainer(body, 0, ctx)
  ctx.blocks.push(...notesSection(ctx.notes))
  // Note: the blocks' texts are cuts of content.xml's text, which V8 keeps whole while any cut
  // lives: their own copies let it go with the DOM when this returns (issue 12).
  ownBlockStrings(ctx.blocks)
  const title = meta ? normaliseSpace(descendants(meta, NS.dc, 'title')[0]?.textContent ?? '') : ''
  return { blocks: ctx.blocks, title: title || null, warnings: warningsOf(ctx.skipped) }
}

/** What was left out, in the words the Word importer uses for the same things. */
function warningsOf(skipped: Skipped): string[] {
  const warnings: string[] = []
  if (skipped.images > 0) warnings.push(skippedWarnings.images(skipped.images))
  if (skipped.trackedChanges) warnings.push(skippedWarnings.trackedChanges())
  if (skipped.textBoxes > 0) warnings.push(skippedWarnings.textBoxesDropped(skipped.textBoxes))
  if (skipped.contents > 0) warnings.push(skippedWarnings.contents())
  if (skipped.indexes > 0) warnings.push(skippedWarnings.indexes(skipped.indexes))
  if (skipped.objects > 0) warnings.push(skippedWarnings.embeddedObjects(skipped.objects))
  return warnings
}
