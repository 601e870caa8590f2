/**
 * `policy-workbench compare A B [--json] [--all] [--out REPORT.docx]`: two policies aligned
 * clause by clause, in the terminal, or as a Word report written whole to --out.
 */
import type { Comparison } from '../../../shared/model'
import { writeExported } from '../export-options'
import { renderComparison } from '../render-comparison'
import { importForCommand } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

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
  ...commandSpecs.compare,
  async run(args, api, io) {
    const out = args.options.get('--out')
    if (out && !out.toLowerCase().endsWith('.docx')) {
      io.err('policy-workbench compare: the report is a Word document: end --out in .docx')
      return 2
    }
    const { sources, failed } = await importForCommand(args.positional, api, io)
    if (failed || sources.length !== 2) return 1
    if (out) {
      try {
        return await writeExported(await api.exportComparison({ a: sources[0]!.id, b: sources[1]!.id }), out, io)
      } catch (error) {
        io.err(error instanceof Error ? error.message : String(error))
        return 1
      }
    }
    const comparison = await api.compare({ a: sources[0]!.id, b: sources[1]!.id })
    if (args.flags.has('--json')) io.out(JSON.stringify(asJson(comparison), null, 2))
    else for (const line of renderComparison(comparison, { colour: io.colour === true, changesOnly: !args.flags.has('--all') })) io.out(line)
    return 0
  },
}
