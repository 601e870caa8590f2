/**
 * Opens the one SQLite connection a Workspace holds: probe the file first (probe.ts), then
 * open it for writing with the settings every workspace runs under, and migrate it.
 *
 * - WAL journal: readers never wait for the writer, and a killed process loses nothing it
 *   committed. synchronous=NORMAL is the usual WAL pairing: safe against corruption always,
 *   durable across a crash of the app; a power cut may lose the last moments of work.
 * - foreign_keys on: removing a source removes its clauses, and a draft its versions.
 * - A busy timeout, so a second window or the CLI writing at the same moment waits its turn.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database, { type Database as Connection } from 'better-sqlite3'
import { refusal, translateFileError, translateSqliteError } from './errors'
import { migrate } from './migrate'
import { probe } from './probe'

export const MEMORY = ':memory:'
export const DEFAULT_BUSY_TIMEOUT_MS = 5000

export interface ConnectionOptions {
  /** Create the file when there is none (default false). */
  create: boolean
  /** Refuse when there is a (non-empty) file already: Workspace.create. */
  mustBeNew: boolean
  busyTimeoutMs: number
}

function configure(db: Connection, file: string): void {
  if (file !== MEMORY) db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
}

/** The file name as messages show it: absolute, so the person knows which file. */
export function resolveWorkspacePath(file: string): string {
  return file === MEMORY ? MEMORY : path.resolve(file)
}

export function openConnection(file: string, options: ConnectionOptions): Connection {
  if (file === MEMORY) {
    const db = new Database(MEMORY)
    configure(db, file)
    migrate(db)
    return db
  }
  let db: Connection | undefined
  try {
    const found = probe(file, options.busyTimeoutMs)
    if (found.kind === 'missing' && !options.create) throw refusal.missing(file)
    if (found.kind === 'workspace' && options.mustBeNew) throw refusal.exists(file)
    if (found.kind === 'missing') mkdirSync(path.dirname(file), { recursive: true })
    db = new Database(file, { timeout: options.busyTimeoutMs })
    configure(db, file)
    migrate(db)
    // SQLite's advice for a long-lived connection, bounded so that it stays quick on a big file.
    db.pragma('analysis_limit = 400')
    db.pragma('optimize = 0x10002')
    return db
  } catch (error) {
    db?.close()
    // Refusals pass through both unchanged: they are WorkspaceErrors already.
    throw translateFileError(translateSqliteError(error, file), file)
  }
}
