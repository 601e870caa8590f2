/**
 * The author's drafts and their named versions. A draft is stored whole, as the model's JSON
 * (it is always read and saved whole, and its shape will grow); the list's figures come from
 * SQLite's JSON functions, so listing never parses every draft in JavaScript.
 * The methods here assume the caller (Workspace) has opened the transaction.
 */
import { randomUUID } from 'node:crypto'
import { WorkbenchError } from '../../shared/errors'
import type { Draft, DraftId, DraftStatus, DraftSummary, DraftVersion, DraftVersionSummary } from '../../shared/model'
import { withClauseLevels } from '../../shared/draft/restore'
import type { Statements } from './statements'

export interface NewDraftVersion {
  draftId: DraftId
  /** "0.3, sent to committee". */
  name: string
  note?: string
  /** The snapshot; by default the draft as last saved. */
  draft?: Draft
  /** Given when restoring a version saved elsewhere (a portable JSON file); new otherwise. */
  id?: string
  createdAt?: string
}

interface SummaryRow {
  id: string
  title: string | null
  version: string | null
  status: string | null
  updated_at: string
  clause_count: number
  version_count: number
}

interface VersionRow {
  id: string
  draft_id: string
  name: string
  note: string
  created_at: string
}

/** The clauses of a draft stored as JSON in `column`, counted by SQLite without loading it. */
const clauseCountOf = (column: string): string =>
  `(SELECT coalesce(sum(json_array_length(s.value, '$.clauses')), 0) FROM json_each(${column}, '$.sections') s)`

const SUMMARY = `SELECT d.id,
    json_extract(d.draft, '$.metadata.title') AS title,
    json_extract(d.draft, '$.metadata.version') AS version,
    json_extract(d.draft, '$.metadata.status') AS status,
    d.updated_at,
    ${clauseCountOf('d.draft')} AS clause_count,
    (SELECT count(*) FROM draft_versions v WHERE v.draft_id = d.id) AS version_count
  FROM drafts d`

function summaryOf(row: SummaryRow): DraftSummary {
  return {
    id: row.id,
    title: row.title ?? '',
    version: row.version ?? '',
    status: (row.status ?? 'draft') as DraftStatus,
    updatedAt: row.updated_at,
    clauseCount: row.clause_count,
    versionCount: row.version_count,
  }
}

function versionOf(row: VersionRow): Omit<DraftVersion, 'draft'> {
  return { id: row.id, draftId: row.draft_id, name: row.name, note: row.note, createdAt: row.created_at }
}

/** Enough of a check that a broken object never becomes a stored draft nobody can open. */
function checkDraft(draft: Draft): void {
  if (
    !draft ||
    typeof draft.id !== 'string' ||
    !draft.id ||
    typeof draft.metadata !== 'object' ||
    draft.metadata === null ||
    typeof draft.metadata.updatedAt !== 'string' ||
    !Array.isArray(draft.sections) ||
    !draft.sections.every((s) => s && Array.isArray(s.clauses))
  ) {
    throw new WorkbenchError('invalid-request', 'That is not a draft Policy Workbench can save (its id, metadata or sections are missing).')
  }
}

export class DraftStore {
  constructor(
    private readonly sql: Statements,
    private readonly now: () => Date,
  ) {}

  put(draft: Draft): DraftSummary {
    checkDraft(draft)
    this.sql
      .get('INSERT INTO drafts (id, draft, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at')
      .run(draft.id, JSON.stringify(draft), draft.metadata.updatedAt)
    return this.summary(draft.id)!
  }

  get(id: DraftId): Draft | undefined {
    const row = this.sql.get<{ draft: string }>('SELECT draft FROM drafts WHERE id = ?').get(id)
    return row && withClauseLevels(JSON.parse(row.draft) as Draft)
  }

  summary(id: DraftId): DraftSummary | undefined {
    const row = this.sql.get<SummaryRow>(`${SUMMARY} WHERE d.id = ?`).get(id)
    return row && summaryOf(row)
  }

  /** Most recently updated first. */
  list(): DraftSummary[] {
    return this.sql.get<SummaryRow>(`${SUMMARY} ORDER BY d.updated_at DESC, d.rowid DESC`).all().map(summaryOf)
  }

  /** Removes the draft and every version of it. */
  remove(id: DraftId): boolean {
    return this.sql.get('DELETE FROM drafts WHERE id = ?').run(id).changes > 0
  }

  addVersion(input: NewDraftVersion): DraftVersion {
    const draft = input.draft ?? this.get(input.draftId)
    if (!draft || !this.sql.get('SELECT 1 FROM drafts WHERE id = ?').get(input.draftId)) {
      throw new WorkbenchError('not-found', 'That draft is not in the workspace (it may have been removed).')
    }
    checkDraft(draft)
    if (draft.id !== input.draftId) throw new WorkbenchError('invalid-request', 'That snapshot is of another draft.')
    if (typeof input.name !== 'string' || !input.name.trim()) throw new WorkbenchError('invalid-request', 'A version needs a name.')
    const version: DraftVersion = {
      id: input.id ?? randomUUID(),
      draftId: input.draftId,
      name: input.name.trim(),
      note: input.note ?? '',
      createdAt: input.createdAt ?? this.now().toISOString(),
      draft,
    }
    this.sql
      .get('INSERT INTO draft_versions (id, draft_id, name, note, created_at, draft) VALUES (?, ?, ?, ?, ?, ?)')
      .run(version.id, version.draftId, version.name, version.note, version.createdAt, JSON.stringify(version.draft))
    return version
  }

  /** Newest first, each with its clause count (counted in SQL: no snapshot is parsed). */
  listVersions(draftId: DraftId): DraftVersionSummary[] {
    return this.sql
      .get<VersionRow & { clause_count: number }>(
        `SELECT v.id, v.draft_id, v.name, v.note, v.created_at, ${clauseCountOf('v.draft')} AS clause_count
         FROM draft_versions v WHERE v.draft_id = ? ORDER BY v.created_at DESC, v.seq DESC`,
      )
      .all(draftId)
      .map((row) => ({ ...versionOf(row), clauseCount: row.clause_count }))
  }

  getVersion(id: string): DraftVersion | undefined {
    const row = this.sql.get<VersionRow & { draft: string }>('SELECT id, draft_id, name, note, created_at, draft FROM draft_versions WHERE id = ?').get(id)
    return row && { ...versionOf(row), draft: withClauseLevels(JSON.parse(row.draft) as Draft) }
  }
}
