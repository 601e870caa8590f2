/**
 * `policy-workbench compose RECIPE.json [--workspace PATH | --in-memory] [--out FILE ...]`: a
 * draft built from a recipe, for scripted use, saved in the user's library unless another
 * workspace is named (--in-memory keeps nothing: it only checks that the recipe composes, or
 * exports the draft with --out). The files the recipe names (relative to the recipe) are
 * imported into the workspace; finding each "FILE#CLAUSE" in them (by clause id or printed
 * label) and building the draft through the app's reducer actions are the draft model's
 * (draft/recipe.ts). With --out the draft is exported too (tracked against the policy file
 * --against names, if any).
 */
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { composeDraft, parseRecipe, recipeFiles, resolveFromSources } from '../../../shared/draft'
import { WorkbenchError } from '../../../shared/errors'
import type { SourceDocument } from '../../../shared/model'
import { EXPORT_FLAGS, EXPORT_OPTIONS, EXPORT_USAGE, readExportOptions, type ReadOptions, writeExported } from '../export-options'
import { importOne } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

export const composeCommand: Command = {
  ...commandSpecs.compose,
  async run(args, api, io, context) {
    const recipePath = args.positional[0]!
    let exporting: ReadOptions | undefined
    if (args.options.has('--out')) {
      exporting = await readExportOptions(args)
      if (!exporting.ok) {
        io.err(exporting.usage ? `policy-workbench compose: ${exporting.message}` : exporting.message)
        return exporting.usage ? 2 : 1
      }
    } else if (args.options.has('--against') || args.flags.has('--pack')) {
      io.err('policy-workbench compose: --against and --pack need --out FILE')
      return 2
    }
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
        const result = await importOne(path.resolve(path.dirname(recipePath), file), api)
        sources.set(file, result.ok ? await api.getSource({ id: result.source.id }) : new WorkbenchError(result.error.code, result.error.message, file))
      }
      const now = new Date().toISOString()
      const draft = composeDraft(recipe, resolveFromSources(sources), { newId: () => randomUUID(), now: () => now }, recipeName)
      // Note: kept as opening its draft file would keep it, without writing and reading the file's text.
      const state = await api.adoptDraft(draft)
      const clauses = state.draft.sections.flatMap((s) => s.clauses)
      const fromSources = clauses.filter((c) => c.origin).length
      if (args.flags.has('--json')) io.out(JSON.stringify(state.draft, null, 2))
      else {
        io.out(`Composed “${state.draft.metadata.title}”: ${state.draft.sections.length} sections, ${clauses.length} clauses (${fromSources} from sources, ${clauses.length - fromSources} new).`)
        io.out(context.workspace ? `Saved in ${context.workspace} as draft ${state.draft.id}.` : 'Not saved (--in-memory).')
      }
      if (!exporting?.ok) return 0
      const against = args.options.get('--against')
      if (against) {
        const base = await importOne(path.resolve(against), api)
        if (!base.ok) {
          io.err(base.error.message)
          return 1
        }
        exporting.options.against = { sourceId: base.source.id }
      }
      // Note: with --json, stdout is the draft's JSON alone; the line about the file goes to stderr.
      return await writeExported(await api.exportDraft({ draftId: state.draft.id, options: exporting.options }), exporting.out, args.flags.has('--json') ? { ...io, out: io.err } : io)
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error))
      return 1
    }
  },
}
