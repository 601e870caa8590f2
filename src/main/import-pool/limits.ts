/**
 * The limits one file's import runs under, and the words said when a file passes one.
 * A worker is stopped at either limit; the file gets its own error and the batch goes on.
 */
import { availableParallelism } from 'node:os'
import { WorkbenchError } from '../../shared/errors'

/** Far longer than any real policy takes (a 300-page PDF imports in seconds). */
export const IMPORT_TIME_LIMIT_MS = 60_000

/**
 * Enough for every real policy (the corpus peaks under 200 MB); parsing needs a multiple of
 * the file's size on top, so larger files get more, up to what a 50 MB file may need.
 */
export const MEMORY_FLOOR_MB = 512
export const MEMORY_PER_FILE_MB = 16

/** The V8 old-generation limit (MB) for reading a file of this many bytes. */
export function memoryLimitMbFor(byteLength: number): number {
  return Math.max(MEMORY_FLOOR_MB, Math.ceil((MEMORY_PER_FILE_MB * byteLength) / (1024 * 1024)))
}

/** One worker per core, at least one and at most four (more only adds memory, not speed). */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(1, availableParallelism()))
}

export function tookTooLong(fileName: string, limitMs: number): WorkbenchError {
  const limit = limitMs >= 1000 ? `${Math.round(limitMs / 1000)} s` : `${limitMs} ms`
  return new WorkbenchError('took-too-long', `${fileName} took longer than ${limit} to read and was stopped; it may be damaged, or built to be hard to read.`, fileName)
}

export function neededTooMuchMemory(fileName: string, limitMb: number): WorkbenchError {
  return new WorkbenchError('needs-too-much-memory', `${fileName} needed more than ${limitMb} MB of memory to read and was stopped; it may be damaged, or built to be hard to read.`, fileName)
}

export function workerStoppedUnexpectedly(fileName: string, detail: string): WorkbenchError {
  return new WorkbenchError('internal', `Something went wrong inside Policy Workbench while reading ${fileName}: its reader stopped unexpectedly (${detail}).`, fileName)
}
