/**
 * The compose recipe as a zod schema: the authority on what a recipe may say, and the words of
 * every problem in one (describeIssues). `parseRecipe` checks with it alone; the CLI's
 * `readRecipe` (recipe.ts) checks by hand first (recipe-check.ts) and loads this only to word
 * the problems of a recipe the hand check refused. Tests hold the two to the same verdicts.
 */
import { z } from '../zod'
import { editableMetadataSchema } from './action-schema'
import { describeIssues } from './json-boundary'
import { DRAFT_LIMITS as L } from './limits'
import { clauseCount } from './reducer'
import { type Recipe, parseFrom } from './recipe-types'
import { invalidRecipe, recipeFromChecked, recipeJson } from './recipe-text'

const clauseSchema = z
  .strictObject({
    from: z.string().max(L.fieldChars + L.idChars).optional(),
    text: z.string().max(L.textChars).optional(),
    note: z.string().max(L.noteChars).optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  })
  .superRefine((clause, ctx) => {
    const has = (k: 'from' | 'text'): boolean => clause[k] !== undefined
    if (has('from') === has('text')) {
      ctx.addIssue({ code: 'custom', message: has('from') ? 'should give "from" or "text", not both' : 'should give "from" (FILE#CLAUSE-ID) or "text"' })
    } else if (clause.from !== undefined && !parseFrom(clause.from)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `should look like FILE#CLAUSE-ID, not ${JSON.stringify(clause.from)}` })
    }
  })

export const recipeSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(L.fieldChars),
    metadata: editableMetadataSchema.omit({ title: true }).partial().optional(),
    sections: z
      .array(z.strictObject({ heading: z.string().max(L.headingChars), clauses: z.array(clauseSchema).max(L.clauses) }))
      .max(L.sections),
  })
  .superRefine((recipe, ctx) => {
    const count = clauseCount(recipe)
    if (count > L.clauses) ctx.addIssue({ code: 'custom', path: ['sections'], message: `hold ${count} clauses; a draft may have at most ${L.clauses}` })
  })

/** The recipe in `text`, checked by the schema; throws a WorkbenchError listing every problem. */
export function parseRecipe(text: string, fileName: string): Recipe {
  const json = recipeJson(text, fileName)
  const result = recipeSchema.safeParse(json)
  if (!result.success) throw invalidRecipe(fileName, describeIssues(result.error.issues, json))
  return recipeFromChecked(result.data)
}
