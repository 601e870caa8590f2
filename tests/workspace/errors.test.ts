/**
 * SQLite failures while a workspace is open reach the person as plain words naming the file;
 * failures that are bugs (constraint violations) stay as they are, to be reported as such.
 */
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../src/shared/errors'
import { WorkspaceError } from '../../src/main/workspace'
import { translateSqliteError } from '../../src/main/workspace/errors'

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
})
