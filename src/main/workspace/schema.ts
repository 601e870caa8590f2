/**
 * The workspace schema as an ordered list of forward migrations. A workspace's PRAGMA
 * user_version is the number of the last migration applied to it; PRAGMA application_id marks
 * the file as ours. Never edit a migration that has shipped: add the next one.
 *
 * Why the tables look as they do:
 * - `files` keeps the original bytes apart from `sources`, so listing sources never pages
 *   through BLOBs; a source's id is its file's id (SHA-256 hex of the bytes), one to one.
 * - `seq INTEGER PRIMARY KEY` gives sources and clauses a stable integer key: insertion order
 *   for ties, and the rowid the full-text index points at (VACUUM keeps it).
 * - JSON columns (outline, warnings, section, topics, drafts) hold plain model values; they are
 *   read whole, never queried into, except for counts.
 * - `counters.sources` goes up on every change to a source (triggers), so caches in any process
 *   know when the library changed; drafts and settings do not move it.
 */
import type { Database } from 'better-sqlite3'

/** PRAGMA application_id of a Policy Workbench workspace: "PWbk" in ASCII. */
export const APPLICATION_ID = 0x5057626b

export interface Migration {
  /** user_version after this migration; migrations are numbered 1, 2, 3… with no gaps. */
  version: number
  name: string
  /** Tables this migration creates, for checking that a workspace is whole. */
  creates: string[]
  /** Runs inside the migration's transaction. */
  up(db: Database): void
}

const CORE_TABLES = /* sql */ `
  CREATE TABLE files (
    id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 64),
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX files_by_name ON files (file_name COLLATE NOCASE, imported_at);

  CREATE TABLE sources (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE REFERENCES files (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    organisation TEXT,
    kind TEXT NOT NULL,
    date TEXT,
    format TEXT NOT NULL,
    origin TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    outline TEXT NOT NULL,
    warnings TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    previous_id TEXT REFERENCES sources (id) ON DELETE SET NULL
  ) STRICT;
  CREATE INDEX sources_by_import ON sources (imported_at, seq);
  CREATE INDEX sources_by_previous ON sources (previous_id);

  CREATE TABLE clauses (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    label TEXT,
    level INTEGER NOT NULL,
    text TEXT NOT NULL,
    inline TEXT NOT NULL,
    topics TEXT NOT NULL,
    UNIQUE (source_id, position)
  ) STRICT;

  CREATE TABLE drafts (
    id TEXT NOT NULL PRIMARY KEY,
    draft TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX drafts_by_update ON drafts (updated_at);

  CREATE TABLE draft_versions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    draft TEXT NOT NULL
  ) STRICT;
  CREATE INDEX draft_versions_by_draft ON draft_versions (draft_id, created_at);

  CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  CREATE TABLE counters (
    name TEXT NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
  ) STRICT;
  INSERT INTO counters (name, value) VALUES ('sources', 0);
  CREATE TRIGGER sources_count_insert AFTER INSERT ON sources
    BEGIN UPDATE counters SET value = value + 1 WHERE name = 'sources'; END;
  CREATE TRIGGER sources_count_update AFTER UPDATE ON sources
    BEGIN UPDATE counters SET value = value + 1 WHERE name = 'sources'; END;
  CREATE TRIGGER sources_count_delete AFTER DELETE ON sources
    BEGIN UPDATE counters SET value = value + 1 WHERE name = 'sources'; END;

  PRAGMA application_id = ${APPLICATION_ID};
`

/** The words of a clause's section trail, as the full-text index sees them. */
const sectionText = (json: string): string => `(SELECT group_concat(value, ' ') FROM json_each(${json}))`

/**
 * Migration 2 as it first shipped (kept as it was: workspaces exist that ran it). Migration 3
 * rebuilds the index it made; see there for what changed and why.
 */
const SEARCH_INDEX = /* sql */ `
  CREATE VIRTUAL TABLE clauses_fts USING fts5 (
    text, section,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
  INSERT INTO clauses_fts (rowid, text, section)
    SELECT seq, text, ${sectionText('clauses.section')} FROM clauses;
  CREATE TRIGGER clauses_fts_insert AFTER INSERT ON clauses BEGIN
    INSERT INTO clauses_fts (rowid, text, section) VALUES (new.seq, new.text, ${sectionText('new.section')});
  END;
  CREATE TRIGGER clauses_fts_delete AFTER DELETE ON clauses BEGIN
    DELETE FROM clauses_fts WHERE rowid = old.seq;
  END;
  CREATE TRIGGER clauses_fts_update AFTER UPDATE OF seq, text, section ON clauses BEGIN
    DELETE FROM clauses_fts WHERE rowid = old.seq;
    INSERT INTO clauses_fts (rowid, text, section) VALUES (new.seq, new.text, ${sectionText('new.section')});
  END;
`

/**
 * What the code that writes clauses runs to index a source's new clauses (SourceStore), in
 * one statement. The index is contentless (content=''), so clause text is stored once, in
 * `clauses`; contentless_delete lets a trigger delete a row by rowid. Porter stemming over
 * unicode61 without diacritics: "policies" finds "policy", "cafe" finds "café".
 */
export const indexClausesSql = (where: string): string =>
  `INSERT INTO clauses_fts (rowid, text, section) SELECT seq, text, ${sectionText('clauses.section')} FROM clauses ${where}`

/**
 * The full-text index rebuilt, for speed:
 * - No AFTER INSERT trigger: it made every clause INSERT open a savepoint, and FTS5 writes a
 *   new index segment at every savepoint, so each clause became a segment and merging them
 *   made imports 4 to 5 times slower (measured: 9 ms against 2 ms a file at 1,000 files).
 *   SourceStore indexes a source's clauses itself with one INSERT … SELECT (indexClausesSql).
 *   Deleting and updating stay triggers: a source's removal reaches its clauses by cascade,
 *   where no code of ours runs.
 * - A prefix index for 3 characters only: fts-query.ts makes no shorter prefix query, so the
 *   2-character index only made the index bigger and writes slower.
 */
const SEARCH_INDEX_REBUILT = /* sql */ `
  DROP TRIGGER clauses_fts_insert;
  DROP TRIGGER clauses_fts_delete;
  DROP TRIGGER clauses_fts_update;
  DROP TABLE clauses_fts;
  CREATE VIRTUAL TABLE clauses_fts USING fts5 (
    text, section,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '3'
  );
  INSERT INTO clauses_fts (rowid, text, section)
    SELECT seq, text, ${sectionText('clauses.section')} FROM clauses;
  CREATE TRIGGER clauses_fts_delete AFTER DELETE ON clauses BEGIN
    DELETE FROM clauses_fts WHERE rowid = old.seq;
  END;
  CREATE TRIGGER clauses_fts_update AFTER UPDATE OF seq, text, section ON clauses BEGIN
    DELETE FROM clauses_fts WHERE rowid = old.seq;
    INSERT INTO clauses_fts (rowid, text, section) VALUES (new.seq, new.text, ${sectionText('new.section')});
  END;
`

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'files, sources, clauses, drafts, draft versions, settings',
    creates: ['files', 'sources', 'clauses', 'drafts', 'draft_versions', 'settings', 'counters'],
    up: (db) => void db.exec(CORE_TABLES),
  },
  {
    version: 2,
    name: 'full-text index of clause text and section headings',
    creates: ['clauses_fts'],
    up: (db) => void db.exec(SEARCH_INDEX),
  },
  {
    version: 3,
    name: 'full-text index rebuilt: indexed by the code that writes clauses, 3-character prefixes',
    creates: [],
    up: (db) => void db.exec(SEARCH_INDEX_REBUILT),
  },
  {
    version: 4,
    name: 'clause roles (front matter, table header rows) and a source\'s document control and history',
    creates: [],
    // Both nullable: sources imported before read as they did (every clause policy text, no details).
    up: (db) => void db.exec('ALTER TABLE clauses ADD COLUMN role TEXT; ALTER TABLE sources ADD COLUMN details TEXT;'),
  },
]

/** The user_version this build writes: a workspace above it was made by a newer version. */
export const LATEST_VERSION = MIGRATIONS.length

/** The tables a workspace at `version` must have. */
export function tablesAt(version: number, migrations: readonly Migration[] = MIGRATIONS): string[] {
  return migrations.filter((m) => m.version <= version).flatMap((m) => m.creates)
}
