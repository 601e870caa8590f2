/** `policy-workbench drafts --workspace PATH [--json]`: the drafts of a workspace and their versions. */
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

export const draftsCommand: Command = {
  ...commandSpecs.drafts,
  async run(args, api, io) {
    const drafts = await api.listDrafts()
    const withVersions = await Promise.all(drafts.map(async (d) => ({ ...d, versions: await api.listDraftVersions({ id: d.id }) })))
    if (args.flags.has('--json')) {
      io.out(JSON.stringify(withVersions, null, 2))
      return 0
    }
    if (drafts.length === 0) io.out('No drafts in this workspace.')
    for (const d of withVersions) {
      io.out(`${d.title || '(untitled)'}  version ${d.version || '-'} · ${d.status} · ${d.clauseCount} clauses · changed ${d.updatedAt.slice(0, 16).replace('T', ' ')}`)
      io.out(`  id ${d.id}`)
      for (const v of d.versions) io.out(`  - ${v.name}${v.note ? `: ${v.note}` : ''} (${v.createdAt.slice(0, 10)}, ${v.clauseCount} clauses)`)
    }
    return 0
  },
}
