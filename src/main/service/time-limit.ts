/**
 * A per-file time limit on imports, so that an import that never settles is reported as
 * failed, naming the file, and the batch moves on.
 *
 * Note: this limit is weaker than it looks. It is a timer on the service's own thread, and a
 * timer cannot fire while synchronous code runs on that thread: the docx, odt, html, Markdown
 * and plain-text importers parse synchronously, so a file that takes minutes to parse holds the
 * thread (and every host's other requests) for those minutes, and the limit is only noticed
 * after parsing ends. A PDF parses asynchronously, so its limit does fire, but the parse is
 * abandoned, not stopped: it goes on using the CPU and memory until it finishes. A real limit
 * needs the parse in a worker thread that can be terminated (issue 12).
 */
import { WorkbenchError } from '../../shared/errors'

/** Far longer than any real policy takes (a 300-page PDF imports in seconds). */
export const IMPORT_TIME_LIMIT_MS = 120_000

/** `work` raced against a timer; see the note above for why this does not stop a synchronous parse. */
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
