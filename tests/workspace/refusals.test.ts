/**
 * Files that are not workspaces, or not workspaces this version may touch, are refused with a
 * message naming the file, and left exactly as they were (no byte changed, no -wal or -shm
 * file left beside them).
 */
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, LATEST_VERSION, Workspace, WorkspaceError, type WorkspaceProblem } from '../../src/main/workspace'
import { makeSource, snapshotFolder, tempFolder } from './helpers'

/**
 * Opens `file` (which must be refused for `problem`), then checks its folder is unchanged.
 * `sharedMemory` skips the -shm file: while another connection has the file open, readers
 * record read marks in it (it is coordination between connections, never data).
 */
function expectRefused(file: string, problem: WorkspaceProblem, message: RegExp, sharedMemory = true): WorkspaceError {
  const dir = path.dirname(file)
  const names = readdirSync(dir)
  const watched = [...names, `${path.basename(file)}-wal`, `${path.basename(file)}-shm`].filter((n) => sharedMemory || !n.endsWith('-shm'))
  const before = snapshotFolder(dir, watched)
  let caught: unknown
  try {
    Workspace.open(file, { create: true }).close()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(WorkspaceError)
  const error = caught as WorkspaceError
  expect(error.problem).toBe(problem)
  expect(error.file).toBe(file)
  expect(error.message).toContain(file)
  expect(error.message).toMatch(message)
  expect(error.toInfo()).toMatchObject({ file, message: error.message })
  expect(readdirSync(dir).sort()).toEqual(names.sort())
  expect(snapshotFolder(dir, watched)).toEqual(before)
  return error
}

/** A real workspace with a few sources in it, closed (checkpointed into the one file). */
function workspaceWithData(file: string): void {
  const ws = Workspace.create(file)
  for (let i = 0; i < 40; i++) {
    const { bytes, source } = makeSource(`policy-${i}.txt`, Array.from({ length: 30 }, (_, c) => `Clause ${c} of policy ${i}: staff must be polite online ${'and careful '.repeat(c % 7)}.`))
    ws.addSource(bytes, source)
  }
  ws.close()
}

describe('Workspace refusals', () => {
  it('refuses a text file named .sqlite', () => {
    const file = path.join(tempFolder(), 'notes.sqlite')
    writeFileSync(file, 'These are my notes about the social media policy.\n'.repeat(50))
    const error = expectRefused(file, 'not-a-database', /is not a Policy Workbench workspace \(it is not a database file\)\. It has not been changed\./)
    expect(error.code).toBe('not-a-workspace')
  })

  it('refuses random bytes, long and short', () => {
    const dir = tempFolder()
    const long = path.join(dir, 'random.sqlite')
    writeFileSync(long, randomBytes(64 * 1024))
    expectRefused(long, 'not-a-database', /not a database file/)
    const short = path.join(dir, 'tiny.sqlite')
    writeFileSync(short, randomBytes(7))
    expectRefused(short, 'not-a-database', /not a database file/)
  })

  it('refuses a truncated workspace as damaged', () => {
    const file = path.join(tempFolder(), 'cut.sqlite')
    workspaceWithData(file)
    const whole = readFileSync(file)
    expect(whole.length).toBeGreaterThan(64 * 1024)
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)))
    expectRefused(file, 'damaged', /is a damaged Policy Workbench workspace .*It has not been changed\./)
  })

  it('refuses a workspace cut inside its header', () => {
    const file = path.join(tempFolder(), 'cut-header.sqlite')
    workspaceWithData(file)
    writeFileSync(file, readFileSync(file).subarray(0, 60))
    expectRefused(file, 'damaged', /cut short/)
  })

  it('refuses a workspace whose pages were overwritten', () => {
    const file = path.join(tempFolder(), 'scribbled.sqlite')
    workspaceWithData(file)
    const bytes = readFileSync(file)
    // Scribble over every page but the first: b-tree pages no longer make sense.
    for (let offset = 4096; offset < bytes.length; offset += 4096) randomBytes(200).copy(bytes, offset)
    writeFileSync(file, bytes)
    expectRefused(file, 'damaged', /damaged/)
  })

  it("refuses another program's SQLite file, with or without an application id", () => {
    const dir = tempFolder()
    const plain = path.join(dir, 'contacts.db')
    const db = new Database(plain)
    db.exec("CREATE TABLE contacts (name TEXT, email TEXT); INSERT INTO contacts VALUES ('Ann', 'ann@example.org')")
    db.close()
    expectRefused(plain, 'foreign', /is not a Policy Workbench workspace \(it is a database made by another program\)/)

    const marked = path.join(dir, 'other-app.sqlite')
    const other = new Database(marked)
    other.pragma('application_id = 1234')
    other.exec('CREATE TABLE things (x)')
    other.close()
    expectRefused(marked, 'foreign', /another program/)

    // Another program's database that happens to have tables named like ours is still not ours.
    const lookalike = path.join(dir, 'lookalike.sqlite')
    const look = new Database(lookalike)
    look.exec('CREATE TABLE sources (id TEXT); CREATE TABLE clauses (id TEXT)')
    look.close()
    expectRefused(lookalike, 'foreign', /another program/)
  })

  it('refuses a file marked as ours whose tables are missing', () => {
    const file = path.join(tempFolder(), 'hollow.sqlite')
    const db = new Database(file)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${LATEST_VERSION}`)
    db.exec('CREATE TABLE files (id TEXT)')
    db.close()
    expectRefused(file, 'damaged', /tables are missing: sources, clauses/)
  })

  it('refuses a workspace made by a newer version, unchanged, in rollback and WAL mode alike', () => {
    for (const mode of ['delete', 'wal']) {
      const file = path.join(tempFolder(), `newer-${mode}.sqlite`)
      workspaceWithData(file)
      const db = new Database(file)
      db.pragma(`journal_mode = ${mode}`)
      db.pragma(`user_version = ${LATEST_VERSION + 1}`)
      // Something this version cannot know about.
      db.exec('CREATE TABLE comments_from_the_future (id INTEGER PRIMARY KEY, body TEXT)')
      db.close()
      const error = expectRefused(
        file,
        'too-new',
        /was made by a newer version of Policy Workbench; update Policy Workbench to open it\. It has not been changed\./,
      )
      expect(error.code).toBe('workspace-too-new')
    }
  })

  it('refuses a newer workspace whose newest header is still in its WAL file', () => {
    // A newer version that crashed right after migrating: the main file still says our version.
    const dir = tempFolder()
    const file = path.join(dir, 'newer-in-wal.sqlite')
    workspaceWithData(file)
    const writer = new Database(file)
    writer.pragma('wal_autocheckpoint = 0')
    writer.pragma(`user_version = ${LATEST_VERSION + 1}`)
    const header = readFileSync(file).readInt32BE(60)
    expect(header).toBe(LATEST_VERSION)
    try {
      expectRefused(file, 'too-new', /newer version/, false)
    } finally {
      writer.close()
    }
  })
})
