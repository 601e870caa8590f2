/**
 * `policy-workbench export DRAFT --workspace PATH --out FILE [--against VERSION-NAME|FILE] ...`:
 * a draft of the workspace (by id or title) as Word, Markdown or HTML, optionally tracked
 * against one of its named versions or against a policy file (imported into the workspace's
 * library, as `import --workspace` would).
 */
import type { ExportBase, WorkbenchApi } from '../../../shared/api'
import type { DraftSummary } from '../../../shared/model'
import { EXPORT_FLAGS, EXPORT_OPTIONS, EXPORT_USAGE, isFile, readExportOptions, writeExported } from '../export-options'
import { importOne } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { CliIo, Command } from './types'

export const exportCommand: Command = {
  ...commandSpecs.export,
  async run(args, api, io, context) {
    // Note: checked here, not by run-cli's 'required', which would create a workspace file to export nothing from.
    if (!context.workspace) {
      io.err('policy-workbench export: name the workspace file that holds the draft with --workspace PATH')
      return 2
    }
    const read = await readExportOptions(args)
    if (!read.ok) {
      io.err(read.usage ? `policy-workbench export: ${read.message}` : read.message)
      return read.usage ? 2 : 1
    }
    try {
      const draft = findDraft(await api.listDrafts(), args.positional[0]!, io)
      if (!draft) return 1
      const against = args.options.get('--against')
      if (against) {
        const base = await baseFor(against, draft.id, api, io)
        if (!base) return 1
        read.options.against = base
      }
      return await writeExported(await api.exportDraft({ draftId: draft.id, options: read.options }), read.out, io)
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error))
      return 1
    }
  },
}

/** By id, else by title (ignoring case); two drafts of that title are listed by id to choose from. */
function findDraft(drafts: DraftSummary[], wanted: string, io: CliIo): DraftSummary | undefined {
  const byId = drafts.find((d) => d.id === wanted)
  if (byId) return byId
  const byTitle = drafts.filter((d) => d.title.trim().toLowerCase() === wanted.trim().toLowerCase())
  if (byTitle.length === 1) return byTitle[0]
  if (byTitle.length > 1) io.err(`${byTitle.length} drafts are called "${wanted}"; name one by its id: ${byTitle.map((d) => d.id).join(', ')}.`)
  else io.err(`No draft in this workspace has the id or title "${wanted}". See: policy-workbench drafts --workspace PATH`)
  return undefined
}

/** A named version of the draft (by name or id) first; else a policy file, imported. */
async function baseFor(against: string, draftId: string, api: WorkbenchApi, io: CliIo): Promise<ExportBase | undefined> {
  const versions = await api.listDraftVersions({ id: draftId })
  if (versions.some((v) => v.id === against || v.name.trim() === against.trim())) return { version: against }
  if (!(await isFile(against))) {
    const names = versions.map((v) => v.name)
    io.err(`--against ${against} is neither a version of the draft${names.length ? ` (its versions: ${names.join(', ')})` : ' (it has no named versions)'} nor a file.`)
    return undefined
  }
  const result = await importOne(against, api)
  if (!result.ok) {
    io.err(result.error.message)
    return undefined
  }
  return { sourceId: result.source.id }
}
