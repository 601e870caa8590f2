/**
 * The process's one import pool, started on first use, so every service in a process (the
 * desktop app, the browser host, the CLI, tests) shares the same few workers.
 */
import { ImportPool } from './pool'

export { ImportPool, type PoolOptions } from './pool'
export { IMPORT_TIME_LIMIT_MS } from './limits'

let shared: ImportPool | null = null

export function sharedImportPool(): ImportPool {
  shared ??= new ImportPool()
  return shared
}

/** Ends the shared pool's workers (a host stopping); a later import starts a new pool. */
export async function closeSharedImportPool(): Promise<void> {
  const pool = shared
  shared = null
  await pool?.close()
}
