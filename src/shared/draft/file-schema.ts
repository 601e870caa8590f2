/**
 * The shape a draft file must have to be opened at all, as zod schemas. Deliberately loose
 * where restore.ts can repair (ids, missing optional fields, unknown values of status or
 * dates, extra keys), and strict where it cannot (text that is not text, a clause without
 * text, a broken record of where a clause came from). Every string and list is bounded.
 */
import { z } from '../zod'
import { DRAFT_ID_PATTERN, DRAFT_LIMITS as L } from './limits'

export const DRAFT_FILE_FORMAT = 'policy-workbench-draft'
export const DRAFT_FILE_SCHEMA_VERSION = 1

const text = (max: number) => z.string().max(max)
/** Optional: missing and null are both filled in by restore.ts. */
const optionalText = (max: number) => z.string().max(max).nullish()
/** Checked and repaired by restore.ts; only its size is bounded here. */
const repairable = z.union([z.string().max(L.fieldChars), z.number(), z.boolean(), z.null()]).optional()

const originSchema = z.looseObject({
  sourceId: text(L.idChars),
  clauseId: text(L.idChars),
  sourceTitle: optionalText(L.fieldChars),
  label: optionalText(L.idChars),
  originalText: text(L.textChars),
})

const clauseSchema = z.looseObject({
  id: repairable,
  text: text(L.textChars),
  note: optionalText(L.noteChars),
  level: repairable,
  origin: originSchema.nullish(),
})

const sectionSchema = z.looseObject({
  id: repairable,
  heading: optionalText(L.headingChars),
  clauses: z.array(clauseSchema).max(L.clauses).nullish(),
})

const metadataSchema = z.looseObject({
  title: optionalText(L.fieldChars),
  organisation: optionalText(L.fieldChars),
  version: optionalText(L.fieldChars),
  status: repairable,
  owner: optionalText(L.fieldChars),
  approver: optionalText(L.fieldChars),
  committee: optionalText(L.fieldChars),
  approvedOn: repairable,
  reviewDue: repairable,
  createdAt: repairable,
  updatedAt: repairable,
})

export const fileDraftSchema = z.looseObject({
  id: z.string().regex(DRAFT_ID_PATTERN, 'should be an id of letters, digits and . _ : - (at most 200)'),
  metadata: metadataSchema.nullish(),
  sections: z.array(sectionSchema).max(L.sections),
})

const versionSchema = z.looseObject({
  id: repairable,
  draftId: repairable,
  name: optionalText(L.fieldChars),
  note: optionalText(L.noteChars),
  createdAt: repairable,
  draft: fileDraftSchema,
})

export const draftFileSchema = z.looseObject({
  format: z.literal(DRAFT_FILE_FORMAT),
  schemaVersion: z.number(),
  savedAt: repairable,
  draft: fileDraftSchema,
  versions: z.array(versionSchema).max(L.versions).nullish(),
})

export type FileDraft = z.infer<typeof fileDraftSchema>
export type FileVersion = z.infer<typeof versionSchema>
export type DraftFileShape = z.infer<typeof draftFileSchema>

/** The keys each object of the format knows; any other is dropped, and the drop reported. */
export const KNOWN_KEYS = {
  file: ['format', 'schemaVersion', 'savedAt', 'draft', 'versions'],
  version: ['id', 'draftId', 'name', 'note', 'createdAt', 'draft'],
  draft: ['id', 'metadata', 'sections'],
  metadata: Object.keys(metadataSchema.shape),
  section: ['id', 'heading', 'clauses'],
  clause: ['id', 'text', 'note', 'level', 'origin'],
  origin: ['sourceId', 'clauseId', 'sourceTitle', 'label', 'originalText'],
} as const satisfies Record<string, readonly string[]>
