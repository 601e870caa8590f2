/** `policy-workbench coverage FILE... [--json]`: which policy covers which topic, and what each lacks. */
import { topicLabel } from '../../../shared/text/wording'
import { importForCommand } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

export const coverageCommand: Command = {
  ...commandSpecs.coverage,
  async run(args, api, io) {
    const { sources, failed } = await importForCommand(args.positional, api, io)
    if (sources.length === 0) return 1
    const matrix = await api.coverage({ sourceIds: sources.map((s) => s.id) })
    if (args.flags.has('--json')) {
      io.out(JSON.stringify(matrix, null, 2))
      return failed ? 1 : 0
    }
    // Columns are lettered; the legend below says which policy each letter is.
    const letters = matrix.sources.map((_, i) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''))
    const width = Math.max(...matrix.topics.map((t) => t.label.length), 5)
    io.out(`${'Topic'.padEnd(width)}  ${letters.map((l) => l.padStart(3)).join('')}`)
    for (const row of matrix.topics) {
      const cells = matrix.sources.map((s) => {
        const n = row.bySource[s.id]?.length ?? 0
        return (n ? String(n) : '·').padStart(3)
      })
      io.out(`${row.label.padEnd(width)}  ${cells.join('')}`)
    }
    io.out('')
    matrix.sources.forEach((s, i) => io.out(`${letters[i]}  ${s.title} (${s.origin})`))
    const gaps = matrix.sources.filter((s) => (matrix.gaps[s.id]?.topics.length ?? 0) > 0)
    if (gaps.length) {
      io.out('')
      io.out('Missing topics that most of the other policies cover:')
      for (const s of gaps) io.out(`  ${s.title}: ${matrix.gaps[s.id]!.topics.map(topicLabel).join('; ')}`)
    }
    return failed ? 1 : 0
  },
}
