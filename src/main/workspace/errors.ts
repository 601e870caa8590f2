/**
 * Why a workspace could not be opened or written, in words a policy officer understands, each
 * naming the file. `WorkspaceError` is a WorkbenchError (it crosses every host as one), with a
 * `reason` so callers and tests can tell the cases apart until ErrorCode has a code for each.
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

/**
 * The ErrorCode each problem travels as. ErrorCode has no workspace codes yet; the codes in the
 * comments are the ones asked for (see the workspace issue). Change them here and nowhere else.
 */
const codeOf: Record<WorkspaceProblem, ErrorCode> = {
  missing: 'not-found', // wanted: 'workspace-not-found'
  exists: 'invalid-request', // wanted: 'workspace-exists'
  folder: 'damaged-file', // wanted: 'not-a-workspace'
  'not-a-database': 'damaged-file', // wanted: 'not-a-workspace'
  foreign: 'damaged-file', // wanted: 'not-a-workspace'
  damaged: 'damaged-file', // wanted: 'workspace-damaged'
  'too-new': 'damaged-file', // wanted: 'workspace-too-new'
  busy: 'internal', // wanted: 'workspace-busy'
  'read-only': 'internal', // wanted: 'workspace-read-only'
  full: 'internal', // wanted: 'disk-full'
  io: 'internal', // wanted: 'workspace-io'
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
  tooNew: (file: string) =>
    new WorkspaceError(
      'too-new',
      `${file} was made by a newer version of Policy Workbench; update Policy Workbench to open it. ${UNCHANGED}`,
      file,
    ),
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
