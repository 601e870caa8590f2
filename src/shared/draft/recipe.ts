/**
 * The compose recipe of `policy-workbench compose RECIPE.json`: a draft written down by hand
 * as sections of clauses, each taken from a source file ("FILE#CLAUSE-ID") or written out.
 * Strict, because people type these: an unknown or misspelt field is an error naming its JSON
 * path, not something quietly ignored (recipe-schema.ts words it; recipe-check.ts is the same
 * check without loading zod). The host only reads and imports the files (recipeFiles); finding
 * each "FILE#CLAUSE" in them is here (resolveFromSources), and so is the draft the recipe
 * describes (composeDraft), built in one pass to the draft the UI's actions would make.
 */
import { WorkbenchError } from '../errors'
import type { Draft, DraftClause, DraftSection, SourceDocument } from '../model'
import { plural } from '../text/wording'
import type { SourceClauseRef } from './actions'
import { formatPath } from './json-boundary'
import { jsonEqual } from './json-equal'
import { DRAFT_LIMITS as L } from './limits'
import { createDraft, type DraftContext } from './reducer'
import { checkRecipe } from './recipe-check'
import { recipeFromChecked, recipeJson } from './recipe-text'
import type { Recipe, RecipeClauseRef } from './recipe-types'

export { parseFrom, type Recipe, type RecipeClause, type RecipeClauseRef } from './recipe-types'

/**
 * The recipe in a file's text, with the same verdict and words as parseRecipe (recipe-schema.ts).
 * Note: checked by hand, and the schema (zod) loaded only to word what is wrong with a recipe
 * the hand check refused: a valid recipe is composed without loading zod at all.
 */
export async function readRecipe(text: string, fileName: string): Promise<Recipe> {
  const checked = checkRecipe(recipeJson(text, fileName))
  if (checked) return recipeFromChecked(checked)
  const { parseRecipe } = await import('./recipe-schema')
  return parseRecipe(text, fileName)
}

/** The files a recipe takes clauses from, each once, in order of first use: what the host must read. */
export function recipeFiles(recipe: Recipe): string[] {
  const files = new Set<string>()
  for (const section of recipe.sections) for (const clause of section.clauses) if ('from' in clause) files.add(clause.from.file)
  return [...files]
}

/** Finds a recipe's "from" clause, or says why it cannot (the host reads and imports the files). */
export type ResolveClause = (from: RecipeClauseRef) => SourceClauseRef | WorkbenchError

/** What the host made of each file of recipeFiles(): the imported source, or why it has none. */
export type RecipeSources = ReadonlyMap<string, SourceDocument | WorkbenchError>

/**
 * A ResolveClause over the imported files: a clause is found by its id first, and by its
 * printed label ("4.1") when that names exactly one clause of the file, since labels are what
 * people read and type. The error says which of those failed; composeDraft adds the entry.
 */
export function resolveFromSources(sources: RecipeSources): ResolveClause {
  return (from) => {
    const source = sources.get(from.file)
    if (!source) return new WorkbenchError('not-found', `${from.file} was not read.`, from.file)
    if (source instanceof WorkbenchError) return source
    const byId = source.clauses.find((c) => c.id === from.clauseId)
    const byLabel = byId ? [] : source.clauses.filter((c) => c.label === from.clauseId)
    const clause = byId ?? (byLabel.length === 1 ? byLabel[0] : undefined)
    if (!clause) {
      const why = byLabel.length > 1 ? `labels ${byLabel.length} clauses in ${from.file}; give the id of the one you mean` : `is not a clause id or label in ${from.file}`
      return new WorkbenchError('not-found', `"${from.clauseId}" ${why}.`, from.file)
    }
    return { sourceId: source.id, sourceTitle: source.title, clauseId: clause.id, label: clause.label, text: clause.text }
  }
}

/**
 * The draft a recipe describes. Every "from" is resolved first, and all that fail are
 * reported together, so one run of the command shows every broken reference.
 *
 * Built in one pass, and the very draft the UI's actions would make from the recipe (the new
 * draft's one empty section renamed to the first section's heading, then add-section,
 * add-clause or add-source-clause and set-note for each entry, applied as one batch; ids from
 * `ctx` in that order), including what the reducer skips: a heading, text or note past the
 * draft's limits, a section or clause past the draft's size. Why not the actions themselves:
 * each one copied the sections list, a tenth of a 1,000-clause compose run.
 * tests/draft/recipe-compose.test.ts holds the two to the same draft, field for field.
 */
export function composeDraft(recipe: Recipe, resolve: ResolveClause, ctx: DraftContext, recipeFileName?: string): Draft {
  const start = createDraft(ctx, { ...recipe.metadata, title: recipe.title })
  const problems: { where: string; error: WorkbenchError }[] = []
  const sections: DraftSection[] = []
  let clauses = 0
  recipe.sections.forEach((section, s) => {
    // The new draft's one empty section becomes the recipe's first.
    const sectionId = s === 0 ? start.sections[0]!.id : ctx.newId()
    const fits = section.heading.length <= L.headingChars
    const target: DraftSection | null =
      s === 0 ? { id: sectionId, heading: fits ? section.heading : '', clauses: [] } : fits && sections.length < L.sections ? { id: sectionId, heading: section.heading, clauses: [] } : null
    if (target) sections.push(target)
    section.clauses.forEach((clause, index) => {
      const id = ctx.newId()
      const level = clause.level ?? 1
      let made: DraftClause
      if ('text' in clause) {
        made = { id, text: clause.text, note: '', level }
      } else {
        const where = `${formatPath(['sections', s, 'clauses', index])} (${clause.from.file}#${clause.from.clauseId})`
        const found = resolveSafely(resolve, clause.from)
        if (found instanceof WorkbenchError) return void problems.push({ where, error: found })
        if (found.text.length > L.textChars) {
          return void problems.push({ where, error: new WorkbenchError('file-too-large', `the clause is longer than ${L.textChars} characters`) })
        }
        const origin = { sourceId: found.sourceId, clauseId: found.clauseId, sourceTitle: found.sourceTitle, label: found.label, originalText: found.text }
        made = { id, text: found.text, note: '', level, origin }
      }
      if (!target || clauses >= L.clauses || made.text.length > L.textChars) return
      if (clause.note && clause.note.length <= L.noteChars) made.note = clause.note
      target.clauses.push(made)
      clauses++
    })
  })
  if (problems.length > 0) {
    const codes = new Set(problems.map((p) => p.error.code))
    const code = codes.size === 1 ? problems[0]!.error.code : 'not-found'
    const n = problems.length
    const list = problems.map((p) => `- ${p.where}: ${p.error.message}`).join('\n')
    const name = recipeFileName ?? 'The recipe'
    throw new WorkbenchError(code, `${name}: ${plural(n, 'clause')} could not be found:\n${list}`, recipeFileName)
  }
  // A recipe that adds nothing leaves the new draft as it was (no change, as a batch of no-ops).
  const composed = { ...start, sections: sections.length > 0 ? sections : start.sections }
  if (jsonEqual(composed, start)) return start
  return { ...composed, metadata: { ...start.metadata, updatedAt: ctx.now() } }
}

function resolveSafely(resolve: ResolveClause, from: RecipeClauseRef): SourceClauseRef | WorkbenchError {
  try {
    return resolve(from)
  } catch (error) {
    if (error instanceof WorkbenchError) return error
    throw error
  }
}
