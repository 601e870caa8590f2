/** `policy-workbench families FILE... [--json]`: clauses of different policies that say the same thing. */
import { importForCommand } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

export const familiesCommand: Command = {
  ...commandSpecs.families,
  async run(args, api, io) {
    const { sources, failed } = await importForCommand(args.positional, api, io)
    if (sources.length < 2) return 1
    const families = await api.families({ sourceIds: sources.map((s) => s.id) })
    if (args.flags.has('--json')) {
      io.out(JSON.stringify({ sources, families }, null, 2))
      return failed ? 1 : 0
    }
    const titles = new Map(sources.map((s) => [s.id, s.title]))
    const clauses = new Map<string, { label: string | null; text: string }>()
    for (const s of sources) for (const c of (await api.getSource({ id: s.id })).clauses) clauses.set(c.id, c)
    io.out(`${families.length} families across ${sources.length} policies.`)
    families.forEach((family, i) => {
      io.out('')
      io.out(`${i + 1}. ${family.representative.text}`)
      io.out(`   ${family.sourceCount} sources${family.topics.length ? ` · topics: ${family.topics.join(', ')}` : ''}`)
      for (const m of family.members) {
        const clause = clauses.get(m.clauseId)
        io.out(`   - ${titles.get(m.sourceId)} ${clause?.label ?? ''} (${Math.round(m.similarity * 100)}%)${m.repeatOf ? ' [repeats or restates another clause of the same source]' : ''}`)
      }
    })
    return failed ? 1 : 0
  },
}
