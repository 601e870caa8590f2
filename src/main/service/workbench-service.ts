/**
 * The one implementation of WorkbenchApi. It never imports electron, so the Electron IPC
 * bridge, the browser host, the CLI and the tests all drive this same object. Everything it
 * keeps lives in a Workspace (one SQLite file; in memory when no file is given).
 */
import type {
  AppInfo,
  CompareRequest,
  CompareVersionsRequest,
  CreateDraftRequest,
  DocumentCheck,
  DraftActionRequest,
  DraftFileData,
  DraftRequest,
  DraftState,
  DraftVersionSummary,
  HostKind,
  ImportReport,
  ImportRequest,
  ImportResult,
  LibraryFamily,
  LibraryRequest,
  RemoveResult,
  SaveVersionRequest,
  SearchHit,
  SearchRequest,
  SimilarHit,
  SimilarRequest,
  SourceMetadataRequest,
  SourceRequest,
  VersionRequest,
  WorkbenchApi,
} from '../../shared/api'
import { compareSources } from '../../shared/compare/align'
import { buildClauseIndex, buildFamilies, checkDocument, coverageMatrix, similarClauses } from '../../shared/compare/library'
import { toErrorInfo, WorkbenchError } from '../../shared/errors'
import { formats } from '../../shared/import/formats'
import { importFile, sourceIdOf } from '../../shared/import/import-file'
import type { Comparison, CoverageMatrix, DraftSummary, DraftVersion, SourceDocument, SourceSummary } from '../../shared/model'
import { productName, productVersion } from '../version'
import { Workspace } from '../workspace'
import { Drafts } from './drafts'
import { LibraryAnalysis } from './library-analysis'
import { IMPORT_TIME_LIMIT_MS, withinTimeLimit } from './time-limit'

export interface ServiceOptions {
  host: HostKind
  /** Where everything is kept; an in-memory workspace when not given (tests, one-off CLI runs). */
  workspace?: Workspace
  /** Injected so tests can pin timestamps. */
  now?: () => Date
  /** How long one file may take to import (tests shorten it). */
  importTimeLimitMs?: number
}

export class WorkbenchService implements WorkbenchApi {
  readonly workspace: Workspace
  private readonly drafts: Drafts
  private readonly analysis: LibraryAnalysis
  private readonly host: HostKind
  private readonly now: () => Date
  private readonly importTimeLimitMs: number

  constructor(options: ServiceOptions) {
    this.host = options.host
    this.now = options.now ?? (() => new Date())
    this.importTimeLimitMs = options.importTimeLimitMs ?? IMPORT_TIME_LIMIT_MS
    this.workspace = options.workspace ?? Workspace.inMemory({ now: this.now })
    this.drafts = new Drafts(this.workspace, this.now)
    this.analysis = new LibraryAnalysis(
      () => this.workspace.allSources(),
      () => this.workspace.version,
    )
  }

  async getAppInfo(): Promise<AppInfo> {
    return { name: productName, version: productVersion, host: this.host, formats: [...formats], workspace: this.workspace.path }
  }

  async importFiles(req: ImportRequest): Promise<ImportReport> {
    const importedAt = this.now().toISOString()
    const results: ImportResult[] = []
    // One file at a time: a batch of large PDFs must not hold them all in memory at once.
    for (const file of req.files) results.push(await this.importOne(file.name, file.dataBase64, importedAt))
    return { results }
  }

  private async importOne(name: string, dataBase64: string, importedAt: string): Promise<ImportResult> {
    try {
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'))
      const existing = this.workspace.findByBytes(sourceIdOf(bytes))
      if (existing) return { file: name, ok: true, source: existing, duplicate: true }
      // Note: the limit cannot interrupt a synchronous parse (time-limit.ts says why); issue 12 moves parsing into workers.
      const source = await withinTimeLimit(importFile({ name, bytes, importedAt }), name, this.importTimeLimitMs)
      // The same file name with other bytes is a new version: both are kept, linked.
      const previous = this.workspace.findLatestByName(source.origin)
      const summary = this.workspace.addSource(bytes, source, { previousId: previous?.id ?? null })
      return previous ? { file: name, ok: true, source: summary, duplicate: false, replaces: previous } : { file: name, ok: true, source: summary, duplicate: false }
    } catch (error) {
      // One bad file never sinks the batch: it gets its own result and the loop goes on.
      return { file: name, ok: false, error: { file: name, ...toErrorInfo(error) } }
    }
  }

  async listSources(): Promise<SourceSummary[]> {
    return this.workspace.listSources()
  }

  async getSource(req: SourceRequest): Promise<SourceDocument> {
    const source = this.workspace.getSource(req.id)
    if (!source) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
    return { ...source, notes: this.workspace.sourceInfo(req.id)?.notes ?? '' }
  }

  async removeSource(req: SourceRequest): Promise<RemoveResult> {
    return { removed: this.workspace.removeSource(req.id) }
  }

  async updateSource(req: SourceMetadataRequest): Promise<SourceSummary> {
    const { id, ...patch } = req
    await this.getSource({ id })
    return this.workspace.updateSource(id, patch)
  }

  async search(req: SearchRequest): Promise<SearchHit[]> {
    return this.workspace.searchClauses(req.query, { limit: req.limit ?? 50, ...(req.sourceIds ? { sourceIds: req.sourceIds } : {}) })
  }

  async compare(req: CompareRequest): Promise<Comparison> {
    return compareSources(await this.getSource({ id: req.a }), await this.getSource({ id: req.b }))
  }

  async families(req: LibraryRequest): Promise<LibraryFamily[]> {
    if (!req.sourceIds) return this.analysis.families()
    return buildFamilies(buildClauseIndex(await this.sourcesById(req.sourceIds)))
  }

  async coverage(req: LibraryRequest): Promise<CoverageMatrix> {
    if (!req.sourceIds && !req.draftId) return coverageMatrix(this.analysis.index(), this.analysis.families())
    const sources: SourceDocument[] = req.sourceIds ? await this.sourcesById(req.sourceIds) : this.workspace.allSources()
    // The draft is one more source: its gaps are what most of the library covers and it does not.
    if (req.draftId) sources.push(this.drafts.asSource(req.draftId))
    const index = buildClauseIndex(sources)
    return coverageMatrix(index, buildFamilies(index))
  }

  async similar(req: SimilarRequest): Promise<SimilarHit[]> {
    const index = this.analysis.index()
    if (!this.workspace.getClause(req.clauseId)) {
      throw new WorkbenchError('not-found', 'That clause is not in the library (its source may have been removed).')
    }
    const matches = similarClauses(index, req.clauseId, { perSource: req.perSource ?? 1, limit: req.limit ?? 50 })
    const titles = new Map(index.sources.map((s) => [s.id, s.title]))
    return matches.flatMap((m) => {
      const clause = this.workspace.getClause(m.clauseId)
      if (!clause) return []
      return [{ clause: { id: clause.id, label: clause.label, text: clause.text, section: clause.section }, sourceId: m.sourceId, sourceTitle: titles.get(m.sourceId) ?? '', similarity: m.similarity }]
    })
  }

  async checkSource(req: SourceRequest): Promise<DocumentCheck> {
    return checkDocument((await this.getSource(req)).clauses)
  }

  private async sourcesById(ids: readonly string[]): Promise<SourceDocument[]> {
    return Promise.all([...new Set(ids)].map((id) => this.getSource({ id })))
  }

  async listDrafts(): Promise<DraftSummary[]> {
    return this.drafts.list()
  }

  async createDraft(req: CreateDraftRequest): Promise<DraftState> {
    return this.drafts.create(req.title)
  }

  async getDraft(req: DraftRequest): Promise<DraftState> {
    return this.drafts.get(req.id)
  }

  async applyDraftAction(req: DraftActionRequest): Promise<DraftState> {
    return this.drafts.apply(req.id, req.action)
  }

  async undoDraft(req: DraftRequest): Promise<DraftState> {
    return this.drafts.undo(req.id)
  }

  async redoDraft(req: DraftRequest): Promise<DraftState> {
    return this.drafts.redo(req.id)
  }

  async deleteDraft(req: DraftRequest): Promise<RemoveResult> {
    return { removed: this.drafts.delete(req.id) }
  }

  async checkDraft(req: DraftRequest): Promise<DocumentCheck> {
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

  async restoreDraftVersion(req: VersionRequest): Promise<DraftState> {
    return this.drafts.restoreVersion(req.versionId)
  }

  async exportDraftFile(req: DraftRequest): Promise<DraftFileData> {
    return this.drafts.exportFile(req.id)
  }

  async importDraftFile(req: DraftFileData): Promise<DraftState> {
    return this.drafts.importFile(req.fileName, req.text)
  }
}
