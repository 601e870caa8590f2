/**
 * Drafts in the workspace: every action applied through the pure reducer and saved at once
 * (one transaction), so closing or crashing loses nothing already sent; undo and redo kept per
 * draft for this session; named versions, their comparison, and the portable draft file.
 * The session's history changes only after the workspace has saved: a change reported as not
 * saved (a full disk) is not kept in memory either, so a later save cannot carry it in.
 */
import { randomUUID } from 'node:crypto'
import type { DraftView, DraftVersionSummary } from '../../shared/api'
import type { DocumentCheck } from '../../shared/compare/library'
import {
  canRedo,
  canUndo,
  clauseCount,
  commit,
  createDraft,
  createHistory,
  dispatch,
  draftAsSource,
  lastStep,
  nextStep,
  parseDraftFile,
  redo,
  serializeDraftFile,
  undo,
  type DraftAction,
  type DraftContext,
  type DraftHistory,
} from '../../shared/draft'
// Note: from its file, not the draft model's index, whose public list tests/draft/api.test.ts pins.
import { canonicalDraft } from '../../shared/draft/file'
import { WorkbenchError } from '../../shared/errors'
import type { Comparison, Draft, DraftId, DraftSummary, DraftVersion, SourceDocument } from '../../shared/model'
import type { Workspace } from '../workspace'

function notFound(what: string): WorkbenchError {
  return new WorkbenchError('not-found', `That ${what} is not in the workspace (it may have been deleted).`)
}

function viewOf(history: DraftHistory): DraftView {
  return { draft: history.present, canUndo: canUndo(history), canRedo: canRedo(history), undoLabel: lastStep(history), redoLabel: nextStep(history) }
}

/** A file name for the draft: its title, made safe. */
function fileNameFor(draft: Draft): string {
  const base = draft.metadata.title.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'draft'
  return `${base}.pwdraft.json`
}

export class Drafts {
  /** Undo history lives for the session; the saved draft is always the present. */
  private readonly histories = new Map<DraftId, DraftHistory>()
  private readonly ctx: DraftContext

  constructor(
    private readonly workspace: Workspace,
    now: () => Date,
    /** The library's sources, for the check's word statistics: the library's cached read (library-analysis.ts). */
    private readonly librarySources: () => readonly SourceDocument[] = () => workspace.allSources(),
  ) {
    this.ctx = { newId: () => randomUUID(), now: () => now().toISOString() }
  }

  list(): DraftSummary[] {
    return this.workspace.listDrafts()
  }

  create(title?: string): DraftView {
    const draft = createDraft(this.ctx, title ? { title } : undefined)
    this.workspace.putDraft(draft)
    const history = createHistory(draft)
    this.histories.set(draft.id, history)
    return viewOf(history)
  }

  private history(id: DraftId): DraftHistory {
    let history = this.histories.get(id)
    if (!history) {
      const draft = this.workspace.getDraft(id)
      if (!draft) throw notFound('draft')
      history = createHistory(draft)
      this.histories.set(id, history)
    }
    return history
  }

  /**
   * Save the new present when it changed, then keep the new history. Note: in that order, so
   * that a failed write (it throws) leaves the session's draft, undo and redo as they were.
   */
  private saveThenKeep(id: DraftId, before: DraftHistory, after: DraftHistory): DraftView {
    if (after.present !== before.present) this.workspace.putDraft(after.present)
    this.histories.set(id, after)
    return viewOf(after)
  }

  get(id: DraftId): DraftView {
    return viewOf(this.history(id))
  }

  apply(id: DraftId, action: DraftAction): DraftView {
    const before = this.history(id)
    return this.saveThenKeep(id, before, dispatch(before, action, this.ctx))
  }

  undo(id: DraftId): DraftView {
    const before = this.history(id)
    return this.saveThenKeep(id, before, undo(before))
  }

  redo(id: DraftId): DraftView {
    const before = this.history(id)
    return this.saveThenKeep(id, before, redo(before))
  }

  delete(id: DraftId): boolean {
    // Workspace first, as for every change: a failed removal leaves the session's undo as it was.
    const removed = this.workspace.removeDraft(id)
    this.histories.delete(id)
    return removed
  }

  // Note: the comparison engines load on first use (a command-line compose needs none of them).
  async check(id: DraftId): Promise<DocumentCheck> {
    const { checkDocument } = await import('../../shared/compare/library')
    // The library's word statistics score repeats exactly as the similar-clauses list does.
    return checkDocument(this.asSource(id).clauses, { library: this.librarySources() })
  }

  /** The draft as the comparison engine sees a source ("Your draft: <title>"). */
  asSource(id: DraftId): SourceDocument {
    const source = draftAsSource(this.history(id).present)
    return { ...source, title: `Your draft: ${source.title || 'untitled'}` }
  }

  saveVersion(id: DraftId, name: string, note = ''): DraftVersionSummary {
    const draft = this.history(id).present
    const version = this.workspace.addDraftVersion({ draftId: id, name, note, draft })
    return this.summary(version)
  }

  private summary(version: DraftVersion): DraftVersionSummary {
    const { draft, ...rest } = version
    return { ...rest, clauseCount: clauseCount(draft) }
  }

  listVersions(id: DraftId): DraftVersionSummary[] {
    this.history(id)
    return this.workspace.listDraftVersions(id)
  }

  getVersion(versionId: string): DraftVersion {
    const version = this.workspace.getDraftVersion(versionId)
    if (!version) throw notFound('version')
    return version
  }

  /** "current" stands for the draft as it is now. */
  private snapshot(draftId: DraftId, ref: string): { draft: Draft; title: string } {
    if (ref === 'current') {
      const draft = this.history(draftId).present
      return { draft, title: `${draft.metadata.title || 'Draft'} (current)` }
    }
    const version = this.getVersion(ref)
    if (version.draftId !== draftId) throw notFound('version')
    return { draft: version.draft, title: `${version.draft.metadata.title || 'Draft'} (${version.name})` }
  }

  async compareVersions(draftId: DraftId, a: string, b: string): Promise<Comparison> {
    const { compareSources } = await import('../../shared/compare/align')
    const left = this.snapshot(draftId, a)
    const right = this.snapshot(draftId, b)
    return compareSources({ ...draftAsSource(left.draft), title: left.title }, { ...draftAsSource(right.draft), title: right.title })
  }

  /** The version's sections and metadata become the draft's present, as one undoable step. */
  restoreVersion(versionId: string): DraftView {
    const version = this.getVersion(versionId)
    const before = this.history(version.draftId)
    const restored: Draft = { ...version.draft, id: version.draftId, metadata: { ...version.draft.metadata, updatedAt: this.ctx.now() } }
    return this.saveThenKeep(version.draftId, before, commit(before, restored, `restore version ${version.name}`))
  }

  saveFile(id: DraftId): { fileName: string; text: string } {
    const draft = this.history(id).present
    const versions = this.workspace.listDraftVersions(id).map((v) => this.getVersion(v.id))
    return { fileName: fileNameFor(draft), text: serializeDraftFile(draft, versions, { savedAt: this.ctx.now() }) }
  }

  /** The file's draft arrives as a new draft (new ids), so opening a file twice never overwrites. */
  openFile(fileName: string, text: string): DraftView {
    const { draft, versions } = parseDraftFile(text, fileName)
    const id = randomUUID()
    const copy: Draft = { ...draft, id }
    this.workspace.transaction(() => {
      this.workspace.putDraft(copy)
      for (const v of versions) this.workspace.addDraftVersion({ draftId: id, name: v.name, note: v.note, draft: { ...v.draft, id }, createdAt: v.createdAt })
    })
    const history = createHistory(copy)
    this.histories.set(id, history)
    return viewOf(history)
  }

  /**
   * A draft this process built (the CLI's compose), kept as a new draft just as openFile keeps
   * the same draft saved to a file: its own fields in the model's order, a new id. Note: no
   * text round trip; the recipe was checked against the same limits the draft file's are.
   */
  adopt(draft: Draft): DraftView {
    const copy: Draft = { ...canonicalDraft(draft), id: randomUUID() }
    this.workspace.putDraft(copy)
    const history = createHistory(copy)
    this.histories.set(copy.id, history)
    return viewOf(history)
  }
}
