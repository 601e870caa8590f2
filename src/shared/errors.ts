/**
 * Typed errors that cross every host boundary. A host never invents a message: it carries
 * the code and message made here, so the UI, the CLI and tests see the same words.
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
  /** A PDF with pages but no text layer: a scan. */
  | 'scanned-pdf'
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

/** Any thrown value as ErrorInfo; unknown failures become 'internal' with their message. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof WorkbenchError) return error.toInfo()
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message: `Something went wrong inside Policy Workbench: ${message}` }
}
