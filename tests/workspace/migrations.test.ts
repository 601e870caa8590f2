/**
 * The schema moves forward one migration at a time, each in its own transaction: from an
 * empty file, from an empty database, and from an older workspace with data in it (built here
 * by applying only the first migration), whose clauses the later full-text migration indexes.
 */
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS, Workspace, type Migration } from '../../src/main/workspace'
import { checkMigrationList, migrate, userVersion } from '../../src/main/workspace/migrate'
import { makeSource, tempFolder } from './helpers'

const tables = (db: Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  )

describe('Workspace migrations', () => {
  it('are numbered 1, 2, 3… and the newest is the version this build writes', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow()
    expect(LATEST_VERSION).toBe(MIGRATIONS.length)
    expect(() => checkMigrationList([MIGRATIONS[1]!])).toThrow(/numbered 2; expected 1/)
  })

  it('turn an empty SQLite database (no tables, no application id) into a workspace', () => {
    const file = path.join(tempFolder(), 'blank.sqlite')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    db.close()
    const ws = Workspace.open(file)
    expect(ws.schemaVersion).toBe(LATEST_VERSION)
    ws.close()
    const check = new Database(file, { readonly: true })
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(tables(check)).toEqual(expect.arrayContaining(MIGRATIONS.flatMap((m) => m.creates)))
    check.close()
  })

  it('bring an older workspace with data up to date, indexing what was already there', () => {
    const file = path.join(tempFolder(), 'v1.sqlite')
    const old = makeSource('old-policy.txt', [
      { text: 'Staff must not post photographs of service users.', section: ['Photographs'] },
      { text: 'Report abusive comments to the communications team.', section: ['Moderation'] },
    ])
    // A workspace as version 1 of the schema left it: no full-text index yet.
    const v1 = new Database(file)
    v1.pragma('journal_mode = WAL')
    v1.pragma('foreign_keys = ON')
    expect(migrate(v1, MIGRATIONS, 1)).toEqual([1])
    // Written as version 1 wrote it, row by row.
    v1.transaction(() => {
      const s = old.source
      v1.prepare('INSERT INTO files (id, file_name, bytes, size, imported_at) VALUES (?, ?, ?, ?, ?)').run(s.id, s.origin, old.bytes, old.bytes.length, s.importedAt)
      v1.prepare(
        'INSERT INTO sources (id, title, organisation, kind, date, format, origin, imported_at, outline, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(s.id, s.title, s.organisation, s.kind, s.date, s.format, s.origin, s.importedAt, JSON.stringify(s.outline), JSON.stringify(s.warnings))
      s.clauses.forEach((c, i) =>
        v1
          .prepare('INSERT INTO clauses (id, source_id, position, section, label, level, text, inline, topics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(c.id, s.id, i, JSON.stringify(c.section), c.label, c.level, c.text, c.inline, JSON.stringify(c.topics)),
      )
    })()
    expect(userVersion(v1)).toBe(1)
    expect(tables(v1)).not.toContain('clauses_fts')
    v1.close()

    const ws = Workspace.open(file)
    try {
      expect(ws.schemaVersion).toBe(LATEST_VERSION)
      expect(ws.getSource(old.source.id)).toEqual(old.source)
      // Migration 2 indexed the clauses written before it existed…
      expect(ws.searchClauses('photographs').map((h) => h.clauseId)).toEqual([old.source.clauses[0]!.id])
      expect(ws.searchClauses('moderation').map((h) => h.clauseId)).toEqual([old.source.clauses[1]!.id])
      // …and its triggers keep the index in step from now on.
      const added = makeSource('new-policy.txt', ['Photographs of children need written consent.'])
      ws.addSource(added.bytes, added.source)
      expect(ws.searchClauses('photographs').map((h) => h.sourceId).sort()).toEqual([old.source.id, added.source.id].sort())
      ws.removeSource(old.source.id)
      expect(ws.searchClauses('photographs').map((h) => h.sourceId)).toEqual([added.source.id])
      expect(ws.check()).toEqual([])
    } finally {
      ws.close()
    }
  })

  it('rebuild the full-text index of a version 2 workspace, which indexed clauses by trigger', () => {
    const file = path.join(tempFolder(), 'v2.sqlite')
    const v2 = new Database(file)
    v2.pragma('foreign_keys = ON')
    expect(migrate(v2, MIGRATIONS, 2)).toEqual([1, 2])
    const triggers = (): string[] =>
      (v2.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'clauses_fts%' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
    expect(triggers()).toEqual(['clauses_fts_delete', 'clauses_fts_insert', 'clauses_fts_update'])
    // Version 2 wrote clauses and its trigger indexed them.
    v2.prepare("INSERT INTO files VALUES (?, 'a.txt', x'00', 1, 't')").run('a'.repeat(64))
    v2.prepare("INSERT INTO sources (id, title, kind, format, origin, imported_at, outline, warnings) VALUES (?, 't', 'other', 'txt', 'a.txt', 't', '[]', '[]')").run('a'.repeat(64))
    v2.prepare("INSERT INTO clauses (id, source_id, position, section, level, text, inline, topics) VALUES ('c0', ?, 0, ?, 0, 'Ask for consent first.', '', '[]')").run(
      'a'.repeat(64),
      JSON.stringify(['Photographs']),
    )
    v2.close()

    const ws = Workspace.open(file)
    try {
      expect(ws.schemaVersion).toBe(LATEST_VERSION)
      expect(ws.searchClauses('consent').map((h) => h.clauseId)).toEqual(['c0'])
      expect(ws.searchClauses('photographs').map((h) => h.clauseId)).toEqual(['c0'])
      // No insert trigger any more: the code indexes each new clause once.
      const added = makeSource('b.txt', ['Consent forms are kept for a year.', 'Ask again each year.'])
      ws.addSource(added.bytes, added.source)
      expect(ws.searchClauses('consent').map((h) => h.clauseId).sort()).toEqual(['c0', added.source.clauses[0]!.id].sort())
      expect(ws.check()).toEqual([])
    } finally {
      ws.close()
    }
    const after = new Database(file, { readonly: true })
    expect(
      (after.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'clauses_fts%' ORDER BY name").all() as { name: string }[]).map((r) => r.name),
    ).toEqual(['clauses_fts_delete', 'clauses_fts_update'])
    expect(after.prepare('SELECT count(*) AS n FROM clauses_fts').get()).toEqual({ n: 3 })
    after.close()
  })

  it('roll a failed migration back whole, leaving the version where it was', () => {
    const db = new Database(':memory:')
    migrate(db)
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'a migration that fails half-way',
      creates: ['half_done'],
      up: (d) => {
        d.exec('CREATE TABLE half_done (x); ALTER TABLE drafts ADD COLUMN pinned INTEGER')
        throw new Error('disk on fire')
      },
    }
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('disk on fire')
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(tables(db)).not.toContain('half_done')
    expect((db.prepare('PRAGMA table_info(drafts)').all() as { name: string }[]).map((c) => c.name)).not.toContain('pinned')
    db.close()
  })

  it('apply each migration once, however often they run', () => {
    const db = new Database(':memory:')
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    expect(migrate(db)).toEqual([])
    expect(userVersion(db)).toBe(LATEST_VERSION)
    db.close()
  })
})
