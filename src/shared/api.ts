/**
 * The one contract between the user interface and the workbench service. The Electron IPC
 * bridge, the browser host and the CLI all serve exactly this interface, so adding, removing
 * or renaming a method is a compile error in all three until each is updated.
 *
 * Every method takes one plain-JSON request object (or nothing) and returns plain JSON.
 */
import type { DraftAction } from './draft/actions'
import type { ErrorInfo } from './errors'
import type {
  ClauseId,
  ClauseRef,
  Comparison,
  CoverageMatrix,
  Draft,
  DraftId,
  DraftSummary,
  DraftVersion,
  DraftVersionSummary,
  FormatInfo,
  SourceDocument,
  SourceId,
  SourceKind,
  SourceSummary,
} from './model'
import type { DocumentCheck, LibraryFamily, SearchHit } from './model-library'

// Note: the contract stands on top of the model. It imports the model, the errors and the
// draft actions, never an engine (compare, search, import, topics); tests/architecture.test.ts
// checks it. The wire types the UI reads are re-exported, so a view imports one module.
export type { DocumentCheck, DraftVersionSummary, FormatInfo, LibraryFamily, SearchHit }

export type HostKind = 'electron' | 'web' | 'cli' | 'test'

export interface AppInfo {
  name: string
  version: string
  host: HostKind
  formats: FormatInfo[]
  /** The workspace file in use, or ":memory:" when nothing is kept after the app closes. */
  workspace: string
  /**
   * True when the workspace file, its folder or its disk cannot be written, so it was opened
   * for reading only: every change answers 'workspace-read-only'.
   */
  workspaceReadOnly: boolean
}

/** A file handed to the service. The bytes travel as base64 so the request stays JSON. */
export interface ImportFile {
  name: string
  dataBase64: string
}

export interface ImportRequest {
  files: ImportFile[]
}

export type ImportResult =
  /** duplicate: these bytes were already in the library. replaces: an earlier file of the same name, kept. */
  | { file: string; ok: true; source: SourceSummary; duplicate: boolean; replaces?: SourceSummary }
  | { file: string; ok: false; error: ErrorInfo }

/** One result per file, in the order given: one bad file never sinks the batch. */
export interface ImportReport {
  results: ImportResult[]
}

export interface SourceRequest {
  id: SourceId
}

/** The example policies installed with the app, by file name, in the manifest's order. */
export interface ExampleList {
  files: string[]
}

/** Some of the examples, by the names listExamples gave (a name, never a path). */
export interface ExamplesRequest {
  files: string[]
}

export interface RemoveResult {
  removed: boolean
}

export interface CompareRequest {
  a: SourceId
  b: SourceId
}

/** Whether a pair chosen but not yet asked for will be compared in idle time (compareSoon). */
export interface CompareSoonResult {
  /** False when this host never compares ahead (the CLI), or the pair is compared already. */
  queued: boolean
}

export interface LibraryRequest {
  /** The sources to consider (default: the whole library). */
  sourceIds?: SourceId[]
  /** A draft to include as one more column, to see what it lacks that most sources have. */
  draftId?: DraftId
}

export interface CoverageRequest extends LibraryRequest {
  /**
   * Whether the families' rows (and the families each source lacks) come too; default true.
   * The heat map reads topics only, and families were half of its response (52 of 98 KB for
   * the 14 examples, 834 KB of 1.4 MB for 200 sources), sent, parsed and never drawn.
   */
  withFamilies?: boolean
}

export interface SimilarRequest {
  clauseId: ClauseId
  /** Best matches kept per other source (default 1). */
  perSource?: number
  limit?: number
}

/** A clause of another source that says much the same. */
export interface SimilarHit {
  clause: ClauseRef
  sourceId: SourceId
  sourceTitle: string
  similarity: number
}

export interface SourceMetadataRequest {
  id: SourceId
  title?: string
  organisation?: string | null
  kind?: SourceKind
  date?: string | null
  notes?: string
}

/** A draft as the draft pane shows it, with what undo and redo would do. */
export interface DraftView {
  draft: Draft
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

export interface DraftRequest {
  id: DraftId
}

export interface CreateDraftRequest {
  /** Further metadata is set with a set-metadata action. */
  title?: string
}

export interface DraftActionRequest {
  id: DraftId
  action: DraftAction
}

export interface SaveVersionRequest {
  id: DraftId
  name: string
  note?: string
}

export interface VersionRequest {
  versionId: string
}

export interface CompareVersionsRequest {
  draftId: DraftId
  /** A version id, or "current" for the draft as it is now. */
  a: string
  b: string
}

/** The portable draft file: its suggested name and its JSON text. */
export interface DraftFileData {
  fileName: string
  text: string
}

export interface SearchRequest {
  /** Words (prefixes match), "quoted phrases", -excluded words. */
  query: string
  limit?: number
  sourceIds?: SourceId[]
}

/** What tracked changes are shown against: a named version of the same draft, or a library source. */
export type ExportBase = { version: string } | { sourceId: SourceId }

export type ExportFormat = 'docx' | 'md' | 'html'

/** The author's choices for one export; every field has a default. */
export interface ExportDraftOptions {
  /** Word (default), Markdown or an HTML page. */
  format?: ExportFormat
  /** "1, 1.1, 1.1.1" (decimal), "1, 1.1, 1.1.1, (a)" (legal) or "1, 1.1, (a)" (alpha). */
  numbering?: 'decimal' | 'legal' | 'alpha'
  /** Where each clause came from: nothing, an appendix table, or a Word comment per clause. */
  provenance?: 'none' | 'appendix' | 'comments'
  notesAsComments?: boolean
  tableOfContents?: boolean
  /** "OFFICIAL" and the like, in header and footer; empty for none. */
  protectiveMarking?: string
  /** Who the document and its revisions are by (default: the draft's owner). */
  author?: string
  /** The document's date, YYYY-MM-DD (default: the day of the draft's last change). */
  date?: string
  /** The organisation's Word template (.docx), base64, whose styles the export takes. */
  referenceBase64?: string
  /** Tracked changes against this base (Word only). */
  against?: ExportBase
  /** A committee pack: cover report, Appendix A the clean policy, Appendix B tracked against `against`. */
  pack?: boolean
}

export interface ExportDraftRequest {
  draftId: DraftId
  options?: ExportDraftOptions
}

export interface ExportComparisonRequest {
  a: SourceId
  b: SourceId
}

/** A file made for the user: suggested name, media type, bytes (base64), and one line saying what it holds. */
export interface ExportedFile {
  fileName: string
  mediaType: string
  dataBase64: string
  summary: string
}

/** The layout a workspace remembers; bounds and repair are in ui-settings.ts. */
export interface UiSettings {
  libraryWidth?: number
  outlineWidth?: number
  libraryCollapsed?: boolean
  outlineCollapsed?: boolean
  /** Comparisons open wide (both side panes out of the way) until the user turns it off. */
  wideCompare?: boolean
}

/** One layout setting to remember; null forgets it. */
export type SetSettingRequest =
  | { key: 'libraryWidth' | 'outlineWidth'; value: number | null }
  | { key: 'libraryCollapsed' | 'outlineCollapsed' | 'wideCompare'; value: boolean | null }

export interface WorkbenchApi {
  /** Product name, version, which host is serving, and the formats it can import. */
  getAppInfo(): Promise<AppInfo>
  /** Import a batch of files; each gets its own result. */
  importFiles(req: ImportRequest): Promise<ImportReport>
  /** Every source in the library, newest import first. */
  listSources(): Promise<SourceSummary[]>
  /** One source with all its clauses. */
  getSource(req: SourceRequest): Promise<SourceDocument>
  /** Take a source out of the library. */
  removeSource(req: SourceRequest): Promise<RemoveResult>
  /** Full-text search over every clause of the library, best first. */
  search(req: SearchRequest): Promise<SearchHit[]>
  /** Two sources aligned clause by clause, with word differences. */
  compare(req: CompareRequest): Promise<Comparison>
  /**
   * A pair a person has chosen ("Compare with…") but not yet asked for: compared in idle time,
   * so the compare that follows is answered from the cache. A hint: it answers at once.
   */
  compareSoon(req: CompareRequest): Promise<CompareSoonResult>
  /** Groups of clauses from different sources that say the same thing, widest first. */
  families(req: LibraryRequest): Promise<LibraryFamily[]>
  /** Topics and families by source, and what each source lacks that most others have. */
  coverage(req: CoverageRequest): Promise<CoverageMatrix>
  /** The clauses of other sources most like one clause, best first. */
  similar(req: SimilarRequest): Promise<SimilarHit[]>
  /** Clauses of one source that repeat each other, or whose duties look opposed. */
  checkSource(req: SourceRequest): Promise<DocumentCheck>
  /** Change a source's title, organisation, kind, date or notes. */
  updateSource(req: SourceMetadataRequest): Promise<SourceSummary>

  /** Every draft, most recently changed first. */
  listDrafts(): Promise<DraftSummary[]>
  createDraft(req: CreateDraftRequest): Promise<DraftView>
  getDraft(req: DraftRequest): Promise<DraftView>
  /** Apply one action (or a batch, undone as one); saved at once. */
  applyDraftAction(req: DraftActionRequest): Promise<DraftView>
  undoDraft(req: DraftRequest): Promise<DraftView>
  redoDraft(req: DraftRequest): Promise<DraftView>
  deleteDraft(req: DraftRequest): Promise<RemoveResult>
  /** Repeats and opposed duties within the draft. */
  checkDraft(req: DraftRequest): Promise<DocumentCheck>
  /** A named snapshot ("0.3, sent to committee on 12 March"). */
  saveDraftVersion(req: SaveVersionRequest): Promise<DraftVersionSummary>
  listDraftVersions(req: DraftRequest): Promise<DraftVersionSummary[]>
  getDraftVersion(req: VersionRequest): Promise<DraftVersion>
  /** Two versions (or a version and the current draft) through the comparison engine. */
  compareDraftVersions(req: CompareVersionsRequest): Promise<Comparison>
  /** Make a version's content the current draft (undoable). */
  restoreDraftVersion(req: VersionRequest): Promise<DraftView>
  /** The draft and its versions as a portable JSON file. */
  saveDraftFile(req: DraftRequest): Promise<DraftFileData>
  /** Open a draft file: it becomes a new draft in the workspace. */
  openDraftFile(req: DraftFileData): Promise<DraftView>
  /** The draft as a Word document (or Markdown / HTML), optionally tracked against a base, or as a committee pack. */
  exportDraft(req: ExportDraftRequest): Promise<ExportedFile>
  /** Two sources side by side as a Word report (clause of A | clause of B | status), counts at the top. */
  exportComparison(req: ExportComparisonRequest): Promise<ExportedFile>
  /** The layout this workspace remembers (pane widths, collapsed panes). */
  getSettings(): Promise<UiSettings>
  /** Remember one layout setting in this workspace; null forgets it. */
  setSetting(req: SetSettingRequest): Promise<UiSettings>
  /**
   * Import the example policies installed with the app (first run): all of them, or those the
   * request names from listExamples (the renderer asks a few at a time, so its progress bar
   * moves). Names are looked up in the manifest, never used as paths; the host knows the folder.
   */
  importExamples(req?: ExamplesRequest): Promise<ImportReport>
  /** The names of the installed examples, without reading them: how many a first run will load. */
  listExamples(): Promise<ExampleList>
}

export type ApiMethod = keyof WorkbenchApi

/** The request type of a method (undefined for methods without one). */
export type ApiRequest<M extends ApiMethod> = Parameters<WorkbenchApi[M]>[0]

/** The resolved result type of a method. */
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<WorkbenchApi[M]>>

/** IPC channel of each method. `satisfies` makes a missing or extra method a compile error. */
export const channels = {
  getAppInfo: 'workbench:getAppInfo',
  importFiles: 'workbench:importFiles',
  listSources: 'workbench:listSources',
  getSource: 'workbench:getSource',
  removeSource: 'workbench:removeSource',
  search: 'workbench:search',
  compare: 'workbench:compare',
  compareSoon: 'workbench:compareSoon',
  families: 'workbench:families',
  coverage: 'workbench:coverage',
  similar: 'workbench:similar',
  checkSource: 'workbench:checkSource',
  updateSource: 'workbench:updateSource',
  listDrafts: 'workbench:listDrafts',
  createDraft: 'workbench:createDraft',
  getDraft: 'workbench:getDraft',
  applyDraftAction: 'workbench:applyDraftAction',
  undoDraft: 'workbench:undoDraft',
  redoDraft: 'workbench:redoDraft',
  deleteDraft: 'workbench:deleteDraft',
  checkDraft: 'workbench:checkDraft',
  saveDraftVersion: 'workbench:saveDraftVersion',
  listDraftVersions: 'workbench:listDraftVersions',
  getDraftVersion: 'workbench:getDraftVersion',
  compareDraftVersions: 'workbench:compareDraftVersions',
  restoreDraftVersion: 'workbench:restoreDraftVersion',
  saveDraftFile: 'workbench:saveDraftFile',
  openDraftFile: 'workbench:openDraftFile',
  exportDraft: 'workbench:exportDraft',
  exportComparison: 'workbench:exportComparison',
  getSettings: 'workbench:getSettings',
  setSetting: 'workbench:setSetting',
  importExamples: 'workbench:importExamples',
  listExamples: 'workbench:listExamples',
} as const satisfies Record<ApiMethod, `workbench:${string}`>

export const apiMethods = Object.keys(channels) as ApiMethod[]

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(channels, name)
}

/**
 * What every host sends back: a result or a typed error. Electron's ipcMain.handle would
 * otherwise flatten thrown errors into a string, so errors travel as data instead.
 */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }

/**
 * The header that carries the browser host's per-launch token on every API call (POST
 * /api/<method>); the server checks it and the renderer's HTTP transport sends it. Lower case,
 * as Node hands header names over; HTTP header names are case-insensitive.
 */
export const TOKEN_HEADER = 'x-workbench-token'

/** What the Electron preload exposes as window.workbench: the API with wire-form results. */
export type WorkbenchBridge = {
  readonly [M in ApiMethod]: (req: ApiRequest<M>) => Promise<WireResult<ApiResult<M>>>
}
