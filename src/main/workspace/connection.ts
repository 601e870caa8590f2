/**
 * Opens the one SQLite connection a Workspace holds: probe the file first (probe.ts), then
 * open it for writing with the settings every workspace runs under, and migrate it.
 *
 * - WAL journal: readers never wait for the writer, and a killed process loses nothing it
 *   committed. synchronous=NORMAL is the usual WAL pairing: safe against corruption always,
 *   durable across a crash of the app; a power cut may lose the last moments of work.
 * - foreign_keys on: removing a source removes its clauses, and a draft its versions.
 * - A busy timeout, so a second window or the CLI writing at the same moment waits its turn.
 *
 * A workspace whose file, folder or disk cannot be written is opened read-only instead of
 * refused: the person can still read and compare their library (and copy it elsewhere).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database, { type Database as Connection } from 'better-sqlite3'
import { isDiskFull, realDisk, type DiskFacts } from './disk'
import { refusal, sqliteCode, translateFileError, translateSqliteError } from './errors'
import { migrate, userVersion } from './migrate'
import { connectSqlite, probe, type Connect } from './probe'
import { LATEST_VERSION } from './schema'

export const MEMORY = ':memory:'
export const DEFAULT_BUSY_TIMEOUT_MS = 5000

export interface ConnectionOptions {
  /** Create the file when there is none (default false). */
  create: boolean
  /** Refuse when there is a (non-empty) file already: Workspace.create. */
  mustBeNew: boolean
  busyTimeoutMs: number
  /** The disk's free space and permissions (tests inject a full or read-only one). */
  disk?: DiskFacts
  /** How connections are made (tests inject one that fails as a full disk does). */
  connect?: Connect
}

export interface OpenedConnection {
  db: Connection
  /** True when the workspace could not be written and was opened for reading only. */
  readOnly: boolean
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

/** A workspace that cannot be written: read it as it is, if it needs no migration. */
function openReadOnly(file: string, options: ConnectionOptions, connect: Connect): Connection {
  const db = connect(file, { readonly: true, fileMustExist: true, timeout: options.busyTimeoutMs })
  try {
    if (userVersion(db) < LATEST_VERSION) throw refusal.readOnlyTooOld(file)
    db.pragma('foreign_keys = ON')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export function openConnection(file: string, options: ConnectionOptions): OpenedConnection {
  if (file === MEMORY) {
    const db = new Database(MEMORY)
    configure(db, file)
    migrate(db)
    return { db, readOnly: false }
  }
  const disk = options.disk ?? realDisk
  const connect = options.connect ?? connectSqlite
  let db: Connection | undefined
  try {
    const writable = disk.canWrite(file)
    const found = probe(file, { busyTimeoutMs: options.busyTimeoutMs, writable, disk, connect })
    if (found.kind === 'missing' && !options.create) throw refusal.missing(file)
    if (found.kind === 'workspace' && options.mustBeNew) throw refusal.exists(file)
    if (!writable) {
      if (found.kind === 'workspace') return { db: openReadOnly(file, options, connect), readOnly: true }
      throw refusal.readOnlyFolder(file)
    }
    if (found.kind === 'missing') mkdirSync(path.dirname(file), { recursive: true })
    db = connect(file, { timeout: options.busyTimeoutMs })
    configure(db, file)
    migrate(db)
    // SQLite's advice for a long-lived connection, bounded so that it stays quick on a big file.
    db.pragma('analysis_limit = 400')
    db.pragma('optimize = 0x10002')
    return { db, readOnly: false }
  } catch (error) {
    db?.close()
    // A "disk I/O error" opening a file that passed the probe is the disk, when it is full.
    const code = sqliteCode(error)
    if (code && /^SQLITE_(IOERR|CANTOPEN|FULL)/.test(code) && isDiskFull(disk, file)) throw refusal.full(file)
    // Refusals pass through both unchanged: they are WorkspaceErrors already.
    throw translateFileError(translateSqliteError(error, file), file)
  }
}
