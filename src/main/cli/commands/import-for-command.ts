/**
 * Files named on a command line, imported through the service, one at a time so a batch of
 * large files never sits in memory at once. `importOne` is the single-file import every command
 * shares (import, clauses, compose and the rest); `importForCommand` is the common use of it:
 * a file that cannot be imported is reported on stderr, naming it, and the command goes on
 * with the others.
 */
import type { ImportResult, WorkbenchApi } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { readInputFile } from '../read-input-file'
import type { CliIo } from './types'

export interface Imported {
  sources: SourceSummary[]
  failed: number
}

/** The file read and imported: the service's result, or a failed result saying why it could not be read. */
export async function importOne(filePath: string, api: WorkbenchApi): Promise<ImportResult> {
  const input = await readInputFile(filePath)
  if (!input.ok) return { file: input.name, ok: false, error: input.error }
  const [result] = (await api.importFiles({ files: [{ name: input.name, dataBase64: input.dataBase64 }] })).results
  return result ?? { file: input.name, ok: false, error: { code: 'internal', message: `${input.name}: nothing was imported.`, file: input.name } }
}

export async function importForCommand(paths: string[], api: WorkbenchApi, io: CliIo): Promise<Imported> {
  const sources: SourceSummary[] = []
  let failed = 0
  for (const filePath of paths) {
    const result = await importOne(filePath, api)
    if (result.ok) sources.push(result.source)
    else {
      io.err(result.error.message)
      failed++
    }
  }
  return { sources, failed }
}
