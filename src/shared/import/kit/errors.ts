/**
 * Error factories every importer shares, in the shape of pdf/errors.ts: each way a file can
 * fail is one named function, so the words can be reviewed together and every message starts
 * with the file's name. Format-specific failures live beside their importer (docx/errors.ts,
 * odt/errors.ts, pdf/errors.ts) and are built with fileError too.
 */
import { WorkbenchError, type ErrorCode } from '../../errors'
import { fileTooLargeMessage } from '../../text/wording'

/**
 * A WorkbenchError about one file. `afterName` continues the sentence that starts with the
 * file's name: " is empty: …" or ": importing … is not available …".
 */
export function fileError(code: ErrorCode, fileName: string, afterName: string): WorkbenchError {
  return new WorkbenchError(code, `${fileName}${afterName}`, fileName)
}

/** "a Word document", "an OpenDocument text file". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`
}

export function notAZip(fileName: string, kindLabel: string): WorkbenchError {
  return fileError('damaged-file', fileName, ` is not ${withArticle(kindLabel)}: it is not the zip package such files are made of. It may be a different kind of file renamed, or damaged.`)
}

export function zipDamaged(fileName: string, kindLabel: string, detail: string): WorkbenchError {
  return fileError('damaged-file', fileName, ` could not be opened as ${withArticle(kindLabel)}: the file is damaged or incomplete (${detail}). Try saving it again from the program that made it.`)
}

export function unpacksTooLarge(fileName: string, maxBytes: number): WorkbenchError {
  return fileError('unpacks-too-large', fileName, ` would unpack to more than ${Math.round(maxBytes / 1024 / 1024)} MB (or compresses suspiciously well), far more than any policy; it was not opened, to protect your computer.`)
}

export function unpackedTooLarge(fileName: string, maxBytes: number): WorkbenchError {
  return fileError('unpacks-too-large', fileName, ` unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB; it was not opened.`)
}

export function invalidXml(fileName: string, partName: string, detail: string): WorkbenchError {
  return fileError('damaged-file', fileName, ` is damaged: its part ${partName} is not valid XML (${detail}).`)
}

export function notText(fileName: string): WorkbenchError {
  return fileError('not-text', fileName, ' does not contain readable text: it looks like binary data (perhaps a different kind of file renamed). Open it in the program that made it and save it as text, Word or PDF.')
}

export function unsupportedExtension(fileName: string, ext: string, supported: string): WorkbenchError {
  return fileError('unsupported-format', fileName, `: ${ext ? `"${ext}" files are` : 'files without an extension are'} not policies Policy Workbench can read. It imports ${supported}.`)
}

export function notAvailableYet(fileName: string, label: string, extensions: readonly string[]): WorkbenchError {
  return fileError('unsupported-format', fileName, `: importing ${label} files (${extensions.join(', ')}) is not available in this version yet. Save it as plain text or Markdown to import it now.`)
}

export function emptyFile(fileName: string): WorkbenchError {
  return fileError('empty-file', fileName, ' is empty: there is nothing in it to import.')
}

export function fileTooLarge(fileName: string, bytes: number, maxBytes: number): WorkbenchError {
  return new WorkbenchError('file-too-large', fileTooLargeMessage(fileName, bytes, maxBytes), fileName)
}

export function noParagraphs(fileName: string): WorkbenchError {
  return fileError('no-content', fileName, ' has no paragraphs of text to import.')
}
