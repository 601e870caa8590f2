/**
 * Request schemas: every payload from a renderer or an HTTP client is parsed here before the
 * service sees it. The mapped type ties each schema to the method's declared request type.
 */
import { setSettingRequestSchema } from './ui-settings'
import { z } from './zod'
import type { ApiMethod, ApiRequest } from './api'
import { CALENDAR_DATE_RULE, isCalendarDate } from './calendar-date'
import { draftActionSchema, DRAFT_ID_PATTERN } from './draft'
import { sourceKinds } from './model'

/** Generous, but bounded: a base64 string this long is about 150 MB of file. */
const MAX_BASE64_CHARS = 200 * 1024 * 1024
const MAX_FILES_PER_BATCH = 500

const sourceId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a source id is 64 hexadecimal characters')

const noRequest = z.undefined()

const clauseId = z.string().regex(/^[0-9a-f]{16}\.\d{1,7}$/, 'a clause id is a source id prefix and a position')

const draftId = z.string().regex(DRAFT_ID_PATTERN, 'a draft id is letters, digits and . _ : -')
const draftRequest = z.strictObject({ id: draftId })
const versionRequest = z.strictObject({ versionId: draftId })
/** Draft files are small; 20 MB of JSON is far past any real draft. */
const MAX_DRAFT_FILE_CHARS = 20 * 1024 * 1024

const library = z.strictObject({ sourceIds: z.array(sourceId).max(10_000).optional(), draftId: draftId.optional() })

const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'file data must be base64')

const importFile = z.strictObject({
  name: z.string().min(1).max(1024),
  dataBase64: base64(MAX_BASE64_CHARS),
})
/** A Word template is styles and a little text: 20 MB of base64 is far past any real one. */
const MAX_TEMPLATE_BASE64_CHARS = 20 * 1024 * 1024

type SchemaFor<M extends ApiMethod> = z.ZodType<ApiRequest<M>>

export const requestSchemas: { [M in ApiMethod]: SchemaFor<M> } = {
  getAppInfo: noRequest,
  importFiles: z.strictObject({ files: z.array(importFile).max(MAX_FILES_PER_BATCH) }),
  listSources: noRequest,
  getSource: z.strictObject({ id: sourceId }),
  removeSource: z.strictObject({ id: sourceId }),
  search: z.strictObject({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(500).optional(),
    sourceIds: z.array(sourceId).max(10_000).optional(),
  }),
  compare: z.strictObject({ a: sourceId, b: sourceId }),
  compareSoon: z.strictObject({ a: sourceId, b: sourceId }),
  families: library,
  coverage: library.extend({ withFamilies: z.boolean().optional() }),
  similar: z.strictObject({
    clauseId,
    perSource: z.number().int().min(1).max(20).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  checkSource: z.strictObject({ id: sourceId }),
  updateSource: z.strictObject({
    id: sourceId,
    title: z.string().min(1).max(500).optional(),
    organisation: z.string().max(500).nullable().optional(),
    kind: z.enum(sourceKinds).optional(),
    date: z.string().refine(isCalendarDate, `should be ${CALENDAR_DATE_RULE}`).nullable().optional(),
    notes: z.string().max(20_000).optional(),
  }),
  listDrafts: noRequest,
  createDraft: z.strictObject({ title: z.string().max(500).optional() }),
  getDraft: draftRequest,
  applyDraftAction: z.strictObject({ id: draftId, action: draftActionSchema }),
  undoDraft: draftRequest,
  redoDraft: draftRequest,
  deleteDraft: draftRequest,
  checkDraft: draftRequest,
  saveDraftVersion: z.strictObject({ id: draftId, name: z.string().min(1).max(200), note: z.string().max(5000).optional() }),
  listDraftVersions: draftRequest,
  getDraftVersion: versionRequest,
  compareDraftVersions: z.strictObject({ draftId, a: draftId, b: draftId }),
  restoreDraftVersion: versionRequest,
  saveDraftFile: draftRequest,
  openDraftFile: z.strictObject({ fileName: z.string().min(1).max(1024), text: z.string().max(MAX_DRAFT_FILE_CHARS) }),
  exportDraft: z.strictObject({
    draftId,
    options: z
      .strictObject({
        format: z.enum(['docx', 'md', 'html']).optional(),
        numbering: z.enum(['decimal', 'legal', 'alpha']).optional(),
        provenance: z.enum(['none', 'appendix', 'comments']).optional(),
        notesAsComments: z.boolean().optional(),
        tableOfContents: z.boolean().optional(),
        protectiveMarking: z.string().max(100).optional(),
        author: z.string().max(200).optional(),
        date: z.string().refine(isCalendarDate, CALENDAR_DATE_RULE).optional(),
        referenceBase64: base64(MAX_TEMPLATE_BASE64_CHARS).optional(),
        against: z.union([z.strictObject({ version: draftId }), z.strictObject({ sourceId })]).optional(),
        pack: z.boolean().optional(),
      })
      .optional(),
  }),
  exportComparison: z.strictObject({ a: sourceId, b: sourceId }),
  getSettings: noRequest,
  setSetting: setSettingRequestSchema,
  // Note: names only, looked up in the manifest (service/examples.ts), so no path can come from the renderer.
  importExamples: z.strictObject({ files: z.array(z.string().min(1).max(255)).max(MAX_FILES_PER_BATCH) }).optional(),
  listExamples: noRequest,
}
