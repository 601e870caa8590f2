/**
 * Repairing a draft file that has the right shape (file-schema.ts) into a Draft the reducer can
 * trust, as excalidraw's restore.ts does: missing optional fields get their defaults, unknown
 * keys are dropped, missing, malformed or repeated ids get new ones, a status or date the app
 * cannot use is replaced. Each repair is reported in words, so the author knows what changed.
 */
import { CALENDAR_DATE_RULE, isCalendarDate } from '../calendar-date'
import { WorkbenchError } from '../errors'
import type { ClauseOrigin, Draft, DraftClause, DraftMetadata, DraftSection, DraftStatus, DraftVersion } from '../model'
import { plural } from '../text/wording'
import type { DraftFileShape, FileDraft, FileVersion } from './file-schema'
import { KNOWN_KEYS } from './file-schema'
import { formatPath, type JsonPath } from './json-boundary'
import { DRAFT_ID_PATTERN, DRAFT_LIMITS } from './limits'
import { DEFAULT_METADATA } from './reducer'

type RepairKind = 'unknown-field' | 'missing-field' | 'new-id' | 'bad-value' | 'reattached-version'


/** What each kind of repair says, in this order. */
const LEADS: Record<RepairKind, (n: number) => string> = {
  'unknown-field': (n) => `Ignored ${plural(n, 'unknown field')}`,
  'missing-field': (n) => `Filled in ${plural(n, 'missing field')} with defaults`,
  'new-id': (n) => `Gave new ids to ${plural(n, 'item')} whose ids were missing, repeated or malformed`,
  'bad-value': (n) => `Replaced ${plural(n, 'value')} Policy Workbench cannot use`,
  'reattached-version': (n) => `Attached ${plural(n, 'version')} that named another draft to this draft`,
}

/** At most this many places are listed per kind of repair. */
const LISTED = 5

export class Repairs {
  private readonly found: Record<RepairKind, string[]> = {
    'unknown-field': [],
    'missing-field': [],
    'new-id': [],
    'bad-value': [],
    'reattached-version': [],
  }

  add(kind: RepairKind, detail: string): void {
    this.found[kind].push(detail)
  }

  /** One sentence per kind of repair: "Filled in 2 missing fields with defaults: draft.sections[0].heading; …". */
  messages(): string[] {
    return (Object.keys(LEADS) as RepairKind[]).flatMap((kind) => {
      const details = this.found[kind]
      if (details.length === 0) return []
      const more = details.length > LISTED ? `; and ${details.length - LISTED} more` : ''
      return [`${LEADS[kind](details.length)}: ${details.slice(0, LISTED).join('; ')}${more}.`]
    })
  }
}

export interface RestoredFile {
  draft: Draft
  versions: DraftVersion[]
  /** What was repaired, in words; empty for a file this version of the app wrote. */
  repairs: string[]
}

const EPOCH = '1970-01-01T00:00:00.000Z'
const STATUSES: readonly DraftStatus[] = ['draft', 'consultation', 'approved', 'superseded']
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

const isTimestamp = (v: unknown): v is string => typeof v === 'string' && TIMESTAMP.test(v)

export function restoreDraftFile(file: DraftFileShape, fileName: string): RestoredFile {
  const repairs = new Repairs()
  dropUnknown(file, KNOWN_KEYS.file, [], repairs)
  const savedAt = isTimestamp(file.savedAt) ? file.savedAt : null
  const draft = restoreDraft(file.draft, ['draft'], savedAt, fileName, repairs)
  const versions = restoreVersions(file.versions ?? [], draft.id, fileName, repairs)
  return { draft, versions, repairs: repairs.messages() }
}

function restoreVersions(list: readonly FileVersion[], draftId: string, fileName: string, repairs: Repairs): DraftVersion[] {
  const ids = new IdAllocator(repairs)
  const versions = list.map((v, i): DraftVersion => {
    const path: JsonPath = ['versions', i]
    dropUnknown(v, KNOWN_KEYS.version, path, repairs)
    const fallback = isTimestamp(v.createdAt) ? v.createdAt : null
    const draft = restoreDraft(v.draft, [...path, 'draft'], fallback, fileName, repairs)
    if (v.draftId === undefined || v.draftId === null) repairs.add('missing-field', formatPath([...path, 'draftId']))
    else if (v.draftId !== draftId || draft.id !== draftId) repairs.add('reattached-version', formatPath(path))
    const version: DraftVersion = {
      id: '',
      draftId,
      name: textOr(v.name, '', [...path, 'name'], repairs),
      note: textOr(v.note, '', [...path, 'note'], repairs),
      createdAt: timestampOr(v.createdAt, draft.metadata.updatedAt, [...path, 'createdAt'], repairs),
      draft: { ...draft, id: draftId },
    }
    ids.assign(version, v.id, 'version', [...path, 'id'])
    return version
  })
  ids.finish()
  return versions
}

function restoreDraft(d: FileDraft, path: JsonPath, fallbackTime: string | null, fileName: string, repairs: Repairs): Draft {
  const count = d.sections.reduce((n, s) => n + (s.clauses?.length ?? 0), 0)
  if (count > DRAFT_LIMITS.clauses) {
    const fmt = (n: number): string => n.toLocaleString('en-GB')
    throw new WorkbenchError(
      'file-too-large',
      `${fileName} is too large to open: ${formatPath(path)} has ${fmt(count)} clauses, and a draft may have at most ${fmt(DRAFT_LIMITS.clauses)}.`,
      fileName,
    )
  }
  dropUnknown(d, KNOWN_KEYS.draft, path, repairs)
  const ids = new IdAllocator(repairs)
  const sections = d.sections.map((s, i): DraftSection => {
    const at: JsonPath = [...path, 'sections', i]
    dropUnknown(s, KNOWN_KEYS.section, at, repairs)
    const section: DraftSection = {
      id: '',
      heading: textOr(s.heading, '', [...at, 'heading'], repairs),
      clauses: [],
    }
    ids.assign(section, s.id, 'section', [...at, 'id'])
    if (s.clauses === undefined || s.clauses === null) repairs.add('missing-field', formatPath([...at, 'clauses']))
    section.clauses = (s.clauses ?? []).map((c, j) => restoreClause(c, [...at, 'clauses', j], ids, repairs))
    return section
  })
  ids.finish()
  return { id: d.id, metadata: restoreMetadata(d.metadata, [...path, 'metadata'], fallbackTime, repairs), sections }
}

type FileClause = NonNullable<FileDraft['sections'][number]['clauses']>[number]

function restoreClause(c: FileClause, path: JsonPath, ids: IdAllocator, repairs: Repairs): DraftClause {
  dropUnknown(c, KNOWN_KEYS.clause, path, repairs)
  const clause: DraftClause = {
    id: '',
    text: c.text,
    note: textOr(c.note, '', [...path, 'note'], repairs),
    level: restoreLevel(c.level, [...path, 'level'], repairs),
  }
  ids.assign(clause, c.id, 'clause', [...path, 'id'])
  const o = c.origin
  if (o) {
    const at: JsonPath = [...path, 'origin']
    dropUnknown(o, KNOWN_KEYS.origin, at, repairs)
    if (o.label === undefined) repairs.add('missing-field', formatPath([...at, 'label']))
    const origin: ClauseOrigin = {
      sourceId: o.sourceId,
      clauseId: o.clauseId,
      sourceTitle: textOr(o.sourceTitle, '', [...at, 'sourceTitle'], repairs),
      label: o.label ?? null,
      originalText: o.originalText,
    }
    clause.origin = origin
  }
  return clause
}

function restoreMetadata(md: FileDraft['metadata'], path: JsonPath, fallbackTime: string | null, repairs: Repairs): DraftMetadata {
  if (md === undefined || md === null) {
    repairs.add('missing-field', formatPath(path))
    const time = fallbackTime ?? EPOCH
    return { ...DEFAULT_METADATA, createdAt: time, updatedAt: time }
  }
  dropUnknown(md, KNOWN_KEYS.metadata, path, repairs)
  const text = (key: 'title' | 'organisation' | 'version' | 'owner' | 'approver' | 'committee'): string =>
    textOr(md[key], DEFAULT_METADATA[key], [...path, key], repairs)
  const updatedFallback = isTimestamp(md.createdAt) ? md.createdAt : (fallbackTime ?? EPOCH)
  const updatedAt = timestampOr(md.updatedAt, updatedFallback, [...path, 'updatedAt'], repairs)
  return {
    title: text('title'),
    organisation: text('organisation'),
    version: text('version'),
    status: restoreStatus(md.status, [...path, 'status'], repairs),
    owner: text('owner'),
    approver: text('approver'),
    committee: text('committee'),
    approvedOn: restoreDate(md.approvedOn, [...path, 'approvedOn'], repairs),
    reviewDue: restoreDate(md.reviewDue, [...path, 'reviewDue'], repairs),
    createdAt: timestampOr(md.createdAt, updatedAt, [...path, 'createdAt'], repairs),
    updatedAt,
  }
}

type Loose = string | number | boolean | null | undefined

/** A value quoted for a repair message, cut short: the message is for reading, not a copy. */
function quote(value: Loose): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/**
 * Note: a missing level is not a repair but the migration of files written before clauses had
 * levels (schema version 1 throughout): they were all clauses, level 1, and say so silently.
 */
function restoreLevel(value: Loose, path: JsonPath, repairs: Repairs): DraftClause['level'] {
  if (value === 1 || value === 2 || value === 3) return value
  if (value !== undefined && value !== null) repairs.add('bad-value', `${formatPath(path)} (${quote(value)} is not a level 1, 2 or 3; set to 1)`)
  return 1
}

function restoreStatus(value: Loose, path: JsonPath, repairs: Repairs): DraftStatus {
  if (STATUSES.includes(value as DraftStatus)) return value as DraftStatus
  if (value === undefined || value === null) repairs.add('missing-field', formatPath(path))
  else repairs.add('bad-value', `${formatPath(path)} (${quote(value)} became "draft")`)
  return 'draft'
}

function restoreDate(value: Loose, path: JsonPath, repairs: Repairs): string | null {
  if (value === null) return null
  if (isCalendarDate(value)) return value
  if (value === undefined) repairs.add('missing-field', formatPath(path))
  else repairs.add('bad-value', `${formatPath(path)} (${quote(value)} is not ${CALENDAR_DATE_RULE}; cleared)`)
  return null
}

function timestampOr(value: Loose, fallback: string, path: JsonPath, repairs: Repairs): string {
  if (isTimestamp(value)) return value
  if (value === undefined || value === null) repairs.add('missing-field', formatPath(path))
  else repairs.add('bad-value', `${formatPath(path)} (${quote(value)} is not a date and time; set to ${fallback})`)
  return fallback
}

function textOr(value: string | null | undefined, fallback: string, path: JsonPath, repairs: Repairs): string {
  if (typeof value === 'string') return value
  repairs.add('missing-field', formatPath(path))
  return fallback
}

function dropUnknown(value: object, known: readonly string[], path: JsonPath, repairs: Repairs): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) repairs.add('unknown-field', formatPath([...path, key]))
}

/**
 * Ids within one draft (or one file's versions): a valid id stays with its first holder;
 * missing, malformed and repeated ones get `${kind}-N`, but only once every valid id is known,
 * so a new id can never take one that a later item holds.
 */
class IdAllocator {
  private readonly used = new Set<string>()
  private readonly waiting: { holder: { id: string }; kind: string; path: JsonPath }[] = []

  constructor(private readonly repairs: Repairs) {}

  assign(holder: { id: string }, raw: unknown, kind: string, path: JsonPath): void {
    if (typeof raw === 'string' && DRAFT_ID_PATTERN.test(raw) && !this.used.has(raw)) {
      this.used.add(raw)
      holder.id = raw
    } else {
      this.waiting.push({ holder, kind, path })
    }
  }

  finish(): void {
    const counters: Record<string, number> = Object.create(null)
    for (const { holder, kind, path } of this.waiting) {
      let id: string
      do id = `${kind}-${(counters[kind] = (counters[kind] ?? 0) + 1)}`
      while (this.used.has(id))
      this.used.add(id)
      holder.id = id
      this.repairs.add('new-id', formatPath(path))
    }
  }
}

/**
 * A draft the app itself stored (the workspace keeps drafts as JSON), brought up to the current
 * shape: drafts stored before clauses had levels read as all clauses, level 1. Returns the same
 * object when nothing was missing.
 */
export function withClauseLevels(draft: Draft): Draft {
  const ok = draft.sections.every((s) => s.clauses.every((c) => c.level === 1 || c.level === 2 || c.level === 3))
  if (ok) return draft
  return {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      clauses: s.clauses.map((c) => (c.level === 1 || c.level === 2 || c.level === 3 ? c : { ...c, level: 1 as const })),
    })),
  }
}
