/**
 * `policy-workbench compose RECIPE.json --workspace PATH`: a draft built from a recipe, for
 * scripted use. The files the recipe names (relative to the recipe) are imported into the
 * workspace, each "FILE#CLAUSE" is found by clause id or by printed label, and the draft goes
 * through the same reducer actions as the app's.
 */
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { composeDraft, parseRecipe, recipeFiles, serializeDraftFile, type SourceClauseRef } from '../../../shared/draft'
import { WorkbenchError } from '../../../shared/errors'
import type { SourceDocument } from '../../../shared/model'
import { readInputFile } from '../read-input-file'
import { parseArgs, type Command } from './types'

export const composeCommand: Command = {
  summary: 'Build a draft from a recipe of clauses from policy files and new text.',
  usage: 'policy-workbench compose RECIPE.json --workspace PATH [--json]',
  workspace: 'required',
  async run(args, api, io, context) {
    const { positional, booleans, unknown } = parseArgs(args, { boolean: ['--json'], value: [] })
    if (unknown.length || positional.length !== 1) {
      io.err(unknown.length ? `policy-workbench compose: unknown option ${unknown.join(', ')}` : 'policy-workbench compose: name one recipe file.')
      io.err(`Usage: ${this.usage}`)
      return 2
    }
    const recipePath = positional[0]!
    const recipeName = path.basename(recipePath)
    let text: string
    try {
      text = await fs.readFile(recipePath, 'utf8')
    } catch {
      io.err(`${recipePath} cannot be read (does it exist?).`)
      return 1
    }
    try {
      const recipe = parseRecipe(text, recipeName)
      const sources = new Map<string, SourceDocument | WorkbenchError>()
      for (const file of recipeFiles(recipe)) {
        const input = await readInputFile(path.resolve(path.dirname(recipePath), file))
        if (!input.ok) {
          sources.set(file, new WorkbenchError(input.error.code, input.error.message, file))
          continue
        }
        const [result] = (await api.importFiles({ files: [{ name: input.name, dataBase64: input.dataBase64 }] })).results
        sources.set(file, result?.ok ? await api.getSource({ id: result.source.id }) : new WorkbenchError(result && !result.ok ? result.error.code : 'internal', result && !result.ok ? result.error.message : `${file}: not imported`, file))
      }
      const resolve = (from: { file: string; clauseId: string }): SourceClauseRef | WorkbenchError => {
        const source = sources.get(from.file)
        if (!source) return new WorkbenchError('not-found', `${from.file} was not read.`)
        if (source instanceof WorkbenchError) return source
        // By id first; a printed label ("4.1") is accepted too when it names one clause.
        const byId = source.clauses.find((c) => c.id === from.clauseId)
        const byLabel = source.clauses.filter((c) => c.label === from.clauseId)
        const clause = byId ?? (byLabel.length === 1 ? byLabel[0] : undefined)
        if (!clause) {
          const why = byLabel.length > 1 ? `labels ${byLabel.length} clauses` : 'is not a clause id or label'
          return new WorkbenchError('not-found', `${from.file}#${from.clauseId}: "${from.clauseId}" ${why} in ${from.file}.`)
        }
        return { sourceId: source.id, sourceTitle: source.title, clauseId: clause.id, label: clause.label, text: clause.text }
      }
      const now = new Date().toISOString()
      const draft = composeDraft(recipe, resolve, { newId: () => randomUUID(), now: () => now }, recipeName)
      const state = await api.openDraftFile({ fileName: recipeName, text: serializeDraftFile(draft) })
      const clauses = state.draft.sections.flatMap((s) => s.clauses)
      const fromSources = clauses.filter((c) => c.origin).length
      if (booleans.has('--json')) io.out(JSON.stringify(state.draft, null, 2))
      else {
        io.out(`Composed “${state.draft.metadata.title}”: ${state.draft.sections.length} sections, ${clauses.length} clauses (${fromSources} from sources, ${clauses.length - fromSources} new).`)
        io.out(`Saved in ${context.workspace} as draft ${state.draft.id}.`)
      }
      return 0
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error))
      return 1
    }
  },
}
