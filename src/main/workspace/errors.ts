/**
 * Why a workspace could not be opened or written, in words a policy officer understands, each
 * naming the file. `WorkspaceError` is a WorkbenchError (it crosses every host as one), with a
 * `problem` finer than its ErrorCode (three problems are all 'not-a-workspace' to the person).
 */
import { WorkbenchError, type ErrorCode } from '../../shared/errors'

export type WorkspaceProblem =
  /** Workspace.open without create on a path where there is no file. */
  | 'missing'
  /** Workspace.create on a path where a file already is. */
  | 'exists'
  /** The path is a folder. */
  | 'folder'
  /** Not an SQLite file at all (a text file named .sqlite, random bytes). */
  | 'not-a-database'
  /** An SQLite database of another program. */
  | 'foreign'
  /** Ours, but damaged: truncated, failed its integrity check, or missing tables. */
  | 'damaged'
  /** Made by a newer version of Policy Workbench (its schema is ahead of ours). */
  | 'too-new'
  /** Another program or window holds the lock longer than the busy timeout. */
  | 'busy'
  /** The file or its folder cannot be written. */
  | 'read-only'
  /** The disk is full. */
  | 'full'
  /** The disk failed to read or write. */
  | 'io'

/** The ErrorCode each problem travels as: change them here and nowhere else. None is 'internal'. */
export const codeOf: Record<WorkspaceProblem, ErrorCode> = {
  missing: 'file-missing',
  exists: 'workspace-exists',
  folder: 'not-a-workspace',
  'not-a-database': 'not-a-workspace',
  foreign: 'not-a-workspace',
  damaged: 'workspace-damaged',
  'too-new': 'workspace-too-new',
  busy: 'workspace-busy',
  'read-only': 'workspace-read-only',
  full: 'disk-full',
  io: 'disk-error',
}

export class WorkspaceError extends WorkbenchError {
  readonly problem: WorkspaceProblem

  constructor(problem: WorkspaceProblem, message: string, file: string) {
    super(codeOf[problem], message, file)
    this.name = 'WorkspaceError'
    this.problem = problem
  }
}

const UNCHANGED = 'It has not been changed.'

export const refusal = {
  missing: (file: string) => new WorkspaceError('missing', `There is no workspace at ${file}: the file does not exist.`, file),
  exists: (file: string) =>
    new WorkspaceError('exists', `${file} already exists, so a new workspace was not created there. Open it, or choose another name.`, file),
  folder: (file: string) => new WorkspaceError('folder', `${file} is a folder, not a Policy Workbench workspace.`, file),
  notADatabase: (file: string) =>
    new WorkspaceError('not-a-database', `${file} is not a Policy Workbench workspace (it is not a database file). ${UNCHANGED}`, file),
  foreign: (file: string) =>
    new WorkspaceError(
      'foreign',
      `${file} is not a Policy Workbench workspace (it is a database made by another program). ${UNCHANGED}`,
      file,
    ),
  damaged: (file: string, detail: string) =>
    new WorkspaceError(
      'damaged',
      `${file} is a damaged Policy Workbench workspace (${detail}). ${UNCHANGED} Open a backup copy if you have one.`,
      file,
    ),
  /** A healthy file SQLite cannot open for writing because the disk is full ("disk I/O error"). */
  full: (file: string) =>
    new WorkspaceError(
      'full',
      `${file} cannot be opened because the disk it is on is full. ${UNCHANGED} Free some space on that disk, then open it again.`,
      file,
    ),
  /** Could be opened read-only, but it needs updating to this version's schema, which is a write. */
  readOnlyTooOld: (file: string) =>
    new WorkspaceError(
      'read-only',
      `${file} cannot be written (the file, its folder or its disk is read-only), and this version of Policy Workbench needs to update it before reading it. ${UNCHANGED} Copy it to a folder you can write to, or make it writable, and open it again.`,
      file,
    ),
  /** A new workspace cannot be made where nothing may be written. */
  readOnlyFolder: (file: string) =>
    new WorkspaceError(
      'read-only',
      `${file} cannot be created: its folder or disk is read-only. Nothing was changed; choose a folder you can write to.`,
      file,
    ),
  tooNew: (file: string) =>
    new WorkspaceError(
      'too-new',
      `${file} was made by a newer version of Policy Workbench; update Policy Workbench to open it. ${UNCHANGED}`,
      file,
    ),
}

/** Any change asked of a workspace that was opened read-only (see Workspace.readOnly). */
export function readOnlyWorkspace(file: string): WorkspaceError {
  return new WorkspaceError(
    'read-only',
    `${file} is open read-only (the file, its folder or its disk cannot be written), so nothing can be changed. Nothing was changed; to make changes, copy it to a folder you can write to, or make it writable, and open it again.`,
    file,
  )
}

/**
 * A file-system failure around the workspace file (reading its header, making its folder) as
 * a WorkspaceError; anything else is returned unchanged. Without this, a folder the person may
 * not write to would reach them as 'internal', a bug.
 */
export function translateFileError(error: unknown, file: string): unknown {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new WorkspaceError('read-only', `${file} cannot be opened: Policy Workbench may not read or write it or its folder. Nothing was changed.`, file)
    case 'ENOSPC':
      return new WorkspaceError('full', `${file} could not be created because the disk is full. Nothing was changed; free some space and try again.`, file)
    case 'EIO':
      return new WorkspaceError('io', `${file} could not be read or written: the disk reported an error (${code}). Nothing was changed.`, file)
    default:
      return error
  }
}

/** The SQLite result code of a thrown value ("SQLITE_BUSY"), if it is an SQLite error. */
export function sqliteCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/**
 * An SQLite failure while reading or writing an open workspace, as a WorkspaceError; anything
 * else (constraint failures are bugs, not the person's doing) is returned unchanged.
 */
export function translateSqliteError(error: unknown, file: string): unknown {
  const code = sqliteCode(error)
  if (!code) return error
  // Extended codes ("SQLITE_IOERR_SHORT_READ") are grouped by their primary code.
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0]
  switch (primary) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new WorkspaceError(
        'busy',
        `${file} is busy: another program or Policy Workbench window is writing to it. Nothing was changed; try again in a moment.`,
        file,
      )
    case 'SQLITE_FULL':
      return new WorkspaceError('full', `${file} could not be saved because the disk is full. Nothing was changed; free some space and try again.`, file)
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_CANTOPEN':
      return new WorkspaceError('read-only', `${file} cannot be written (the file or its folder is read-only). Nothing was changed.`, file)
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new WorkspaceError('damaged', `${file} is damaged (${(error as Error).message}). Open a backup copy if you have one.`, file)
    case 'SQLITE_IOERR':
      return new WorkspaceError('io', `${file} could not be read or written: the disk reported an error (${code}). Nothing was changed.`, file)
    default:
      return error
  }
}
