/**
 * The .odt importer (OpenDocument text, as saved by LibreOffice and pandoc): content.xml for
 * the text, styles.xml for list and heading numbering, meta.xml for the title.
 */
import { WorkbenchError } from '../../errors'
import { normaliseSpace } from '../blocks'
import { decodeUtf8 } from '../decode-text'
import type { Importer } from '../importer'
import { readZipEntries } from '../zip'
import { descendants, parseXml } from '../xml'
import { walkContainer, type BodyContext } from './body'
import { readListStyles, readOutlineStyle } from './list-styles'
import { NS } from './namespaces'
import { readEmphasis, readHeadingStyles } from './styles'

const PARTS = new Set(['content.xml', 'styles.xml', 'meta.xml', 'mimetype'])

export const importOdt: Importer = async (bytes, fileName) => {
  const entries = readZipEntries(bytes, fileName, 'OpenDocument text file', (name) => PARTS.has(name))
  const mimetype = entries.get('mimetype')
  const mime = mimetype ? decodeUtf8(mimetype).trim() : ''
  if (mime && mime !== 'application/vnd.oasis.opendocument.text') {
    throw new WorkbenchError('damaged-file', `${fileName} is an OpenDocument file, but not a text document (it is ${mime}).`, fileName)
  }
  const contentBytes = entries.get('content.xml')
  if (!contentBytes) {
    throw new WorkbenchError('damaged-file', `${fileName} is not an OpenDocument text file: it has no content part.`, fileName)
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
  }
  const body = descendants(content, NS.office, 'text')[0]
  if (body) walkContainer(body, 0, ctx)
  if (ctx.notes.length) ctx.blocks.push({ kind: 'heading', level: 1, text: 'Notes' }, ...ctx.notes)
  const title = meta ? normaliseSpace(descendants(meta, NS.dc, 'title')[0]?.textContent ?? '') : ''
  return { blocks: ctx.blocks, title: title || null, warnings: [] }
}
