/**
 * Every way a .docx can fail to import beyond the shared ones (kit/errors.ts), as the
 * WorkbenchError a policy officer reads, each naming the file.
 */
import { fileError } from '../kit/errors'
import type { WorkbenchError } from '../../errors'

export function passwordOrOldWord(fileName: string): WorkbenchError {
  return fileError('password-protected', fileName, ' could not be opened: it is either a Word document protected with a password, or an old Word 97-2003 file (.doc). Policy Workbench can read neither. Open it in Word, remove the password or save it as .docx, and import it again.')
}

export function rtfNamedDocx(fileName: string): WorkbenchError {
  return fileError('unsupported-format', fileName, ' is a Rich Text (RTF) file, not a Word document, although its name ends in .docx. Open it in Word, save it as .docx, and import it again.')
}

/** Why a zip is not a Word document, from the names of the parts it does hold. */
export function notWord(fileName: string, partNames: readonly string[]): WorkbenchError {
  const has = (re: RegExp): boolean => partNames.some((n) => re.test(n))
  const what = has(/^xl\//i)
    ? 'it is an Excel workbook'
    : has(/^ppt\//i)
      ? 'it is a PowerPoint presentation'
      : has(/^(mimetype|content\.xml)$/i)
        ? 'it is an OpenDocument file (from LibreOffice or OpenOffice)'
        : 'it is a zip package without the part that holds the text of every Word file'
  return fileError('damaged-file', fileName, ` is not a Word document: ${what}. Open the policy in Word, save it as .docx, and import that.`)
}

export function noBody(fileName: string): WorkbenchError {
  return fileError('damaged-file', fileName, ' is damaged: its document part has no body text where Word keeps it. Try saving it again from Word.')
}

export function noText(fileName: string, images: number): WorkbenchError {
  const why = images > 0 ? `it holds only pictures (${images} ${images === 1 ? 'image' : 'images'}), and pictures are not imported. If it is a scanned policy, ask for the original document` : 'the document is empty'
  return fileError('no-content', fileName, ` has no text to import: ${why}.`)
}

/** Note: only a file nested deeper than the call stack gets here; it is hostile or broken, not a bug. */
export function nestedTooDeep(fileName: string): WorkbenchError {
  return fileError('damaged-file', fileName, ' could not be read: its contents are nested far more deeply than any real document\'s. It may be damaged.')
}
