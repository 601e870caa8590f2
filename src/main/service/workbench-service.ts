/**
 * The one implementation of WorkbenchApi. It never imports electron, so the Electron IPC
 * bridge, the browser host, the CLI and the tests all drive this same object.
 */
import type {
  AppInfo,
  CompareRequest,
  DocumentCheck,
  LibraryFamily,
  LibraryRequest,
  SimilarHit,
  SimilarRequest,
  HostKind,
  ImportReport,
  ImportRequest,
  ImportResult,
  RemoveResult,
  SearchHit,
  SearchRequest,
  SourceRequest,
  WorkbenchApi,
} from '../../shared/api'
import { toErrorInfo, WorkbenchError } from '../../shared/errors'
import { formats } from '../../shared/import/formats'
import { importFile, sourceIdOf } from '../../shared/import/import-file'
import { compareSources } from '../../shared/compare/align'
import { buildClauseIndex, buildFamilies, checkDocument, coverageMatrix, similarClauses } from '../../shared/compare/library'
import { summarise, type Comparison, type CoverageMatrix, type SourceDocument, type SourceSummary } from '../../shared/model'
import { ClauseSearch } from '../../shared/search/clause-search'
import { productName, productVersion } from '../version'
import { InMemoryLibrary } from './library'
import { LibraryAnalysis } from './library-analysis'
import { IMPORT_TIME_LIMIT_MS, withinTimeLimit } from './time-limit'

export interface ServiceOptions {
  host: HostKind
  /** Injected so tests can pin timestamps. */
  now?: () => Date
  /** How long one file may take to import (tests shorten it). */
  importTimeLimitMs?: number
}

export class WorkbenchService implements WorkbenchApi {
  private readonly library = new InMemoryLibrary()
  /** Kept in step with the library on every import and removal. */
  private readonly searchIndex = new ClauseSearch([])
  private readonly analysis = new LibraryAnalysis(
    () => this.library.all(),
    () => this.library.version,
  )
  private readonly host: HostKind
  private readonly now: () => Date
  private readonly importTimeLimitMs: number

  constructor(options: ServiceOptions) {
    this.host = options.host
    this.now = options.now ?? (() => new Date())
    this.importTimeLimitMs = options.importTimeLimitMs ?? IMPORT_TIME_LIMIT_MS
  }

  async getAppInfo(): Promise<AppInfo> {
    return { name: productName, version: productVersion, host: this.host, formats: [...formats] }
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
      const existing = this.library.get(sourceIdOf(bytes))
      if (existing) return { file: name, ok: true, source: summarise(existing), duplicate: true }
      const source = await withinTimeLimit(importFile({ name, bytes, importedAt }), name, this.importTimeLimitMs)
      this.library.put(source)
      this.searchIndex.addSource(source)
      return { file: name, ok: true, source: summarise(source), duplicate: false }
    } catch (error) {
      // One bad file never sinks the batch: it gets its own result and the loop goes on.
      return { file: name, ok: false, error: { file: name, ...toErrorInfo(error) } }
    }
  }

  async listSources(): Promise<SourceSummary[]> {
    return this.library.all().map(summarise)
  }

  async getSource(req: SourceRequest): Promise<SourceDocument> {
    const source = this.library.get(req.id)
    if (!source) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
    return source
  }

  async removeSource(req: SourceRequest): Promise<RemoveResult> {
    this.searchIndex.removeSource(req.id)
    return { removed: this.library.remove(req.id) }
  }

  async search(req: SearchRequest): Promise<SearchHit[]> {
    return this.searchIndex.search(req.query, { limit: req.limit ?? 50, ...(req.sourceIds ? { sourceIds: req.sourceIds } : {}) })
  }

  async compare(req: CompareRequest): Promise<Comparison> {
    return compareSources(await this.getSource({ id: req.a }), await this.getSource({ id: req.b }))
  }

  async families(req: LibraryRequest): Promise<LibraryFamily[]> {
    if (!req.sourceIds) return this.analysis.families()
    return buildFamilies(buildClauseIndex(await this.sourcesById(req.sourceIds)))
  }

  async coverage(req: LibraryRequest): Promise<CoverageMatrix> {
    if (!req.sourceIds) return coverageMatrix(this.analysis.index(), this.analysis.families())
    const index = buildClauseIndex(await this.sourcesById(req.sourceIds))
    return coverageMatrix(index, buildFamilies(index))
  }

  async similar(req: SimilarRequest): Promise<SimilarHit[]> {
    const index = this.analysis.index()
    if (!index.clauses.some((c) => c.id === req.clauseId)) {
      throw new WorkbenchError('not-found', 'That clause is not in the library (its source may have been removed).')
    }
    const matches = similarClauses(index, req.clauseId, { perSource: req.perSource ?? 1, limit: req.limit ?? 50 })
    return matches.map((m) => {
      const source = this.library.get(m.sourceId)!
      const clause = source.clauses.find((c) => c.id === m.clauseId)!
      return {
        clause: { id: clause.id, label: clause.label, text: clause.text, section: clause.section },
        sourceId: source.id,
        sourceTitle: source.title,
        similarity: m.similarity,
      }
    })
  }

  async checkSource(req: SourceRequest): Promise<DocumentCheck> {
    return checkDocument((await this.getSource(req)).clauses)
  }

  private async sourcesById(ids: readonly string[]): Promise<SourceDocument[]> {
    return Promise.all([...new Set(ids)].map((id) => this.getSource({ id })))
  }
}
