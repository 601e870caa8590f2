/**
 * The workspace: one SQLite file holding everything a person works with (the original bytes
 * of every import, sources, clauses and their full-text index, drafts, draft versions and
 * settings). It replaces the in-memory library; every host (Electron, browser, CLI) drives it
 * unchanged, so nothing here may import electron.
 *
 * Every method is one user action and one transaction: it all happens, or none of it does.
 * `transaction(fn)` groups several into one. SQLite failures come out as WorkspaceError
 * (busy, disk full, read-only, damaged) naming the file; a missing id is `undefined` or
 * `false`, not an error, except where the action cannot go on without it.
 */
import { WorkbenchError } from '../../shared/errors'
import type { Clause, Draft, DraftId, DraftSummary, DraftVersion, DraftVersionSummary, SourceDocument, SourceId, SourceSummary } from '../../shared/model'
import type { SearchHit } from '../../shared/model-library'
import type { Database } from 'better-sqlite3'
import { DEFAULT_BUSY_TIMEOUT_MS, MEMORY, openConnection, resolveWorkspacePath, type OpenedConnection } from './connection'
import type { DiskFacts } from './disk'
import { DraftStore, type NewDraftVersion } from './drafts'
import { readOnlyWorkspace, translateSqliteError } from './errors'
import type { Connect } from './probe'
import { userVersion } from './migrate'
import { searchClauses, type ClauseSearchOptions } from './search'
import { SettingStore } from './settings'
import { SourceStore, type SourceContent, type SourceInfo, type SourceMetadataPatch } from './sources'
import { Statements } from './statements'

export interface WorkspaceOptions {
  /** Create the workspace file (and its folder) when there is none. Default false. */
  create?: boolean
  /** How long to wait for another connection's write before giving up. Default 5000 ms. */
  busyTimeoutMs?: number
  /** Injected so tests can pin timestamps (draft versions' createdAt). */
  now?: () => Date
  /** Injected so tests can stand for a full or read-only disk (disk.ts); default the real one. */
  disk?: DiskFacts
  /** Injected so tests can make SQLite fail as it does on a full disk; default better-sqlite3. */
  connect?: Connect
}

export interface AddSourceOptions {
  /** The earlier version this source updates (same file name, other bytes); see findLatestByName. */
  previousId?: SourceId | null
}

export class Workspace {
  /** The workspace file, absolute, or ":memory:". */
  readonly path: string
  /**
   * True when the file, its folder or its disk cannot be written, so it was opened for reading
   * only: every change then fails with 'workspace-read-only' and says why.
   */
  readonly readOnly: boolean
  private readonly db: Database
  private readonly sql: Statements
  private readonly sources: SourceStore
  private readonly drafts: DraftStore
  private readonly settings: SettingStore

  private constructor(path: string, opened: OpenedConnection, now: () => Date) {
    this.path = path
    this.readOnly = opened.readOnly
    const db = opened.db
    this.db = db
    this.sql = new Statements(db)
    this.sources = new SourceStore(this.sql)
    this.drafts = new DraftStore(this.sql, now)
    this.settings = new SettingStore(this.sql)
  }

  /**
   * Opens a workspace file, migrating it to this version's schema. Refuses, without changing
   * it, a file that is missing (unless `create`), not a database, another program's database,
   * damaged, or made by a newer version of Policy Workbench. ":memory:" is a fresh workspace
   * that lives as long as the object.
   */
  static open(path: string, options: WorkspaceOptions = {}): Workspace {
    const file = resolveWorkspacePath(path)
    const opened = openConnection(file, {
      create: options.create ?? false,
      mustBeNew: false,
      busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      disk: options.disk,
      connect: options.connect,
    })
    return new Workspace(file, opened, options.now ?? (() => new Date()))
  }

  /** A new workspace file; refuses a path where a workspace or any other file already is. */
  static create(path: string, options: Omit<WorkspaceOptions, 'create'> = {}): Workspace {
    const file = resolveWorkspacePath(path)
    const opened = openConnection(file, {
      create: true,
      mustBeNew: true,
      busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      disk: options.disk,
      connect: options.connect,
    })
    return new Workspace(file, opened, options.now ?? (() => new Date()))
  }

  /** A workspace in memory, gone when closed: tests, and the CLI without --workspace. */
  static inMemory(options: Omit<WorkspaceOptions, 'create'> = {}): Workspace {
    return Workspace.open(MEMORY, options)
  }

  get isOpen(): boolean {
    return this.db.open
  }

  /** Closes the file (further calls throw). Safe to call twice. */
  close(): void {
    if (!this.db.open) return
    try {
      if (!this.readOnly) this.db.pragma('optimize')
    } catch {
      // Only an optimisation: never a reason not to close.
    }
    this.db.close()
  }

  /**
   * Goes up whenever a source is added, edited or removed, by this connection or any other
   * (it is stored in the file), so caches built from the library know when they are stale.
   * Drafts and settings do not move it.
   */
  get version(): number {
    return this.read(() => this.sql.get<{ value: number }>("SELECT value FROM counters WHERE name = 'sources'").get()?.value ?? 0)
  }

  /** The schema version of the file (PRAGMA user_version). */
  get schemaVersion(): number {
    return this.read(() => userVersion(this.db))
  }

  /**
   * Runs `fn` as one transaction (nested calls join it): several actions that must happen
   * together, such as importing a batch all or nothing.
   */
  transaction<T>(fn: () => T): T {
    return this.write(fn)
  }

  /** Problems SQLite finds in the file and the full-text index; empty when all is well. */
  check(): string[] {
    // write(): FTS5's integrity-check is spelled as an INSERT, so it takes the write lock.
    return this.write(() => {
      const problems = (this.db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok')
      try {
        this.db.prepare("INSERT INTO clauses_fts (clauses_fts) VALUES ('integrity-check')").run()
      } catch (error) {
        problems.push(`full-text index: ${(error as Error).message}`)
      }
      return problems
    })
  }

  // --- Sources --------------------------------------------------------------------------

  /**
   * Stores an imported source with its original bytes and clauses, all or nothing. When the
   * same bytes are already there it writes nothing and returns the source already stored
   * (check findByBytes first to tell the person it is a duplicate).
   */
  addSource(bytes: Uint8Array, source: SourceDocument, options: AddSourceOptions = {}): SourceSummary {
    return this.write(() => {
      this.sources.add(bytes, source, options.previousId ?? null)
      return this.sources.summary(source.id)!
    })
  }

  /** The source already imported from exactly these bytes (id = SHA-256 hex of the bytes). */
  findByBytes(id: SourceId): SourceSummary | undefined {
    return this.read(() => this.sources.summary(id))
  }

  /**
   * The newest source imported from a file of this name (folders and letter case ignored):
   * when the bytes differ, the caller can offer the new file as an update of it and pass its
   * id as `previousId` to addSource. Both versions are kept.
   */
  findLatestByName(fileName: string): SourceSummary | undefined {
    return this.read(() => this.sources.latestByName(fileName))
  }

  /** Every source without its clauses, newest import first. */
  listSources(): SourceSummary[] {
    return this.read(() => this.sources.list())
  }

  /** A whole source, clauses in reading order. */
  getSource(id: SourceId): SourceDocument | undefined {
    return this.read(() => this.sources.document(id))
  }

  /** Every whole source, newest import first (what library-wide analysis reads). */
  allSources(): SourceDocument[] {
    return this.read(() => this.sources.ids().map((id) => this.sources.document(id)!))
  }

  getClause(clauseId: string): Clause | undefined {
    return this.read(() => this.sources.clause(clauseId))
  }

  /** File name, size, notes and earlier version of a source. */
  sourceInfo(id: SourceId): SourceInfo | undefined {
    return this.read(() => this.sources.info(id))
  }

  /**
   * The source and the earlier versions it updates, newest first. Note: only tests read it
   * today; it is kept for the source's history in its details (issue 11: a source's details
   * and history), which the links written at import (`previousId`) exist for.
   */
  sourceHistory(id: SourceId): SourceSummary[] {
    return this.read(() => this.sources.history(id))
  }

  /** The original bytes of the file a source was imported from. */
  sourceBytes(id: SourceId): Uint8Array | undefined {
    return this.read(() => this.sources.bytes(id))
  }

  /** Changes what the author may change (title, organisation, kind, date, notes); returns the new summary. */
  updateSource(id: SourceId, patch: SourceMetadataPatch): SourceSummary {
    return this.write(() => {
      if (!this.sources.update(id, patch)) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
      return this.sources.summary(id)!
    })
  }

  /**
   * New clauses, outline and warnings for a source (re-segmented from its bytes); metadata stays.
   * Note: only tests call it today; it is kept for re-segmenting stored sources when an importer
   * improves (the workspace keeps every original file for that, ARCHITECTURE.md "Storage"),
   * first needed by issue 11's importer fixes for sources already in a library.
   */
  replaceSourceContent(id: SourceId, content: SourceContent): SourceSummary {
    return this.write(() => {
      if (!this.sources.replaceContent(id, content)) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
      return this.sources.summary(id)!
    })
  }

  /** Removes a source, its clauses, their index entries and its original bytes. */
  removeSource(id: SourceId): boolean {
    return this.write(() => this.sources.remove(id))
  }

  // --- Search ---------------------------------------------------------------------------

  /** Clauses matching a search box query (words as prefixes, "phrases", -exclusions), best first. */
  searchClauses(query: string, options: ClauseSearchOptions = {}): SearchHit[] {
    return this.read(() => searchClauses(this.sql, query, options))
  }

  // --- Drafts ---------------------------------------------------------------------------

  /** Saves a draft whole (new or replacing the stored one); its updatedAt is the caller's. */
  putDraft(draft: Draft): DraftSummary {
    return this.write(() => this.drafts.put(draft))
  }

  getDraft(id: DraftId): Draft | undefined {
    return this.read(() => this.drafts.get(id))
  }

  /** Most recently updated first, with clause and version counts. */
  listDrafts(): DraftSummary[] {
    return this.read(() => this.drafts.list())
  }

  /** Removes a draft and all its versions. */
  removeDraft(id: DraftId): boolean {
    return this.write(() => this.drafts.remove(id))
  }

  /** A named snapshot of a draft (by default as last saved). */
  addDraftVersion(input: NewDraftVersion): DraftVersion {
    return this.write(() => this.drafts.addVersion(input))
  }

  /** Newest first, without the snapshots, with their clause counts. */
  listDraftVersions(draftId: DraftId): DraftVersionSummary[] {
    return this.read(() => this.drafts.listVersions(draftId))
  }

  getDraftVersion(id: string): DraftVersion | undefined {
    return this.read(() => this.drafts.getVersion(id))
  }

  // --- Settings -------------------------------------------------------------------------
  // Note: only tests use settings today; they are kept for issue 10, which remembers pane
  // sizes and collapsed panes per workspace.

  getSetting<T = unknown>(key: string): T | undefined {
    return this.read(() => this.settings.get(key) as T | undefined)
  }

  /** Any JSON value; `undefined` removes the setting. */
  setSetting(key: string, value: unknown): void {
    this.write(() => this.settings.set(key, value))
  }

  removeSetting(key: string): boolean {
    return this.write(() => this.settings.remove(key))
  }

  allSettings(): Record<string, unknown> {
    return this.read(() => this.settings.all())
  }

  // --- Plumbing -------------------------------------------------------------------------

  private ensureOpen(): void {
    if (!this.db.open) throw new WorkbenchError('internal', `The workspace ${this.path} is closed.`)
  }

  /** One IMMEDIATE transaction (a savepoint when nested): it takes the write lock up front. */
  private write<T>(fn: () => T): T {
    this.ensureOpen()
    if (this.readOnly) throw readOnlyWorkspace(this.path)
    try {
      return this.db.transaction(fn).immediate()
    } catch (error) {
      throw translateSqliteError(error, this.path)
    }
  }

  /** One read transaction, so a read of several statements sees one moment of the file. */
  private read<T>(fn: () => T): T {
    this.ensureOpen()
    try {
      return this.db.inTransaction ? fn() : this.db.transaction(fn).deferred()
    } catch (error) {
      throw translateSqliteError(error, this.path)
    }
  }
}
