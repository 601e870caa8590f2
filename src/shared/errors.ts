/**
 * Typed errors that cross every host boundary. A host never invents a message: it carries
 * the code and message made here, so the UI, the CLI and tests see the same words.
 *
 * Note: every code but 'internal' is something expected that the person can act on (pick
 * another file, wait, free some space, update the app), so the UI can offer that action.
 * 'internal' means a bug and nothing else: never use it for a failure the person caused or
 * the machine imposed.
 */

export type ErrorCode =
  /** The request did not match the method's schema. */
  | 'invalid-request'
  /** The method name is not part of the API. */
  | 'unknown-method'
  /** A source, clause or draft id that is not in the workspace. */
  | 'not-found'
  /** A file that cannot be imported; the message names the file and the problem. */
  | 'unsupported-format'
  | 'empty-file'
  | 'file-too-large'
  | 'not-text'
  | 'no-content'
  /** Not a valid file of its kind: not a zip, truncated, malformed XML, broken PDF. */
  | 'damaged-file'
  /** A compressed file that would expand past the safety limit (a "zip bomb"). */
  | 'unpacks-too-large'
  | 'password-protected'
  /** A file whose reading ran past the time limit and was stopped. */
  | 'took-too-long'
  /** A file whose reading needed more memory than its limit and was stopped. */
  | 'needs-too-much-memory'
  /** A PDF with pages but no text layer: a scan. */
  | 'scanned-pdf'
  /** A file named by its path (to import, a recipe, a workspace) that is not there. */
  | 'file-missing'
  /** A file that is there but cannot be read: a folder, no permission. */
  | 'file-unreadable'
  // The workspace file (src/main/workspace/errors.ts says which problem travels as which code).
  /** Creating a workspace where a file already is. */
  | 'workspace-exists'
  /** A folder, a file that is no database, or another program's database. */
  | 'not-a-workspace'
  /** Ours, but damaged: open a backup copy. */
  | 'workspace-damaged'
  /** Made by a newer version of Policy Workbench: update to open it. */
  | 'workspace-too-new'
  /** Another program or window holds the lock: try again in a moment. */
  | 'workspace-busy'
  /** The workspace or its folder cannot be written. */
  | 'workspace-read-only'
  /** The disk is full: free some space. */
  | 'disk-full'
  /** The disk reported an error reading or writing. */
  | 'disk-error'
  /** The browser host does not answer (the renderer's HTTP transport): is it still running? */
  | 'host-unreachable'
  /** A bug: the message is logged and shown, never swallowed. */
  | 'internal'

export interface ErrorInfo {
  code: ErrorCode
  message: string
  /** The file the error is about, when there is one. */
  file?: string
}

export class WorkbenchError extends Error {
  readonly code: ErrorCode
  readonly file: string | undefined

  constructor(code: ErrorCode, message: string, file?: string) {
    super(message)
    this.name = 'WorkbenchError'
    this.code = code
    this.file = file
  }

  toInfo(): ErrorInfo {
    return this.file === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, file: this.file }
  }
}

/**
 * Any thrown value as ErrorInfo; unknown failures become 'internal' with their message, and
 * name the file that was being read when there is one (so a bug report says which file).
 */
export function toErrorInfo(error: unknown, file?: string): ErrorInfo {
  if (error instanceof WorkbenchError) return error.toInfo()
  const message = error instanceof Error ? error.message : String(error)
  if (file === undefined) return { code: 'internal', message: `Something went wrong inside Policy Workbench: ${message}` }
  return { code: 'internal', message: `Something went wrong inside Policy Workbench while reading ${file}: ${message}`, file }
}
