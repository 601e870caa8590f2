/**
 * The library half of the service: importing files into the workspace, reading and editing
 * sources, search, and what comparison finds across sources (alignment, families, coverage,
 * similar clauses, a source's own repeats and conflicts). WorkbenchService delegates here as
 * it does to Drafts, so a change to the library goes in this file.
 */
import type { ImportFile, ImportReport, ImportResult, CoverageRequest, LibraryRequest, SearchRequest, SimilarHit, SimilarRequest, SourceMetadataRequest } from '../../shared/api'
import { compareSources } from '../../shared/compare/align'
import { buildClauseIndex, buildFamilies, checkDocument, coverageMatrix, similarClauses } from '../../shared/compare/library'
import { coverageWithDraft } from '../../shared/compare/library/draft-column'
import { toErrorInfo, WorkbenchError } from '../../shared/errors'
import type { Comparison, CoverageMatrix, DraftId, SourceDocument, SourceId, SourceSummary } from '../../shared/model'
import type { DocumentCheck, LibraryFamily, SearchHit } from '../../shared/model-library'
import { policyClauses } from '../../shared/model-clauses'
import type { Workspace } from '../workspace'
import type { ExampleFile } from './examples'
import { ComparisonCache } from './comparison-cache'
import { CompareAhead } from './compare-ahead'
import { LibraryAnalysis } from './library-analysis'
import type { ImportPool } from '../import-pool'
import { bytesIdOf } from './bytes-id'

export interface LibraryOptions {
  now: () => Date
  /** How long one file may take to import; the pool's own limit when not given. */
  importTimeLimitMs?: number
  /** The worker threads that read files (never this thread: hosts keep answering meanwhile). */
  importPool: () => ImportPool
  /** A draft as one more source, for the coverage matrix's draft column. */
  draftAsSource: (id: DraftId) => SourceDocument
  /**
   * Prepare sources for comparison ahead, off the request (after opening, on import, on a
   * library read): for the app's hosts, where a person compares later; a one-shot command
   * would only spend time on it.
   */
  prepareAhead?: boolean
  /**
   * Whether no request is being answered now: with prepareAhead, a source a person opened is
   * compared with its likeliest partner while this says so (compare-ahead.ts). Never, without it.
   */
  idle?: () => boolean
}

export class Library {
  private readonly analysis: LibraryAnalysis
  private readonly comparisons: ComparisonCache
  /** The comparison likeliest to be asked for next, made in idle time (compare-ahead.ts); null for a one-shot command. */
  private readonly ahead: CompareAhead | null
  /** Imports being read now, by source id: the same bytes arriving again wait for the first. */
  private readonly inFlight = new Map<SourceId, Promise<ImportResult>>()

  constructor(
    private readonly workspace: Workspace,
    private readonly options: LibraryOptions,
  ) {
    const idle = options.idle
    const ahead = options.prepareAhead && idle ? new CompareAhead({ compare: (a, b) => void this.compare(a, b), idle }) : null
    this.ahead = ahead
    this.analysis = new LibraryAnalysis(
      () => this.workspace.allSources(),
      () => this.workspace.version,
      { prepareAhead: options.prepareAhead === true, ...(ahead ? { pairReady: (a: SourceId, b: SourceId) => ahead.offer(a, b) } : {}) },
    )
    this.comparisons = new ComparisonCache(() => this.workspace.version)
    // Off the request: the newest sources prepared and the aligner compiled before a first comparison.
    if (options.prepareAhead) this.analysis.warmUpSoon(() => this.workspace.listSources(), (id) => this.workspace.getSource(id))
  }

  async importFiles(files: readonly ImportFile[]): Promise<ImportReport> {
    const importedAt = this.options.now().toISOString()
    const results: ImportResult[] = []
    // One file at a time: a batch of large PDFs must not hold them all in memory at once.
    for (const file of files) results.push(await this.importOne(file.name, file.dataBase64, importedAt))
    if (results.some((r) => r.ok && !r.duplicate)) this.analysis.warmSoon()
    return { results }
  }

  /** The bundled examples, each given the title, organisation, kind and date its manifest states. */
  async importExamples(files: readonly ExampleFile[]): Promise<ImportReport> {
    const report = await this.importFiles(files)
    const results = report.results.map((result, i): ImportResult => {
      const metadata = files[i]!.metadata
      if (!result.ok || result.duplicate || Object.keys(metadata).length === 0) return result
      return { ...result, source: this.workspace.updateSource(result.source.id, metadata) }
    })
    return { results }
  }

  private async importOne(name: string, dataBase64: string, importedAt: string): Promise<ImportResult> {
    try {
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'))
      const id = bytesIdOf(bytes)
      const existing = this.workspace.findByBytes(id)
      if (existing) return { file: name, ok: true, source: existing, duplicate: true }
      const running = this.inFlight.get(id)
      if (running) {
        const first = await running
        if (first.ok) return { file: name, ok: true, source: first.source, duplicate: true }
        // The first failed: this one is read on its own, so its error names its own file.
      }
      const work = this.readAndStore(name, bytes, importedAt)
      this.inFlight.set(id, work)
      try {
        return await work
      } finally {
        if (this.inFlight.get(id) === work) this.inFlight.delete(id)
      }
    } catch (error) {
      return { file: name, ok: false, error: { file: name, ...toErrorInfo(error, name) } }
    }
  }

  private async readAndStore(name: string, bytes: Uint8Array, importedAt: string): Promise<ImportResult> {
    try {
      const source = await this.options.importPool().run({ name, bytes, importedAt }, this.options.importTimeLimitMs !== undefined ? { timeLimitMs: this.options.importTimeLimitMs } : {})
      // The same file name with other bytes is a new version: both are kept, linked.
      const previous = this.workspace.findLatestByName(source.origin)
      const summary = this.workspace.addSource(bytes, source, { previousId: previous?.id ?? null })
      // Its clauses read for comparison now, off the request, so its first comparison pays only for the pairing.
      if (this.options.prepareAhead) this.analysis.prepareSoon([source])
      return previous ? { file: name, ok: true, source: summary, duplicate: false, replaces: previous } : { file: name, ok: true, source: summary, duplicate: false }
    } catch (error) {
      // One bad file never sinks the batch: it gets its own result and the loop goes on.
      return { file: name, ok: false, error: { file: name, ...toErrorInfo(error, name) } }
    }
  }

  list(): SourceSummary[] {
    return this.workspace.listSources()
  }

  /** One source with its clauses and the researcher's notes; a missing one is 'not-found'. */
  get(id: SourceId): SourceDocument {
    const source = this.workspace.getSource(id)
    if (!source) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
    // A source opened is the likeliest to be compared next: its clauses read for comparison now, off the request.
    if (this.options.prepareAhead) this.analysis.prepareFirst(source)
    return { ...source, notes: this.workspace.sourceInfo(id)?.notes ?? '' }
  }

  remove(id: SourceId): boolean {
    return this.workspace.removeSource(id)
  }

  update(req: SourceMetadataRequest): SourceSummary {
    const { id, ...patch } = req
    this.get(id)
    return this.workspace.updateSource(id, patch)
  }

  search(req: SearchRequest): SearchHit[] {
    return this.workspace.searchClauses(req.query, { limit: req.limit ?? 50, ...(req.sourceIds ? { sourceIds: req.sourceIds } : {}) })
  }

  /** Made once per pair and version of the library (comparison-cache.ts). */
  compare(a: SourceId, b: SourceId): Comparison {
    // A guess not yet compared is dropped: a person asking has chosen their pair (and the guess's
    // own comparison comes here with nothing left waiting).
    this.ahead?.cancel()
    return this.comparisons.get(a, b, () => {
      // The warm-up's rounds stop: this comparison compiles the aligner too.
      this.analysis.comparing()
      const [sourceA, sourceB] = [this.sourceToCompare(a), this.sourceToCompare(b)]
      // Note: the clauses both hold word for word are prepared once (the analysis's memo by text).
      const prepared = { a: this.analysis.preparedClauses(a, sourceA), b: this.analysis.preparedClauses(b, sourceB) }
      return compareSources(sourceA, sourceB, { prepared })
    })
  }

  /**
   * A pair a person has chosen and not yet asked for: compared in idle time (compare-ahead.ts),
   * in place of any guess, so the request that follows finds it made. Note: the choice is a
   * surer guess than likely-partner.ts's, and a person takes longer to press Compare than the
   * cold aligner takes (about 250 ms); a choice changed before its turn replaces it.
   * False when this host never compares ahead, or for a pair already made.
   */
  compareSoon(a: SourceId, b: SourceId): boolean {
    for (const id of [a, b]) {
      if (!this.workspace.sourceInfo(id)) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
    }
    if (!this.ahead || a === b || this.comparisons.has(a, b)) return false
    this.analysis.pairChosen()
    this.ahead.offer(a, b)
    return true
  }

  /** What get() gives, without reading the clauses again when the analysis holds them. */
  private sourceToCompare(id: SourceId): SourceDocument {
    const source = this.analysis.source(id, (x) => this.workspace.getSource(x))
    if (!source) throw new WorkbenchError('not-found', 'That source is not in the library (it may have been removed).')
    // Note: the same fields in the same order as get(), so the response is the same JSON.
    return { ...source, notes: this.workspace.sourceInfo(id)?.notes ?? '' }
  }

  families(req: LibraryRequest): LibraryFamily[] {
    if (!req.sourceIds) return this.analysis.families()
    return buildFamilies(buildClauseIndex(this.sourcesById(req.sourceIds)))
  }

  coverage(req: CoverageRequest): CoverageMatrix {
    const withFamilies = req.withFamilies !== false
    // Note: without families the cached ones are not even asked for, so a first open of the heat
    // map does not wait for the library's families to be worked out.
    if (!req.sourceIds && !req.draftId) return coverageMatrix(this.analysis.index(), withFamilies ? this.analysis.families() : [])
    // The whole library and a draft: the cached index and families, the draft appended.
    if (!req.sourceIds && req.draftId) return coverageWithDraft(this.analysis.index(), withFamilies ? this.analysis.families() : [], this.options.draftAsSource(req.draftId))
    const sources: SourceDocument[] = req.sourceIds ? this.sourcesById(req.sourceIds) : this.workspace.allSources()
    // The draft is one more source: its gaps are what most of the library covers and it does not.
    if (req.draftId) sources.push(this.options.draftAsSource(req.draftId))
    const index = buildClauseIndex(sources)
    return coverageMatrix(index, withFamilies ? buildFamilies(index) : [])
  }

  similar(req: SimilarRequest): SimilarHit[] {
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

  check(id: SourceId): DocumentCheck {
    // The library's word statistics score repeats exactly as the similar-clauses list does.
    return checkDocument(policyClauses(this.get(id)), { library: this.analysis.librarySources() })
  }

  /** The library's sources as last read (library-analysis.ts): for the draft check. */
  librarySources(): readonly SourceDocument[] {
    return this.analysis.librarySources()
  }

  private sourcesById(ids: readonly SourceId[]): SourceDocument[] {
    return [...new Set(ids)].map((id) => this.get(id))
  }
}
