/**
 * Sources in the workspace: the original bytes, the source's fields and its clauses, written
 * and removed together, and read back as the model's SourceDocument and SourceSummary.
 * The methods here assume the caller (Workspace) has opened the transaction.
 */
import { createHash } from 'node:crypto'
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../shared/calendar-date'
import { WorkbenchError } from '../../shared/errors'
import { isSourceKind, type Clause, type ClauseRole, type DocumentControl, type HistoryRow, type OutlineEntry, type SourceDocument, type SourceFields, type SourceId, type SourceKind, type SourceSummary } from '../../shared/model'
import { indexClausesSql } from './schema'
import type { Statements } from './statements'

/** What the workspace keeps about a source beyond the model's SourceFields. */
export interface SourceInfo {
  id: SourceId
  /** The file name as imported (the same as `origin`). */
  fileName: string
  /** Size of the original file in bytes. */
  size: number
  /** The author's own notes about the source. */
  notes: string
  /** The earlier version of the same file (same name, other bytes), when imported as an update. */
  previousId: SourceId | null
}

/** The fields of a source the author may change after import. */
export interface SourceMetadataPatch {
  title?: string
  organisation?: string | null
  kind?: SourceKind
  date?: string | null
  notes?: string
}

/** What re-segmenting the original bytes gives: everything but the author's metadata. */
export interface SourceContent {
  outline: OutlineEntry[]
  clauses: Clause[]
  warnings: string[]
  documentControl?: DocumentControl
  history?: HistoryRow[]
}


interface FieldsRow {
  id: string
  title: string
  organisation: string | null
  kind: string
  date: string | null
  format: string
  origin: string
  imported_at: string
}

interface SummaryRow extends FieldsRow {
  clause_count: number
  warning_count: number
}

interface DocumentRow extends FieldsRow {
  outline: string
  warnings: string
  details: string | null
}

interface ClauseRow {
  id: string
  source_id: string
  section: string
  label: string | null
  level: number
  text: string
  inline: string
  topics: string
  role: string | null
}

const FIELDS = 's.id, s.title, s.organisation, s.kind, s.date, s.format, s.origin, s.imported_at'
const SUMMARY = `${FIELDS}, (SELECT count(*) FROM clauses c WHERE c.source_id = s.id AND c.role IS NULL) AS clause_count, json_array_length(s.warnings) AS warning_count`
/** Newest import first; a batch shares one timestamp, and within it the last written comes first. */
const NEWEST_FIRST = 'ORDER BY s.imported_at DESC, s.seq DESC'

function fieldsOf(row: FieldsRow): SourceFields {
  return {
    id: row.id,
    title: row.title,
    organisation: row.organisation,
    kind: row.kind as SourceKind,
    date: row.date,
    format: row.format as SourceFields['format'],
    origin: row.origin,
    importedAt: row.imported_at,
  }
}

function summaryOf(row: SummaryRow): SourceSummary {
  return { ...fieldsOf(row), clauseCount: row.clause_count, warningCount: row.warning_count }
}

function clauseOf(row: ClauseRow): Clause {
  return {
    id: row.id,
    sourceId: row.source_id,
    section: JSON.parse(row.section) as string[],
    label: row.label,
    level: row.level,
    text: row.text,
    inline: row.inline,
    topics: JSON.parse(row.topics) as string[],
    ...(row.role ? { role: row.role as ClauseRole } : {}),
  }
}

/** The source's document control and history as stored (JSON), or null when it has neither. */
function detailsOf(source: Pick<SourceDocument, 'documentControl' | 'history'>): string | null {
  if (!source.documentControl && !source.history) return null
  return JSON.stringify({ documentControl: source.documentControl, history: source.history })
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-request', message)
}


export class SourceStore {
  constructor(private readonly sql: Statements) {}

  has(id: SourceId): boolean {
    return this.sql.get('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined
  }

  summary(id: SourceId): SourceSummary | undefined {
    const row = this.sql.get<SummaryRow>(`SELECT ${SUMMARY} FROM sources s WHERE s.id = ?`).get(id)
    return row && summaryOf(row)
  }

  list(): SourceSummary[] {
    return this.sql.get<SummaryRow>(`SELECT ${SUMMARY} FROM sources s ${NEWEST_FIRST}`).all().map(summaryOf)
  }

  ids(): SourceId[] {
    return this.sql.get<{ id: string }>(`SELECT s.id FROM sources s ${NEWEST_FIRST}`).all().map((r) => r.id)
  }

  clauses(id: SourceId): Clause[] {
    return this.sql
      .get<ClauseRow>('SELECT id, source_id, section, label, level, text, inline, topics, role FROM clauses WHERE source_id = ? ORDER BY position')
      .all(id)
      .map(clauseOf)
  }

  document(id: SourceId): SourceDocument | undefined {
    const row = this.sql.get<DocumentRow>(`SELECT ${FIELDS}, s.outline, s.warnings, s.details FROM sources s WHERE s.id = ?`).get(id)
    if (!row) return undefined
    const details = row.details ? (JSON.parse(row.details) as Pick<SourceDocument, 'documentControl' | 'history'>) : {}
    return {
      ...fieldsOf(row),
      outline: JSON.parse(row.outline) as OutlineEntry[],
      clauses: this.clauses(id),
      warnings: JSON.parse(row.warnings) as string[],
      ...(details.documentControl ? { documentControl: details.documentControl } : {}),
      ...(details.history ? { history: details.history } : {}),
    }
  }

  clause(clauseId: string): Clause | undefined {
    const row = this.sql.get<ClauseRow>('SELECT id, source_id, section, label, level, text, inline, topics, role FROM clauses WHERE id = ?').get(clauseId)
    return row && clauseOf(row)
  }

  info(id: SourceId): SourceInfo | undefined {
    const row = this.sql
      .get<{ id: string; file_name: string; size: number; notes: string; previous_id: string | null }>(
        'SELECT s.id, f.file_name, f.size, s.notes, s.previous_id FROM sources s JOIN files f ON f.id = s.id WHERE s.id = ?',
      )
      .get(id)
    return row && { id: row.id, fileName: row.file_name, size: row.size, notes: row.notes, previousId: row.previous_id }
  }

  bytes(id: SourceId): Uint8Array | undefined {
    const row = this.sql.get<{ bytes: Buffer }>('SELECT bytes FROM files WHERE id = ?').get(id)
    return row && new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)
  }

  /** The newest source imported from a file of this name (any folder, any letter case). */
  latestByName(fileName: string): SourceSummary | undefined {
    const row = this.sql
      .get<SummaryRow>(
        `SELECT ${SUMMARY} FROM files f JOIN sources s ON s.id = f.id WHERE f.file_name = ? COLLATE NOCASE ${NEWEST_FIRST} LIMIT 1`,
      )
      .get(baseName(fileName))
    return row && summaryOf(row)
  }

  /** This source and the earlier versions it updates, newest first. */
  history(id: SourceId): SourceSummary[] {
    return this.sql
      .get<SummaryRow & { depth: number }>(
        `WITH RECURSIVE chain (id, depth) AS (
           SELECT id, 0 FROM sources WHERE id = ?
           UNION SELECT s.previous_id, chain.depth + 1 FROM sources s JOIN chain ON s.id = chain.id
             WHERE s.previous_id IS NOT NULL AND chain.depth < 1000
         )
         SELECT ${SUMMARY}, chain.depth FROM chain JOIN sources s ON s.id = chain.id ORDER BY chain.depth`,
      )
      .all(id)
      .map(summaryOf)
  }

  /** Writes bytes, source and clauses; returns false (writing nothing) when the bytes are there already. */
  add(bytes: Uint8Array, source: SourceDocument, previousId: SourceId | null): boolean {
    const id = sha256Hex(bytes)
    if (source.id !== id) {
      throw new WorkbenchError('internal', `The source "${source.title}" does not belong to these bytes (its id is not their SHA-256).`)
    }
    if (this.sql.get('SELECT 1 FROM files WHERE id = ?').get(id) !== undefined) return false
    if (previousId !== null && !this.has(previousId)) {
      throw new WorkbenchError('not-found', 'The earlier version of this source is not in the library (it may have been removed).')
    }
    if (!isSourceKind(source.kind)) throw invalid(`"${source.kind}" is not a kind of source.`)
    this.sql
      .get('INSERT INTO files (id, file_name, bytes, size, imported_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, baseName(source.origin), bytes, bytes.byteLength, source.importedAt)
    this.sql
      .get(
        `INSERT INTO sources (id, title, organisation, kind, date, format, origin, imported_at, outline, warnings, previous_id, details)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        source.title,
        source.organisation,
        source.kind,
        source.date,
        source.format,
        source.origin,
        source.importedAt,
        JSON.stringify(source.outline),
        JSON.stringify(source.warnings),
        previousId,
        detailsOf(source),
      )
    this.insertClauses(id, source.clauses)
    return true
  }

  private insertClauses(id: SourceId, clauses: readonly Clause[]): void {
    const insert = this.sql.get(
      'INSERT INTO clauses (id, source_id, position, section, label, level, text, inline, topics, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    clauses.forEach((c, position) => {
      if (c.sourceId !== id) throw new WorkbenchError('internal', `Clause ${c.id} belongs to another source.`)
      insert.run(c.id, id, position, JSON.stringify(c.section), c.label, c.level, c.text, c.inline, JSON.stringify(c.topics), c.role ?? null)
    })
    // The full-text index, in one statement (see indexClausesSql for why not by trigger).
    this.sql.get(indexClausesSql('WHERE source_id = ?')).run(id)
  }

  /** New clauses, outline and warnings (re-segmentation); the author's metadata stays. */
  replaceContent(id: SourceId, content: SourceContent): boolean {
    if (!this.has(id)) return false
    this.sql.get('DELETE FROM clauses WHERE source_id = ?').run(id)
    this.sql
      .get('UPDATE sources SET outline = ?, warnings = ?, details = ? WHERE id = ?')
      .run(JSON.stringify(content.outline), JSON.stringify(content.warnings), detailsOf(content), id)
    this.insertClauses(id, content.clauses)
    return true
  }

  update(id: SourceId, patch: SourceMetadataPatch): boolean {
    const sets: string[] = []
    const values: unknown[] = []
    if (patch.title !== undefined) {
      if (typeof patch.title !== 'string' || !patch.title.trim()) throw invalid('A source needs a title.')
      sets.push('title = ?')
      values.push(patch.title.trim())
    }
    if (patch.organisation !== undefined) {
      if (patch.organisation !== null && typeof patch.organisation !== 'string') throw invalid('The organisation must be text.')
      sets.push('organisation = ?')
      values.push(patch.organisation?.trim() || null)
    }
    if (patch.kind !== undefined) {
      if (!isSourceKind(patch.kind)) throw invalid(`"${String(patch.kind)}" is not a kind of source.`)
      sets.push('kind = ?')
      values.push(patch.kind)
    }
    if (patch.date !== undefined) {
      if (patch.date !== null && !isCalendarDate(patch.date)) {
        throw invalid(`"${String(patch.date)}" is not ${CALENDAR_DATE_RULE}.`)
      }
      sets.push('date = ?')
      values.push(patch.date)
    }
    if (patch.notes !== undefined) {
      if (typeof patch.notes !== 'string') throw invalid('Notes must be text.')
      sets.push('notes = ?')
      values.push(patch.notes)
    }
    if (!this.has(id)) return false
    if (sets.length > 0) this.sql.get(`UPDATE sources SET ${sets.join(', ')} WHERE id = ?`).run(...values, id)
    return true
  }

  /** Removes bytes, source, clauses and their index entries; later versions point past it. */
  remove(id: SourceId): boolean {
    const row = this.sql.get<{ previous_id: string | null }>('SELECT previous_id FROM sources WHERE id = ?').get(id)
    if (!row) return false
    this.sql.get('UPDATE sources SET previous_id = ? WHERE previous_id = ?').run(row.previous_id, id)
    // Cascades: files → sources → clauses → (trigger) clauses_fts.
    this.sql.get('DELETE FROM files WHERE id = ?').run(id)
    return true
  }
}
