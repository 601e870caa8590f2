/**
 * What crosses between the service's thread and an import worker: plain, structured-cloneable
 * data only (a WorkbenchError loses its class on the way, so errors travel as ErrorInfo).
 */
import type { ErrorInfo } from '../../shared/errors'
import type { SourceDocument } from '../../shared/model'

export interface ImportJob {
  name: string
  /** The file's bytes, transferred (not copied) to the worker. */
  buffer: ArrayBuffer
  importedAt: string
}

export type ImportOutcome = { ok: true; source: SourceDocument } | { ok: false; error: ErrorInfo }
