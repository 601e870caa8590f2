/**
 * DraftAction as a zod schema, for the hosts' request check (api-schema.ts) when a renderer or
 * an HTTP client sends an action: strict, bounded, and tied to the DraftAction type so the two
 * cannot drift. Inside the app, actions are trusted as typed.
 */
import { z } from '../zod'
import { CALENDAR_DATE_RULE, isCalendarDate } from '../calendar-date'
import type { DraftAction } from './actions'
import { DRAFT_ID_PATTERN, DRAFT_LIMITS as L } from './limits'

const id = z.string().regex(DRAFT_ID_PATTERN, 'an id is letters, digits and . _ : -')
const index = z.number().int().min(0).max(1_000_000)
const position = z.strictObject({ sectionId: id, index })
const date = z.string().refine(isCalendarDate, `should be ${CALENDAR_DATE_RULE}`).nullable()
const field = z.string().max(L.fieldChars)

const source = z.strictObject({
  sourceId: z.string().min(1).max(L.idChars),
  sourceTitle: field,
  clauseId: z.string().min(1).max(L.idChars),
  label: z.string().max(L.idChars).nullable(),
  text: z.string().max(L.textChars),
  level: z.number().int().min(0).max(100).optional(),
})
const level = z.union([z.literal(1), z.literal(2), z.literal(3)])

/** The metadata an author edits (also a compose recipe's "metadata", less the title). */
export const editableMetadataSchema = z.strictObject({
  title: field,
  organisation: field,
  version: field,
  status: z.enum(['draft', 'consultation', 'approved', 'superseded']),
  owner: field,
  approver: field,
  committee: field,
  approvedOn: date,
  reviewDue: date,
})

const simple = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('add-source-clause'), at: position, source, id: id.optional(), level: level.optional() }),
  z.strictObject({ type: z.literal('add-clause'), at: position, text: z.string().max(L.textChars), id: id.optional(), level: level.optional() }),
  z.strictObject({ type: z.literal('indent-clause'), clauseId: id }),
  z.strictObject({ type: z.literal('outdent-clause'), clauseId: id }),
  z.strictObject({ type: z.literal('edit-clause'), clauseId: id, text: z.string().max(L.textChars) }),
  z.strictObject({ type: z.literal('restore-clause'), clauseId: id }),
  z.strictObject({ type: z.literal('set-note'), clauseId: id, note: z.string().max(L.noteChars) }),
  z.strictObject({ type: z.literal('move-clause'), clauseId: id, to: position }),
  z.strictObject({ type: z.literal('remove-clause'), clauseId: id }),
  z.strictObject({ type: z.literal('add-section'), index, heading: z.string().max(L.headingChars), id: id.optional() }),
  z.strictObject({ type: z.literal('rename-section'), sectionId: id, heading: z.string().max(L.headingChars) }),
  z.strictObject({ type: z.literal('move-section'), sectionId: id, index }),
  z.strictObject({ type: z.literal('remove-section'), sectionId: id }),
  z.strictObject({ type: z.literal('set-metadata'), metadata: editableMetadataSchema.partial() }),
])

const batch = z.strictObject({
  type: z.literal('batch'),
  actions: z.array(simple).max(L.clauses + L.sections),
  label: z.string().max(L.fieldChars).optional(),
})

export const draftActionSchema: z.ZodType<DraftAction> = z.union([simple, batch])
