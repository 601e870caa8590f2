/**
 * Brings a workspace's schema up to date, one migration per transaction. Each transaction is
 * IMMEDIATE and re-reads user_version inside it, so two processes opening the same old file
 * at once apply each migration exactly once; a migration that fails leaves the file as the
 * previous one left it.
 */
import type { Database } from 'better-sqlite3'
import { WorkbenchError } from '../../shared/errors'
import { MIGRATIONS, type Migration } from './schema'

export function userVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }))
}

export function applicationId(db: Database): number {
  return Number(db.pragma('application_id', { simple: true }))
}

/** Throws unless the list is numbered 1, 2, 3… in order (a bug, caught by the tests). */
export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new WorkbenchError('internal', `Workspace migration "${m.name}" is numbered ${m.version}; expected ${i + 1}.`)
    }
  })
}

/**
 * Applies every migration above the workspace's user_version, up to `target` (all by
 * default); returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = migrations.length): number[] {
  checkMigrationList(migrations)
  const applied: number[] = []
  for (const migration of migrations) {
    if (migration.version > target) break
    const step = db.transaction(() => {
      if (userVersion(db) >= migration.version) return
      migration.up(db)
      // Inside the transaction: a failed migration leaves user_version where it was.
      db.pragma(`user_version = ${migration.version}`)
      applied.push(migration.version)
    })
    step.immediate()
  }
  return applied
}
