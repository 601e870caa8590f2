/**
 * Errors that tell the truth about the disk: a healthy workspace on a full disk is "the disk is
 * full", not "damaged"; one that cannot be written opens read-only and says so, and every
 * change then answers 'workspace-read-only'. A full or read-only disk is injected through the
 * connection layer (disk.ts, probe.ts Connect); where this machine allows it, a real folder
 * made read-only with chmod (not as root, who may write anyway) and a real tiny tmpfs (only as
 * root where mount works) show the same.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import { realDisk, type DiskFacts } from '../../src/main/workspace/disk'
import { connectSqlite, type Connect } from '../../src/main/workspace/probe'
import { makeDraft, makeSource, snapshotFolder, tempFolder } from './helpers'

const FILES = ['ws.sqlite', 'ws.sqlite-wal', 'ws.sqlite-shm']

/** A closed, healthy workspace with one source, one draft and one setting. */
function healthyWorkspace(dir: string): string {
  const file = path.join(dir, 'ws.sqlite')
  const ws = Workspace.open(file, { create: true })
  const { bytes, source } = makeSource('policy.txt', ['Staff must not post abuse.'])
  ws.addSource(bytes, source)
  ws.putDraft(makeDraft('d1'))
  ws.setSetting('pane', 240)
  ws.close()
  return file
}

const sqliteError = (message: string, code: string): Error => Object.assign(new Error(message), { code })

/** SQLite on a full disk: a connection that may write cannot make its -shm file. */
const fullDiskConnect: Connect = (file, options) => {
  if (!options.readonly) throw sqliteError('disk I/O error', 'SQLITE_IOERR_TRUNCATE')
  return connectSqlite(file, options)
}

const disk = (facts: Partial<DiskFacts>): DiskFacts => ({ ...realDisk, ...facts })

describe('a healthy workspace on a full disk', () => {
  it('is reported as a full disk, with what to do, and is not changed', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    const before = snapshotFolder(dir, FILES)
    expect(() => Workspace.open(file, { connect: fullDiskConnect, disk: disk({ freeBytes: () => 0 }) })).toThrow(
      expect.objectContaining({ code: 'disk-full', problem: 'full', file, message: expect.stringMatching(/disk it is on is full.*Free some space/) }),
    )
    expect(snapshotFolder(dir, FILES)).toEqual(before)
  })

  it('is still "damaged" when the disk has room: the I/O error is then the file', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    expect(() => Workspace.open(file, { connect: fullDiskConnect, disk: disk({ freeBytes: () => 10 * 1024 ** 3 }) })).toThrow(
      expect.objectContaining({ code: 'workspace-damaged' }),
    )
  })

  it('is reported as full when the failure comes after the probe, while opening for writing', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    let opens = 0
    const failSecond: Connect = (f, options) => {
      opens++
      if (opens === 2) throw sqliteError('disk I/O error', 'SQLITE_IOERR_WRITE')
      return connectSqlite(f, options)
    }
    expect(() => Workspace.open(file, { connect: failSecond, disk: disk({ freeBytes: () => 4096 }) })).toThrow(expect.objectContaining({ code: 'disk-full' }))
  })
})

/** Every change a workspace offers, each of which must be refused on a read-only one. */
function everyWrite(ws: Workspace): [string, () => unknown][] {
  const { bytes, source } = makeSource('other.txt', ['Managers answer questions.'])
  const existing = ws.listSources()[0]!.id
  return [
    ['addSource', () => ws.addSource(bytes, source)],
    ['updateSource', () => ws.updateSource(existing, { title: 'New' })],
    ['removeSource', () => ws.removeSource(existing)],
    ['putDraft', () => ws.putDraft(makeDraft('d2'))],
    ['removeDraft', () => ws.removeDraft('d1')],
    ['addDraftVersion', () => ws.addDraftVersion({ draftId: 'd1', name: 'v1' } as Parameters<Workspace['addDraftVersion']>[0])],
    ['setSetting', () => ws.setSetting('pane', 300)],
    ['removeSetting', () => ws.removeSetting('pane')],
    ['transaction', () => ws.transaction(() => 1)],
  ]
}

function expectReadOnlyWorkspace(ws: Workspace, file: string): void {
  expect(ws.readOnly).toBe(true)
  // Everything can be read…
  expect(ws.listSources()).toHaveLength(1)
  expect(ws.getDraft('d1')?.id).toBe('d1')
  expect(ws.getSetting('pane')).toBe(240)
  expect(ws.searchClauses('abuse')).toHaveLength(1)
  // …and every change is refused, saying why and what to do.
  for (const [name, write] of everyWrite(ws)) {
    expect(write, name).toThrow(expect.objectContaining({ code: 'workspace-read-only', file, message: expect.stringMatching(/is open read-only.*copy it to a folder you can write to/) }))
  }
}

describe('a workspace that cannot be written', () => {
  it('opens read-only, reads everything, refuses every change, and is not changed', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    // Note: only the workspace itself is compared. The folder here is in truth writable, so
    // SQLite's read-only connection leaves its -wal and -shm files (empty of changes) behind;
    // in a folder that is really read-only it cannot make them (the chmod and tmpfs tests).
    const before = snapshotFolder(dir, ['ws.sqlite'])
    const ws = Workspace.open(file, { disk: disk({ canWrite: () => false }) })
    try {
      expectReadOnlyWorkspace(ws, file)
    } finally {
      ws.close()
    }
    expect(snapshotFolder(dir, ['ws.sqlite'])).toEqual(before)
  })

  it('is refused, saying why, when it would need migrating (a write) to be read', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    const db = new Database(file)
    db.pragma('user_version = 1')
    db.close()
    expect(() => Workspace.open(file, { disk: disk({ canWrite: () => false }) })).toThrow(
      expect.objectContaining({ code: 'workspace-read-only', message: expect.stringMatching(/needs to update it.*Copy it to a folder you can write to/) }),
    )
  })

  it('cannot be created in a read-only folder, and says so', () => {
    const file = path.join(tempFolder(), 'new.sqlite')
    expect(() => Workspace.open(file, { create: true, disk: disk({ canWrite: () => false }) })).toThrow(
      expect.objectContaining({ code: 'workspace-read-only', message: expect.stringMatching(/cannot be created: its folder or disk is read-only/) }),
    )
  })

  it('a writable workspace says it is not read-only', () => {
    const ws = Workspace.open(healthyWorkspace(tempFolder()))
    expect(ws.readOnly).toBe(false)
    ws.close()
  })
})

const isRoot = process.getuid?.() === 0

describe.skipIf(isRoot || process.platform === 'win32')('a real read-only folder (chmod)', () => {
  it('opens the workspace in it read-only', () => {
    const dir = tempFolder()
    const file = healthyWorkspace(dir)
    chmodSync(dir, 0o555)
    try {
      const ws = Workspace.open(file)
      try {
        expectReadOnlyWorkspace(ws, file)
      } finally {
        ws.close()
      }
    } finally {
      chmodSync(dir, 0o755)
    }
  })
})

/** A 1 MiB tmpfs, where this machine lets us mount one (root, outside most CI); else null. */
function mountTinyDisk(): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-tinydisk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return null
  }
}

describe.runIf(isRoot && process.platform === 'linux')('a real tiny disk (tmpfs)', () => {
  let dir: string | null = null
  let file = ''
  // Note: mounted here, not when the file loads, so a filtered run never leaves a mount behind.
  beforeAll(() => {
    dir = mountTinyDisk()
    if (dir) file = healthyWorkspace(dir)
  })
  afterAll(() => {
    if (!dir) return
    execFileSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
  })

  it('full: "the disk is full", not "damaged"', (ctx) => {
    if (!dir) return ctx.skip()
    const filler = path.join(dir, 'filler')
    try {
      writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024))
    } catch {
      // ENOSPC: the disk is now full, as wanted.
    }
    try {
      expect(() => Workspace.open(file)).toThrow(expect.objectContaining({ code: 'disk-full' }))
    } finally {
      rmSync(filler, { force: true })
    }
  })

  it('read-only file system: opens read-only', (ctx) => {
    if (!dir) return ctx.skip()
    execFileSync('mount', ['-o', 'remount,ro', dir])
    try {
      const ws = Workspace.open(file)
      try {
        expectReadOnlyWorkspace(ws, file)
      } finally {
        ws.close()
      }
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', dir])
    }
  })
})

describe('a workspace another program holds', () => {
  it('is "busy" at open, saying to close the other program, not "damaged"', () => {
    const file = healthyWorkspace(tempFolder())
    const locked: Connect = (f, options) => {
      if (!options.readonly) throw sqliteError('database is locked', 'SQLITE_BUSY')
      return connectSqlite(f, options)
    }
    expect(() => Workspace.open(file, { connect: locked })).toThrow(
      expect.objectContaining({ code: 'workspace-busy', message: expect.stringMatching(/is busy: .*close the other program/) }),
    )
  })
})
