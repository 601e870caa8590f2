/**
 * The one implementation of WorkbenchApi. It never imports electron, so the Electron IPC
 * bridge, the browser host, the CLI and the tests all drive this same object. Everything it
 * keeps lives in a Workspace (one SQLite file; in memory when no file is given).
 */
import { readUiSettings, settingStoreKey, type SetSettingRequest, type UiSettings } from '../../shared/ui-settings'
import type {
  AppInfo,
  CompareRequest,
  CompareSoonResult,
  CompareVersionsRequest,
  CreateDraftRequest,
  DraftActionRequest,
  DraftFileData,
  DraftRequest,
  DraftView,
  ExportComparisonRequest,
  ExportDraftRequest,
  ExportedFile,
  ExampleList,
  ExamplesRequest,
  HostKind,
  ImportReport,
  ImportRequest,
  ImportResult,
  CoverageRequest,
  LibraryRequest,
  RemoveResult,
  SaveVersionRequest,
  SearchRequest,
  SimilarHit,
  SimilarRequest,
  SourceMetadataRequest,
  SourceRequest,
  VersionRequest,
  WorkbenchApi,
} from '../../shared/api'
import { formats } from '../../shared/import/formats'
import type { Comparison, CoverageMatrix, Draft, DraftSummary, DraftVersion, DraftVersionSummary, SourceDocument, SourceSummary } from '../../shared/model'
import type { DocumentCheck, LibraryFamily, SearchHit } from '../../shared/model-library'
import { productName, productVersion } from '../version'
import { Workspace } from '../workspace'
import { Drafts } from './drafts'
import type { ExportSources } from './exports'
import { listExamples, readExamples } from './examples'
import type { Library, LibraryOptions } from './library'
import { requestsInFlight } from './handle-request'
import { closeSharedImportPool, sharedImportPool, type ImportPool } from '../import-pool'

export interface ServiceOptions {
  host: HostKind
  /** Where everything is kept; an in-memory workspace when not given (tests, one-off CLI runs). */
  workspace?: Workspace
  /** Injected so tests can pin timestamps. */
  now?: () => Date
  /** How long one file may take to import (tests shorten it); the pool's own limit (60 s) when not given. */
  importTimeLimitMs?: number
  /** The worker threads that read imported files; the process's shared pool when not given. */
  importPool?: ImportPool
  /** The folder of bundled example policies with their manifest.json (the corpus/), or null when none is installed. */
  examplesFolder?: string | null
}

export class WorkbenchService implements WorkbenchApi {
  readonly workspace: Workspace
  /**
   * The library half, loaded on first use. Note: it brings the comparison engines (alignment,
   * families, similar clauses, the checks), which cost a command-line run tens of milliseconds
   * to load; composing a draft of new text and exporting it needs none of them.
   */
  private libraryLoading: Promise<Library> | null = null
  private loadedLibrary: Library | null = null
  private readonly libraryOptions: LibraryOptions
  private readonly drafts: Drafts
  private readonly host: HostKind
  private readonly examplesFolder: string | null
  private readonly ownPool: ImportPool | null

  constructor(options: ServiceOptions) {
    this.host = options.host
    this.examplesFolder = options.examplesFolder ?? null
    this.ownPool = options.importPool ?? null
    const now = options.now ?? (() => new Date())
    this.workspace = options.workspace ?? Workspace.inMemory({ now })
    // Note: the draft check reads the library through the library's cache (checkDraft loads it first).
    this.drafts = new Drafts(this.workspace, now, () => this.loadedLibrary!.librarySources())
    this.libraryOptions = {
      now,
      ...(options.importTimeLimitMs !== undefined ? { importTimeLimitMs: options.importTimeLimitMs } : {}),
      importPool: () => options.importPool ?? sharedImportPool(),
      draftAsSource: (id) => this.drafts.asSource(id),
      prepareAhead: options.host === 'web' || options.host === 'electron',
      // Work ahead of a request (compare-ahead.ts) waits while the hosts are answering one.
      idle: () => requestsInFlight(this) === 0,
    }
  }

  private library(): Promise<Library> {
    this.libraryLoading ??= import('./library').then(({ Library }) => (this.loadedLibrary = new Library(this.workspace, this.libraryOptions)))
    return this.libraryLoading
  }

  /**
   * Not part of the API: a host just started (the browser host) opens the library now, in the
   * background, rather than at the window's first request: the comparison engines load and the
   * preparation and the aligner's warm-up (library-analysis.ts warmUpSoon) begin while the
   * window is still being made. A failure is left for the first request to report, in words.
   */
  openLibrarySoon(): void {
    this.library().catch(() => undefined)
  }

  /** Ends the import workers at once (a host stopping): files being read fail, nothing half-written is kept. */
  async stopImports(): Promise<void> {
    await (this.ownPool ? this.ownPool.close() : closeSharedImportPool())
  }

  async getAppInfo(): Promise<AppInfo> {
    return {
      name: productName,
      version: productVersion,
      host: this.host,
      formats: [...formats],
      workspace: this.workspace.path,
      workspaceReadOnly: this.workspace.readOnly,
    }
  }

  // --- The library: library.ts ------------------------------------------------------------

  async importFiles(req: ImportRequest): Promise<ImportReport> {
    return (await this.library()).importFiles(req.files)
  }

  async importExamples(req?: ExamplesRequest): Promise<ImportReport> {
    const files = readExamples(this.examplesFolder, req?.files)
    const report = await (await this.library()).importExamples(files)
    // A name the manifest does not list gets its own result, as a bad file in a batch does.
    const unknown = (req?.files ?? []).filter((name) => !files.some((f) => f.name === name))
    const missing = unknown.map((file): ImportResult => ({ file, ok: false, error: { file, code: 'not-found', message: `${file} is not one of the example policies.` } }))
    return { results: [...report.results, ...missing] }
  }

  async listExamples(): Promise<ExampleList> {
    return { files: listExamples(this.examplesFolder) }
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.library()).list()
  }

  async getSource(req: SourceRequest): Promise<SourceDocument> {
    return (await this.library()).get(req.id)
  }

  async removeSource(req: SourceRequest): Promise<RemoveResult> {
    return { removed: (await this.library()).remove(req.id) }
  }

  async updateSource(req: SourceMetadataRequest): Promise<SourceSummary> {
    return (await this.library()).update(req)
  }

  async search(req: SearchRequest): Promise<SearchHit[]> {
    return (await this.library()).search(req)
  }

  async compare(req: CompareRequest): Promise<Comparison> {
    return (await this.library()).compare(req.a, req.b)
  }

  async compareSoon(req: CompareRequest): Promise<CompareSoonResult> {
    return { queued: (await this.library()).compareSoon(req.a, req.b) }
  }

  async families(req: LibraryRequest): Promise<LibraryFamily[]> {
    return (await this.library()).families(req)
  }

  async coverage(req: CoverageRequest): Promise<CoverageMatrix> {
    return (await this.library()).coverage(req)
  }

  async similar(req: SimilarRequest): Promise<SimilarHit[]> {
    return (await this.library()).similar(req)
  }

  async checkSource(req: SourceRequest): Promise<DocumentCheck> {
    return (await this.library()).check(req.id)
  }

  // --- Drafts: drafts.ts ------------------------------------------------------------------

  async listDrafts(): Promise<DraftSummary[]> {
    return this.drafts.list()
  }

  async createDraft(req: CreateDraftRequest): Promise<DraftView> {
    return this.drafts.create(req.title)
  }

  async getDraft(req: DraftRequest): Promise<DraftView> {
    return this.drafts.get(req.id)
  }

  async applyDraftAction(req: DraftActionRequest): Promise<DraftView> {
    return this.drafts.apply(req.id, req.action)
  }

  async undoDraft(req: DraftRequest): Promise<DraftView> {
    return this.drafts.undo(req.id)
  }

  async redoDraft(req: DraftRequest): Promise<DraftView> {
    return this.drafts.redo(req.id)
  }

  async deleteDraft(req: DraftRequest): Promise<RemoveResult> {
    return { removed: this.drafts.delete(req.id) }
  }

  async checkDraft(req: DraftRequest): Promise<DocumentCheck> {
    await this.library()
    return this.drafts.check(req.id)
  }

  async saveDraftVersion(req: SaveVersionRequest): Promise<DraftVersionSummary> {
    return this.drafts.saveVersion(req.id, req.name, req.note)
  }

  async listDraftVersions(req: DraftRequest): Promise<DraftVersionSummary[]> {
    return this.drafts.listVersions(req.id)
  }

  async getDraftVersion(req: VersionRequest): Promise<DraftVersion> {
    return this.drafts.getVersion(req.versionId)
  }

  async compareDraftVersions(req: CompareVersionsRequest): Promise<Comparison> {
    return this.drafts.compareVersions(req.draftId, req.a, req.b)
  }

  async restoreDraftVersion(req: VersionRequest): Promise<DraftView> {
    return this.drafts.restoreVersion(req.versionId)
  }

  async saveDraftFile(req: DraftRequest): Promise<DraftFileData> {
    return this.drafts.saveFile(req.id)
  }

  async openDraftFile(req: DraftFileData): Promise<DraftView> {
    return this.drafts.openFile(req.fileName, req.text)
  }

  /** Not part of the API: the CLI's compose keeps the draft it built (drafts.ts adopt). */
  async adoptDraft(draft: Draft): Promise<DraftView> {
    return this.drafts.adopt(draft)
  }

  // --- Exports: exports.ts ------------------------------------------------------------------

  // Note: the writer (docx and its packer) loads with the first export, not with the service.
  async exportDraft(req: ExportDraftRequest): Promise<ExportedFile> {
    const { exportDraft } = await import('./exports')
    return exportDraft(req, await this.exportSources(req.options?.against !== undefined && 'sourceId' in req.options.against))
  }

  async exportComparison(req: ExportComparisonRequest): Promise<ExportedFile> {
    const { exportComparison } = await import('./exports')
    return exportComparison(req, await this.exportSources(true))
  }

  /** What an export reads; the library only when the export reads a source. */
  private async exportSources(readsSources: boolean): Promise<ExportSources> {
    const library = readsSources ? await this.library() : null
    return {
      draft: (id) => this.drafts.get(id).draft,
      versions: (id) => this.drafts.listVersions(id).map((v) => this.drafts.getVersion(v.id)),
      source: (id) => (library ?? this.loadedLibrary!).get(id),
      compare: (a, b) => (library ?? this.loadedLibrary!).compare(a, b),
    }
  }

  async getSettings(): Promise<UiSettings> {
    return readUiSettings(this.workspace.allSettings())
  }

  async setSetting(req: SetSettingRequest): Promise<UiSettings> {
    this.workspace.setSetting(settingStoreKey(req.key), req.value ?? undefined)
    return this.getSettings()
  }
}
