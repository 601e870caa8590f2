/**
 * The portable draft file: a draft and its named versions as pretty JSON, to send to a
 * colleague or keep beside the workspace. Writing is deterministic (fixed key order, no clock:
 * savedAt is the draft's last change unless the caller says otherwise), so the same draft
 * gives the same bytes. Reading is the trust boundary: anything the file says is checked,
 * repaired where that is safe (restore.ts), and refused in plain words where it is not.
 */
import { WorkbenchError } from '../errors'
import type { Draft, DraftVersion } from '../model'
import { canonicalDraft } from './canonical'
import { DRAFT_FILE_FORMAT, DRAFT_FILE_SCHEMA_VERSION, draftFileSchema } from './file-schema'
import { describeIssues, jsonSyntaxDetail } from './json-boundary'
import { DRAFT_LIMITS } from './limits'
import { restoreDraftFile, type RestoredFile } from './restore'

export { DRAFT_FILE_FORMAT, DRAFT_FILE_SCHEMA_VERSION } from './file-schema'
export type { RestoredFile as DraftFile } from './restore'
export { canonicalDraft } from './canonical'

export interface SerializeOptions {
  /** ISO 8601 timestamp; the draft's updatedAt when not given. */
  savedAt?: string
}

export function serializeDraftFile(draft: Draft, versions: readonly DraftVersion[] = [], options: SerializeOptions = {}): string {
  const file = {
    format: DRAFT_FILE_FORMAT,
    schemaVersion: DRAFT_FILE_SCHEMA_VERSION,
    savedAt: options.savedAt ?? draft.metadata.updatedAt,
    draft: canonicalDraft(draft),
    versions: versions.map((v) => ({
      id: v.id,
      draftId: v.draftId,
      name: v.name,
      note: v.note,
      createdAt: v.createdAt,
      draft: canonicalDraft(v.draft),
    })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * A draft file's draft and versions, with what was repaired. Throws only WorkbenchError, whose
 * message names the file: empty-file, file-too-large, unsupported-format (not a draft file, or
 * one from a newer Policy Workbench) or damaged-file (broken JSON, a broken draft).
 */
export function parseDraftFile(text: string, fileName: string): RestoredFile {
  try {
    return parse(text, fileName)
  } catch (error) {
    if (error instanceof WorkbenchError) throw error
    // Note: JSON.parse and the schema can still fail on pathological input (a stack overflow
    // on deep nesting); that is a damaged file, not a bug to surface as 'internal'.
    const detail = error instanceof Error ? error.message : String(error)
    throw new WorkbenchError('damaged-file', `${fileName} is damaged and cannot be opened (${detail}).`, fileName)
  }
}

function parse(input: string, fileName: string): RestoredFile {
  if (typeof input !== 'string') throw new WorkbenchError('invalid-request', `${fileName} was not read as text.`, fileName)
  if (input.length > DRAFT_LIMITS.fileChars) {
    const mb = (n: number): string => `${Math.ceil(n / (1024 * 1024))} MB`
    throw new WorkbenchError(
      'file-too-large',
      `${fileName} is too large to be a draft file (${mb(input.length)}; the limit is ${mb(DRAFT_LIMITS.fileChars)}).`,
      fileName,
    )
  }
  const text = input.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new WorkbenchError('empty-file', `${fileName} is empty.`, fileName)

  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // A file that does not even start like JSON is some other kind of file; one that does was cut short or edited badly.
    if (!text.trimStart().startsWith('{')) throw notADraftFile(fileName)
    throw new WorkbenchError('damaged-file', `${fileName} is damaged: ${jsonSyntaxDetail(text)}.`, fileName)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw notADraftFile(fileName)
  const record = json as Record<string, unknown>
  if (record.format !== DRAFT_FILE_FORMAT) throw notADraftFile(fileName, looksLikeRecipe(record))

  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new WorkbenchError('damaged-file', `${fileName} is damaged: it does not say which draft file version it is.`, fileName)
  }
  if (version > DRAFT_FILE_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'unsupported-format',
      `${fileName} was saved by a newer version of Policy Workbench (draft file version ${version}); update Policy Workbench to open it.`,
      fileName,
    )
  }

  const result = draftFileSchema.safeParse(json)
  if (!result.success) {
    const tooBig = result.error.issues.some((i) => i.code === 'too_big')
    const problems = describeIssues(result.error.issues, json, 3).join('; ')
    throw tooBig
      ? new WorkbenchError('file-too-large', `${fileName} is too large to open: ${problems}.`, fileName)
      : new WorkbenchError('damaged-file', `${fileName} is damaged: ${problems}.`, fileName)
  }
  return restoreDraftFile(result.data, fileName)
}

function notADraftFile(fileName: string, recipe = false): WorkbenchError {
  const hint = recipe ? ' It looks like a compose recipe: make a draft from it with policy-workbench compose.' : ''
  return new WorkbenchError('unsupported-format', `${fileName} is not a Policy Workbench draft file.${hint}`, fileName)
}

function looksLikeRecipe(record: Record<string, unknown>): boolean {
  return record.format === undefined && typeof record.title === 'string' && Array.isArray(record.sections)
}
