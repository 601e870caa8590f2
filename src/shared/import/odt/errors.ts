/**
 * Every way an .odt can fail to import beyond the shared ones (kit/errors.ts), as the
 * WorkbenchError a policy officer reads, each naming the file.
 */
import type { WorkbenchError } from '../../errors'
import { fileError } from '../kit/errors'

export function notTextDocument(fileName: string, mime: string): WorkbenchError {
  return fileError('damaged-file', fileName, ` is an OpenDocument file, but not a text document (it is ${mime}).`)
}

export function noContentPart(fileName: string): WorkbenchError {
  return fileError('damaged-file', fileName, ' is not an OpenDocument text file: it has no content part.')
}
