/**
 * SQLite failures while a workspace is open reach the person as plain words naming the file;
 * failures that are bugs (constraint violations) stay as they are, to be reported as such.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toErrorInfo, WorkbenchError } from '../../src/shared/errors'
import { Workspace, WorkspaceError, type WorkspaceProblem } from '../../src/main/workspace'
import { codeOf, translateFileError, translateSqliteError } from '../../src/main/workspace/errors'
import { readInputFile } from '../../src/main/cli/read-input-file'
import { tempFolder } from './helpers'

const sqliteError = (code: string, message = 'sqlite says no'): Error => Object.assign(new Error(message), { code })

describe('Workspace errors', () => {
  it.each([
    ['SQLITE_BUSY', 'busy', /is busy: another program or Policy Workbench window is writing to it/],
    ['SQLITE_BUSY_SNAPSHOT', 'busy', /is busy/],
    ['SQLITE_FULL', 'full', /the disk is full\. Nothing was changed/],
    ['SQLITE_READONLY', 'read-only', /cannot be written/],
    ['SQLITE_READONLY_DBMOVED', 'read-only', /cannot be written/],
    ['SQLITE_CORRUPT', 'damaged', /is damaged/],
    ['SQLITE_NOTADB', 'damaged', /is damaged/],
    ['SQLITE_IOERR_SHORT_READ', 'io', /the disk reported an error \(SQLITE_IOERR_SHORT_READ\)/],
  ])('%s becomes "%s"', (code, problem, message) => {
    const translated = translateSqliteError(sqliteError(code), '/home/ann/policies.sqlite')
    expect(translated).toBeInstanceOf(WorkspaceError)
    expect(translated).toBeInstanceOf(WorkbenchError)
    expect(translated).toMatchObject({ problem, file: '/home/ann/policies.sqlite' })
    expect((translated as Error).message).toMatch(message)
    expect((translated as Error).message).toContain('/home/ann/policies.sqlite')
  })

  it('leaves bugs and other errors as they are', () => {
    const constraint = sqliteError('SQLITE_CONSTRAINT_UNIQUE')
    expect(translateSqliteError(constraint, 'f')).toBe(constraint)
    const plain = new TypeError('oops')
    expect(translateSqliteError(plain, 'f')).toBe(plain)
    const node = Object.assign(new Error('no such file'), { code: 'ENOENT' })
    expect(translateSqliteError(node, 'f')).toBe(node)
  })

  it.each([
    ['SQLITE_BUSY', 'workspace-busy'],
    ['SQLITE_LOCKED', 'workspace-busy'],
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_READONLY', 'workspace-read-only'],
    ['SQLITE_PERM', 'workspace-read-only'],
    ['SQLITE_CANTOPEN', 'workspace-read-only'],
    ['SQLITE_CORRUPT_VTAB', 'workspace-damaged'],
    ['SQLITE_NOTADB', 'workspace-damaged'],
    ['SQLITE_IOERR_WRITE', 'disk-error'],
  ])('%s travels as the code "%s", never as a bug', (sqlite, code) => {
    const translated = translateSqliteError(sqliteError(sqlite), 'w.sqlite') as WorkbenchError
    expect(toErrorInfo(translated)).toMatchObject({ code, file: 'w.sqlite' })
  })

  it('gives every problem its own code, none of them "internal"', () => {
    const expected: Record<WorkspaceProblem, string> = {
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
    expect(codeOf).toEqual(expected)
    for (const problem of Object.keys(expected) as WorkspaceProblem[]) expect(new WorkspaceError(problem, 'm', 'f').code).toBe(expected[problem])
  })

  it.each([
    ['EACCES', 'read-only', 'workspace-read-only'],
    ['EPERM', 'read-only', 'workspace-read-only'],
    ['EROFS', 'read-only', 'workspace-read-only'],
    ['ENOSPC', 'full', 'disk-full'],
    ['EIO', 'io', 'disk-error'],
  ])('a file-system %s around the workspace becomes "%s" (%s)', (errno, problem, code) => {
    const translated = translateFileError(Object.assign(new Error(`${errno}: no`), { code: errno }), '/data/w.sqlite')
    expect(translated).toMatchObject({ problem, code, file: '/data/w.sqlite' })
    expect((translated as Error).message).toContain('/data/w.sqlite')
  })

  it('leaves other file-system errors and refusals as they are', () => {
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' })
    expect(translateFileError(missing, 'f')).toBe(missing)
    const refusal = new WorkspaceError('busy', 'busy', 'f')
    expect(translateFileError(refusal, 'f')).toBe(refusal)
  })

  it('refuses real files with the codes the UI acts on', () => {
    const dir = tempFolder()
    expect(() => Workspace.open(path.join(dir, 'none.sqlite'))).toThrow(expect.objectContaining({ code: 'file-missing' }))
    const folder = path.join(dir, 'a-folder')
    mkdirSync(folder)
    expect(() => Workspace.open(folder)).toThrow(expect.objectContaining({ code: 'not-a-workspace' }))
    const existing = path.join(dir, 'existing.sqlite')
    Workspace.create(existing).close()
    expect(() => Workspace.create(existing)).toThrow(expect.objectContaining({ code: 'workspace-exists' }))
  })

  it('reports a path that runs through a file as a missing workspace, not a bug', () => {
    const blocker = path.join(tempFolder(), 'blocker')
    writeFileSync(blocker, 'x')
    const file = path.join(blocker, 'w.sqlite')
    expect(() => Workspace.open(file)).toThrow(expect.objectContaining({ problem: 'missing', code: 'file-missing', file }))
  })
})

describe('Files named on the command line', () => {
  it('reports a missing file as missing and a folder as unreadable, never as damaged', async () => {
    const dir = tempFolder()
    expect(await readInputFile(path.join(dir, 'gone.docx'))).toMatchObject({ ok: false, name: 'gone.docx', error: { code: 'file-missing', file: 'gone.docx' } })
    expect(await readInputFile(dir)).toMatchObject({ ok: false, error: { code: 'file-unreadable' } })
  })
})
