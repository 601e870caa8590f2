/**
 * Files named on a command line, imported for a command that works on sources (compare,
 * families, coverage). A file that cannot be imported is reported on stderr, naming it, and
 * the command goes on with the others.
 */
import type { WorkbenchApi } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { readInputFile } from '../read-input-file'
import type { CliIo } from './types'

export interface Imported {
  sources: SourceSummary[]
  failed: number
}

export async function importForCommand(paths: string[], api: WorkbenchApi, io: CliIo): Promise<Imported> {
  const sources: SourceSummary[] = []
  let failed = 0
  for (const filePath of paths) {
    const input = await readInputFile(filePath)
    if (!input.ok) {
      io.err(input.error.message)
      failed++
      continue
    }
    const [result] = (await api.importFiles({ files: [{ name: input.name, dataBase64: input.dataBase64 }] })).results
    if (result?.ok) sources.push(result.source)
    else {
      io.err(result && !result.ok ? result.error.message : `${input.name}: nothing was imported.`)
      failed++
    }
  }
  return { sources, failed }
}
