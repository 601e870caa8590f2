/**
 * A recipe file's text up to its JSON, and a checked recipe's JSON to a Recipe: the steps every
 * way of reading a recipe shares (the schema's, recipe-schema.ts, and the hand check's,
 * recipe-check.ts), so both refuse the same files in the same words and give the same Recipe.
 */
import { WorkbenchError } from '../errors'
import type { EditableMetadata } from './actions'
import { jsonSyntaxDetail } from './json-boundary'
import { DRAFT_LIMITS as L } from './limits'
import { parseFrom, type Recipe, type RecipeClause } from './recipe-types'

/** The JSON in a recipe file; throws for an empty, too large, broken or draft file. */
export function recipeJson(text: string, fileName: string): unknown {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new WorkbenchError('empty-file', `${fileName} is empty.`, fileName)
  if (body.length > L.fileChars) throw new WorkbenchError('file-too-large', `${fileName} is too large to be a compose recipe.`, fileName)
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new WorkbenchError('invalid-request', `${fileName} is not a valid compose recipe: ${jsonSyntaxDetail(body)}.`, fileName)
  }
  if (typeof json === 'object' && json !== null && (json as Record<string, unknown>).format === 'policy-workbench-draft') {
    throw new WorkbenchError('invalid-request', `${fileName} is a draft file, not a compose recipe: open it as a draft instead.`, fileName)
  }
  return json
}

/** The error for a recipe with problems, one line each. */
export function invalidRecipe(fileName: string, problems: string[]): WorkbenchError {
  return new WorkbenchError('invalid-request', `${fileName} is not a valid compose recipe:\n${problems.map((l) => `- ${l}`).join('\n')}`, fileName)
}

/** A recipe's JSON as the checks let it through (title trimmed, every field of the right type). */
export interface CheckedRecipe {
  title: string
  metadata?: Partial<Omit<EditableMetadata, 'title'>> | undefined
  sections: { heading: string; clauses: { from?: string | undefined; text?: string | undefined; note?: string | undefined; level?: 1 | 2 | 3 | undefined }[] }[]
}

export function recipeFromChecked({ title, metadata = {}, sections }: CheckedRecipe): Recipe {
  return {
    title,
    metadata: Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)),
    sections: sections.map((s) => ({
      heading: s.heading,
      clauses: s.clauses.map((c): RecipeClause => {
        const extra = { ...(c.note === undefined ? {} : { note: c.note }), ...(c.level === undefined ? {} : { level: c.level }) }
        return c.from !== undefined ? { from: parseFrom(c.from)!, ...extra } : { text: c.text ?? '', ...extra }
      }),
    })),
  }
}
