/**
 * `policy-workbench compose RECIPE.json [--workspace PATH | --in-memory] [--out FILE ...]`: a
 * draft built from a recipe, for scripted use, saved in the user's library unless another
 * workspace is named (--in-memory keeps nothing: it only checks that the recipe composes, or
 * exports the draft with --out). The files the recipe names (relative to the recipe) are
 * imported into the workspace; finding each "FILE#CLAUSE" in them (by clause id or printed
 * label) and building the draft are the draft model's (draft/recipe.ts). With --out the draft
 * is exported too (tracked against the policy file --against names, if any).
 *
 * Note: with --in-memory and nothing to import (no "from" in the recipe, no --against), no
 * service is opened: the draft is kept as the service would keep it (compose-alone.ts) and
 * exported by the service's own export (service/exports.ts), without SQLite or zod, which were
 * most of such a run's time. tests/cli/compose-alone.test.ts holds both ways to the same output.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ExportedFile } from '../../../shared/api'
import { composeDraft, readRecipe, recipeFiles, resolveFromSources } from '../../../shared/draft/recipe'
import { WorkbenchError } from '../../../shared/errors'
import type { Draft, SourceDocument } from '../../../shared/model'
import { readExportOptions, type ReadOptions, writeExported } from '../export-options'
import { commandSpecs } from '../command-specs'
import { phase } from '../timings'
import { exportAlone, keepAlone } from './compose-alone'
import { draftIds } from './draft-ids'
import type { CliApi, CliIo, Command, ExitCode } from './types'
import type { ParsedArgs } from '../args'

export const composeCommand: Command = {
  ...commandSpecs.compose,
  run: (args, api, io, context) => compose(args, io, context.workspace, async () => api),
  runAlone: (args, io, openService) => compose(args, io, null, openService),
}

/** `service` opens the workspace's service (or the in-memory one) when the run needs it. */
async function compose(args: ParsedArgs, io: CliIo, workspace: string | null, service: () => Promise<CliApi>): Promise<ExitCode> {
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
    // Note: synchronous, as the write is (write-file-atomic.ts): less CPU than fs.promises' first use.
    text = readFileSync(recipePath, 'utf8')
  } catch {
    io.err(`${recipePath} cannot be read (does it exist?).`)
    return 1
  }
  try {
    phase('recipe read')
    const recipe = await readRecipe(text, recipeName)
    phase('recipe checked')
    const files = recipeFiles(recipe)
    const against = args.options.get('--against')
    const api = workspace !== null || files.length > 0 || against ? await service() : null
    // Note: the importers load only when there is something to import.
    const { importOne } = files.length > 0 || against ? await import('./import-for-command') : { importOne: null }
    const sources = new Map<string, SourceDocument | WorkbenchError>()
    for (const file of files) {
      const result = await importOne!(path.resolve(path.dirname(recipePath), file), api!)
      sources.set(file, result.ok ? await api!.getSource({ id: result.source.id }) : new WorkbenchError(result.error.code, result.error.message, file))
    }
    const now = new Date().toISOString()
    const composed = composeDraft(recipe, resolveFromSources(sources), { newId: draftIds(), now: () => now }, recipeName)
    phase('draft composed')
    // Note: kept as opening its draft file would keep it, without writing and reading the file's text.
    const draft: Draft = api ? (await api.adoptDraft(composed)).draft : keepAlone(composed)
    phase('draft kept')
    const clauses = draft.sections.flatMap((s) => s.clauses)
    const fromSources = clauses.filter((c) => c.origin).length
    if (args.flags.has('--json')) io.out(JSON.stringify(draft, null, 2))
    else {
      io.out(`Composed “${draft.metadata.title}”: ${draft.sections.length} sections, ${clauses.length} clauses (${fromSources} from sources, ${clauses.length - fromSources} new).`)
      io.out(workspace ? `Saved in ${workspace} as draft ${draft.id}.` : 'Not saved (--in-memory).')
    }
    if (!exporting?.ok) return 0
    if (against) {
      const base = await importOne!(path.resolve(against), api!)
      if (!base.ok) {
        io.err(base.error.message)
        return 1
      }
      exporting.options.against = { sourceId: base.source.id }
    }
    const request = { draftId: draft.id, options: exporting.options }
    const exported: ExportedFile = api ? await api.exportDraft(request) : await exportAlone(request, draft)
    phase('exported')
    // Note: with --json, stdout is the draft's JSON alone; the line about the file goes to stderr.
    const code = await writeExported(exported, exporting.out, args.flags.has('--json') ? { ...io, out: io.err } : io)
    phase('written')
    return code
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 1
  }
}
