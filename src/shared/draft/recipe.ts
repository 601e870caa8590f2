/**
 * The compose recipe of `policy-workbench compose RECIPE.json`: a draft written down by hand
 * as sections of clauses, each taken from a source file ("FILE#CLAUSE-ID") or written out.
 * Strict, because people type these: an unknown or misspelt field is an error naming its JSON
 * path, not something quietly ignored. A recipe becomes a draft through the same actions as
 * the UI dispatches, so the two cannot drift apart. The host only reads and imports the files
 * (recipeFiles); finding each "FILE#CLAUSE" in them is here (resolveFromSources).
 */
import { z } from '../zod'
import { WorkbenchError } from '../errors'
import type { Draft, SourceDocument } from '../model'
import { plural } from '../text/wording'
import { editableMetadataSchema } from './action-schema'
import type { EditableMetadata, SimpleDraftAction, SourceClauseRef } from './actions'
import { describeIssues, formatPath, jsonSyntaxDetail } from './json-boundary'
import { DRAFT_LIMITS as L } from './limits'
import { applyDraftAction, clauseCount, createDraft, type DraftContext } from './reducer'

export interface RecipeClauseRef {
  file: string
  clauseId: string
}

/** `level`: 2 for a sub-clause, 3 for a sub-sub-clause; a clause (1) when left out. */
export type RecipeClause = ({ from: RecipeClauseRef } | { text: string }) & { note?: string; level?: 1 | 2 | 3 }

export interface Recipe {
  title: string
  metadata: Partial<Omit<EditableMetadata, 'title'>>
  sections: { heading: string; clauses: RecipeClause[] }[]
}

/** "FILE#CLAUSE-ID", split at the last "#" (file names may hold one; clause ids never do). */
export function parseFrom(from: string): RecipeClauseRef | null {
  const hash = from.lastIndexOf('#')
  const file = from.slice(0, hash).trim()
  const clauseId = from.slice(hash + 1).trim()
  return hash < 0 || !file || !clauseId ? null : { file, clauseId }
}


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

const recipeSchema = z
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

export function parseRecipe(text: string, fileName: string): Recipe {
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
  const result = recipeSchema.safeParse(json)
  if (!result.success) {
    const lines = describeIssues(result.error.issues, json)
    throw new WorkbenchError('invalid-request', `${fileName} is not a valid compose recipe:\n${lines.map((l) => `- ${l}`).join('\n')}`, fileName)
  }
  const { title, metadata = {}, sections } = result.data
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
 */
export function composeDraft(recipe: Recipe, resolve: ResolveClause, ctx: DraftContext, recipeFileName?: string): Draft {
  const start = createDraft(ctx, { ...recipe.metadata, title: recipe.title })
  const actions: SimpleDraftAction[] = []
  const problems: { where: string; error: WorkbenchError }[] = []
  recipe.sections.forEach((section, s) => {
    // The new draft's one empty section becomes the recipe's first.
    const sectionId = s === 0 ? start.sections[0]!.id : ctx.newId()
    actions.push(
      s === 0 ? { type: 'rename-section', sectionId, heading: section.heading } : { type: 'add-section', id: sectionId, index: s, heading: section.heading },
    )
    section.clauses.forEach((clause, index) => {
      const id = ctx.newId()
      const at = { sectionId, index }
      const level = clause.level === undefined ? {} : { level: clause.level }
      if ('text' in clause) {
        actions.push({ type: 'add-clause', id, at, text: clause.text, ...level })
      } else {
        const where = `${formatPath(['sections', s, 'clauses', index])} (${clause.from.file}#${clause.from.clauseId})`
        const found = resolveSafely(resolve, clause.from)
        if (found instanceof WorkbenchError) return void problems.push({ where, error: found })
        if (found.text.length > L.textChars) {
          return void problems.push({ where, error: new WorkbenchError('file-too-large', `the clause is longer than ${L.textChars} characters`) })
        }
        actions.push({ type: 'add-source-clause', id, at, source: { ...found }, ...level })
      }
      if (clause.note) actions.push({ type: 'set-note', clauseId: id, note: clause.note })
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
  return applyDraftAction(start, { type: 'batch', label: 'compose from recipe', actions }, ctx)
}

function resolveSafely(resolve: ResolveClause, from: RecipeClauseRef): SourceClauseRef | WorkbenchError {
  try {
    return resolve(from)
  } catch (error) {
    if (error instanceof WorkbenchError) return error
    throw error
  }
}
