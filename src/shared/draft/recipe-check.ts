/**
 * The compose recipe checked by hand: the same verdict as the schema (recipe-schema.ts) on
 * every input, without loading zod, which cost a `compose` run more than composing 1,000
 * clauses (loading the library and building its schemas). It only says yes, with the checked
 * recipe, or no: the schema then words the problems, so messages come from one place.
 * Note: tests/draft/recipe-check.test.ts holds it to the schema's verdicts on generated
 * recipes near every rule's edge; change one, change both.
 */
import { isCalendarDate } from '../calendar-date'
import { DRAFT_LIMITS as L } from './limits'
import type { CheckedRecipe } from './recipe-text'
import { parseFrom } from './recipe-types'

type Json = Record<string, unknown>

const STATUSES: readonly unknown[] = ['draft', 'consultation', 'approved', 'superseded']
const TEXT_FIELDS = ['organisation', 'version', 'owner', 'approver', 'committee'] as const
/** The metadata fields in the schema's order (editableMetadataSchema less the title). */
const METADATA_KEYS = ['organisation', 'version', 'status', 'owner', 'approver', 'committee', 'approvedOn', 'reviewDue']
const RECIPE_KEYS = ['title', 'metadata', 'sections']
const SECTION_KEYS = ['heading', 'clauses']
const CLAUSE_KEYS = ['from', 'text', 'note', 'level']

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const onlyKeys = (o: Json, allowed: readonly string[]): boolean => Object.keys(o).every((k) => allowed.includes(k))
const textUpTo = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max
const absentOr = (o: Json, key: string, ok: (v: unknown) => boolean): boolean => !(key in o) || o[key] === undefined || ok(o[key])

/** The recipe as the schema would give it back, or null when the schema would refuse it. */
export function checkRecipe(json: unknown): CheckedRecipe | null {
  if (!isObject(json) || !onlyKeys(json, RECIPE_KEYS)) return null
  if (typeof json['title'] !== 'string') return null
  const title = json['title'].trim()
  if (title.length < 1 || title.length > L.fieldChars) return null
  const metadata = json['metadata']
  if (metadata !== undefined && !checkMetadata(metadata)) return null
  const sections = json['sections']
  if (!Array.isArray(sections) || sections.length > L.sections) return null
  let clauses = 0
  for (const section of sections) {
    if (!isObject(section) || !onlyKeys(section, SECTION_KEYS) || !textUpTo(section['heading'], L.headingChars)) return null
    const list = section['clauses']
    if (!Array.isArray(list) || list.length > L.clauses) return null
    for (const clause of list) if (!checkClause(clause)) return null
    clauses += list.length
  }
  if (clauses > L.clauses) return null
  return { title, ...(metadata === undefined ? {} : { metadata: inSchemaOrder(metadata as Json) }), sections: sections as CheckedRecipe['sections'] }
}

function checkMetadata(metadata: unknown): boolean {
  if (!isObject(metadata) || !onlyKeys(metadata, METADATA_KEYS)) return false
  const date = (v: unknown): boolean => v === null || isCalendarDate(v)
  return (
    TEXT_FIELDS.every((k) => absentOr(metadata, k, (v) => textUpTo(v, L.fieldChars))) &&
    absentOr(metadata, 'status', (v) => STATUSES.includes(v)) &&
    absentOr(metadata, 'approvedOn', date) &&
    absentOr(metadata, 'reviewDue', date)
  )
}

function checkClause(clause: unknown): boolean {
  if (!isObject(clause) || !onlyKeys(clause, CLAUSE_KEYS)) return false
  const ok =
    absentOr(clause, 'from', (v) => textUpTo(v, L.fieldChars + L.idChars)) &&
    absentOr(clause, 'text', (v) => textUpTo(v, L.textChars)) &&
    absentOr(clause, 'note', (v) => textUpTo(v, L.noteChars)) &&
    absentOr(clause, 'level', (v) => v === 1 || v === 2 || v === 3)
  if (!ok) return false
  const from = clause['from']
  const hasFrom = from !== undefined
  if (hasFrom === (clause['text'] !== undefined)) return false
  return !hasFrom || parseFrom(from as string) !== null
}

/** The metadata's fields in the schema's order, as zod gives an object back. */
function inSchemaOrder(metadata: Json): Json {
  const out: Json = {}
  for (const key of METADATA_KEYS) if (key in metadata) out[key] = metadata[key]
  return out
}
