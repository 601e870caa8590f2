/**
 * A hostile or broken file must not hang a batch: past the limit its import is reported as
 * failed, naming the file, and the batch moves on.
 */
import { WorkbenchError } from '../../shared/errors'

/** Far longer than any real policy takes (a 300-page PDF imports in seconds). */
export const IMPORT_TIME_LIMIT_MS = 120_000

export function withinTimeLimit<T>(work: Promise<T>, fileName: string, limitMs: number = IMPORT_TIME_LIMIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(limitMs / 1000)
      reject(new WorkbenchError('damaged-file', `${fileName} took too long to read (over ${seconds} seconds) and was skipped; it may be damaged.`, fileName))
    }, limitMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
