/**
 * A file named on the command line, read for import. Problems a shell user meets (no such
 * file, a folder, no permission, far too large) become import errors naming the file, so they
 * are reported in the batch like any other bad file instead of stopping it.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ErrorCode, ErrorInfo } from '../../shared/errors'
import { MAX_FILE_BYTES } from '../../shared/import/import-file'
import { fileTooLargeMessage } from '../../shared/text/wording'

export type InputFile = { ok: true; name: string; dataBase64: string } | { ok: false; name: string; error: ErrorInfo }

export async function readInputFile(filePath: string): Promise<InputFile> {
  const name = path.basename(filePath)
  const fail = (code: ErrorCode, message: string): InputFile => ({ ok: false, name, error: { code, message, file: name } })
  try {
    const stat = await fs.stat(filePath)
    if (stat.isDirectory()) return fail('file-unreadable', `${filePath} is a folder, not a file. Name the files inside it (for example ${filePath}/*.docx).`)
    // Checked before reading, so a huge file is never loaded into memory.
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, name, error: { code: 'file-too-large', message: fileTooLargeMessage(name, stat.size, MAX_FILE_BYTES), file: name } }
    }
    const bytes = await fs.readFile(filePath)
    return { ok: true, name, dataBase64: bytes.toString('base64') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return fail('file-missing', `${filePath} does not exist.`)
    if (code === 'EACCES' || code === 'EPERM') return fail('file-unreadable', `${filePath} cannot be read: permission denied.`)
    return fail('file-unreadable', `${filePath} cannot be read: ${(error as Error).message}`)
  }
}
