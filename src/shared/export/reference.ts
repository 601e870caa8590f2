/**
 * The organisation's Word template: its styles part, read with the importers' safe zip reader
 * (a damaged or hostile file is a WorkbenchError naming it), as pandoc's --reference-doc does.
 */
import { WorkbenchError } from '../errors'
import { decodeUtf8 } from '../import/kit/text-codec'
import { readZipEntries } from '../import/zip'

const STYLES = 'word/styles.xml'

export function readReferenceStyles(bytes: Uint8Array, fileName: string): string {
  const entries = readZipEntries(bytes, fileName, 'Word document', (name) => name === STYLES)
  const styles = entries.get(STYLES)
  if (!styles) throw new WorkbenchError('damaged-file', `${fileName} has no styles to take: it is not a Word template, or it is damaged.`, fileName)
  return decodeUtf8(styles).replace(/^\uFEFF/, '')
}
