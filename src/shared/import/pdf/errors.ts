/**
 * Every way a PDF can fail to import, as the WorkbenchError a policy officer reads. Kept in
 * one place so that the words can be reviewed together and tests can name the codes; built
 * with the kit's fileError, so every message starts with the file's name.
 */
import type { WorkbenchError } from '../../errors'
import { fileError } from '../kit/errors'
import { plural } from '../../text/wording'

/** More pages than any policy has; the bound keeps a hostile or mistaken file from taking minutes. */
export const MAX_PAGES = 2000


/** What the first bytes suggest a misnamed file really is, in words a reader knows. */
function lookalike(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 64)).trimStart().toLowerCase()
  if (head.startsWith('pk\u0003\u0004')) return 'It looks like a Word or other Office document that was given a .pdf name.'
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'It looks like an older Word (.doc) file that was given a .pdf name.'
  if (head.startsWith('{\\rtf')) return 'It looks like a Rich Text (.rtf) file that was given a .pdf name.'
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'It looks like a web page that was saved with a .pdf name.'
  return null
}

export function notPdf(fileName: string, bytes: Uint8Array): WorkbenchError {
  const hint = lookalike(bytes) ?? 'Check that it is the right file, or open the original and save it as PDF again.'
  return fileError('damaged-file', fileName, ` is not a PDF, although its name ends in .pdf. ${hint}`)
}

export function damaged(fileName: string): WorkbenchError {
  return fileError('damaged-file', fileName, ` is damaged or incomplete, so it cannot be read as a PDF. Download or export it again and import the new copy.`)
}

export function passwordProtected(fileName: string): WorkbenchError {
  return fileError('password-protected', fileName, ` is protected with a password. Open it, save a copy without the password, and import that.`)
}

export function tooManyPages(fileName: string, pages: number): WorkbenchError {
  return fileError('file-too-large', fileName, ` has ${plural(pages, 'page', 'pages')}, more than the ${MAX_PAGES.toLocaleString('en-GB')} a policy could have; it was not imported. Split it into the documents it contains and import those.`)
}

export function noPages(fileName: string): WorkbenchError {
  return fileError('no-content', fileName, ` is a PDF with no pages, so there is nothing in it to import.`)
}

export function scanned(fileName: string, pages: number): WorkbenchError {
  const its = pages === 1 ? 'its only page is an image' : `its ${plural(pages, 'page', 'pages')} are images`
  return fileError('scanned-pdf', fileName, ` looks like a scan: ${its} with no text. Run it through OCR (text recognition) first, or import the Word version if you have it.`)
}

/** A fault in the importer itself, not in the file: reported as such, never blamed on the file. */
export function internal(fileName: string, error: unknown): WorkbenchError {
  const detail = error instanceof Error ? error.message : String(error)
  return fileError('internal', fileName, `: Policy Workbench failed while reading this PDF (${detail}). Please report it with the file.`)
}
