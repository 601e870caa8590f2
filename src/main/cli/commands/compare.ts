/** `policy-workbench compare A B [--json] [--all]`: two policies aligned clause by clause. */
import type { Comparison } from '../../../shared/model'
import { renderComparison } from '../render-comparison'
import { importForCommand } from './import-for-command'
import { parseArgs, type Command } from './types'

/** The documented JSON: rows with status, similarity, each side's clauses, and the word diff. */
function asJson(c: Comparison): unknown {
  const side = (refs: Comparison['rows'][number]['a']): unknown[] => refs.map(({ id, label, text }) => ({ id, label, text }))
  return {
    a: c.a,
    b: c.b,
    counts: c.counts,
    rows: c.rows.map((r) => ({
      status: r.status,
      similarity: Math.round(r.similarity * 1000) / 1000,
      a: side(r.a),
      b: side(r.b),
      ...(r.diff ? { diff: r.diff } : {}),
      ...(r.rewritten ? { rewritten: true } : {}),
    })),
  }
}

export const compareCommand: Command = {
  summary: 'Compare two policies clause by clause: same, changed, moved, split, merged, added, missing.',
  usage: 'policy-workbench compare A B [--json] [--all]',
  async run(args, api, io) {
    const { positional, booleans, unknown } = parseArgs(args, { boolean: ['--json', '--all'], value: [] })
    if (unknown.length || positional.length !== 2) {
      io.err(unknown.length ? `policy-workbench compare: unknown option ${unknown.join(', ')}` : 'policy-workbench compare: name exactly two files, A then B.')
      io.err(`Usage: ${this.usage}`)
      return 2
    }
    const { sources, failed } = await importForCommand(positional, api, io)
    if (failed || sources.length !== 2) return 1
    const comparison = await api.compare({ a: sources[0]!.id, b: sources[1]!.id })
    if (booleans.has('--json')) io.out(JSON.stringify(asJson(comparison), null, 2))
    else for (const line of renderComparison(comparison, { colour: io.colour === true, changesOnly: !booleans.has('--all') })) io.out(line)
    return 0
  },
}
