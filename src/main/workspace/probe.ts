/**
 * Decides whether an existing file may be opened as a workspace, without changing a byte of
 * it: first its 100-byte header is read directly (is it SQLite at all? ours? from a newer
 * version?), then SQLite reads it for the application id, schema version, integrity check
 * and table list. Only a file that passes is ever opened for writing.
 *
 * How SQLite reads it without leaving a trace: a read-only connection, except for a file in
 * WAL mode with no -wal file beside it. A read-only connection would create -wal and -shm
 * files there and could not remove them; an ordinary connection that only reads creates them
 * too, but removes them on close, and writes nothing to the file itself (with no WAL there is
 * nothing to checkpoint). Where a -wal file exists it may hold the newest pages (a newer
 * version's schema, say), so only a read-only connection reads it: checkpointing it into the
 * file would change the file. Where the file cannot be written at all, only a read-only
 * connection is tried.
 *
 * What SQLite says when it cannot open a file is ambiguous ("disk I/O error" for a damaged
 * file and for a healthy one on a full disk), so the disk is asked (disk.ts) before a file is
 * called damaged.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database, { type Database as Connection, type Options } from 'better-sqlite3'
import { isDiskFull, realDisk, type DiskFacts } from './disk'
import { refusal, sqliteCode, WorkspaceError } from './errors'
import { applicationId, userVersion } from './migrate'
import { APPLICATION_ID, LATEST_VERSION, tablesAt } from './schema'

export type ProbeResult =
  /** No file: create it if asked to. */
  | { kind: 'missing' }
  /** An empty file or an empty SQLite database: nothing in it to lose, so it becomes a workspace. */
  | { kind: 'empty' }
  /** A workspace of this version or an older one (it will be migrated). */
  | { kind: 'workspace'; version: number }

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_BYTES = 100

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(HEADER_BYTES)
    const read = readSync(fd, header, 0, HEADER_BYTES, 0)
    return header.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** What the header alone says; SQLite has the last word (the newest header may be in the WAL). */
function checkHeader(file: string, header: Buffer): void {
  const magic = header.subarray(0, SQLITE_MAGIC.length)
  if (!SQLITE_MAGIC.subarray(0, magic.length).equals(magic)) throw refusal.notADatabase(file)
  if (header.length < HEADER_BYTES) throw refusal.damaged(file, 'the file is cut short')
  const version = header.readInt32BE(60)
  const appId = header.readInt32BE(68)
  if (appId === APPLICATION_ID && version > LATEST_VERSION) throw refusal.tooNew(file)
  if (appId !== APPLICATION_ID && appId !== 0) throw refusal.foreign(file)
}

/** Header byte 18 is the file format's write version: 2 for WAL, 1 for a rollback journal. */
const inWalMode = (header: Buffer): boolean => header[18] === 2

/** How a connection is made: better-sqlite3, or in tests one that fails as a full disk would. */
export type Connect = (file: string, options: Options) => Connection

export const connectSqlite: Connect = (file, options) => new Database(file, options)

export interface ProbeOptions {
  busyTimeoutMs: number
  /** False where the file or its folder cannot be written: then only a read-only connection reads it. */
  writable?: boolean
  disk?: DiskFacts
  connect?: Connect
}

function inspect(file: string, readonly: boolean, busyTimeoutMs: number, connect: Connect): ProbeResult {
  const db = connect(file, { readonly, fileMustExist: true, timeout: busyTimeoutMs })
  try {
    // Neither pragma loads the schema, so a newer version's schema cannot get in the way.
    const appId = applicationId(db)
    const version = userVersion(db)
    if (appId === APPLICATION_ID && version > LATEST_VERSION) throw refusal.tooNew(file)
    const objects = db.prepare<{ n: number }>('SELECT count(*) AS n FROM sqlite_schema').get()!.n
    if (appId === 0) {
      if (objects === 0 && version === 0) return { kind: 'empty' }
      throw refusal.foreign(file)
    }
    if (appId !== APPLICATION_ID) throw refusal.foreign(file)
    const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok')
    if (problems.length > 0) throw refusal.damaged(file, `its integrity check failed: ${problems.join('; ')}`)
    const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name))
    const missing = tablesAt(version).filter((t) => !tables.has(t))
    if (missing.length > 0) throw refusal.damaged(file, `tables are missing: ${missing.join(', ')}`)
    return { kind: 'workspace', version }
  } finally {
    db.close()
  }
}

/** SQLite codes that may mean the disk, not the file: full, read-only, or failing. */
const DISK_CODES = ['SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_FULL', 'SQLITE_READONLY']

export function probe(file: string, options: ProbeOptions): ProbeResult {
  const { busyTimeoutMs, writable = true, disk = realDisk, connect = connectSqlite } = options
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw refusal.folder(file)
    size = stat.size
  } catch (error) {
    if (error instanceof WorkspaceError) throw error
    // ENOTDIR: a file stands where a folder of the path should be, so there is no file either.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
    throw error
  }
  if (size === 0) return { kind: 'empty' }
  const header = readHeader(file)
  checkHeader(file, header)
  try {
    return inspect(file, !writable || !inWalMode(header) || existsSync(`${file}-wal`), busyTimeoutMs, connect)
  } catch (error) {
    if (error instanceof WorkspaceError) throw error
    const code = sqliteCode(error)
    if (code === 'SQLITE_NOTADB') throw refusal.notADatabase(file)
    if (DISK_CODES.some((c) => code?.startsWith(c)) && isDiskFull(disk, file)) throw refusal.full(file)
    if (code?.startsWith('SQLITE_CORRUPT') || code?.startsWith('SQLITE_IOERR')) {
      throw refusal.damaged(file, `parts of it cannot be read: ${(error as Error).message}`)
    }
    if (code?.startsWith('SQLITE_BUSY')) {
      throw new WorkspaceError('busy', `${file} is busy: another program or Policy Workbench window is using it. It has not been changed; close the other program or window, or try again in a moment.`, file)
    }
    if (code?.startsWith('SQLITE_CANTOPEN')) {
      throw new WorkspaceError('read-only', `${file} cannot be opened: Policy Workbench may not read it or its folder.`, file)
    }
    // Anything else SQLite objects to means the file is not as a workspace should be.
    if (code) throw refusal.damaged(file, (error as Error).message)
    throw error
  }
}
