/**
 * `policy-workbench import FILE... [--workspace PATH] [--json]`: import a batch, one result
 * per file; exit 0 only if every file imported. With --workspace the sources are stored there;
 * without, they are checked and reported, and the output says nothing was kept.
 */
import type { ImportResult } from '../../../shared/api'
import { pluralWord } from '../../../shared/text/wording'
import { readInputFile } from '../read-input-file'
import { parseArgs, type Command } from './types'

export const importCommand: Command = {
  summary: 'Import policy files (a batch): one result line per file.',
  usage: 'policy-workbench import FILE... [--workspace PATH] [--json]',
  async run(args, api, io, context) {
    const { positional, booleans, unknown } = parseArgs(args, { boolean: ['--json'], value: [] })
    if (unknown.length || positional.length === 0) {
      io.err(unknown.length ? `policy-workbench import: unknown option ${unknown.join(', ')}` : 'policy-workbench import: name at least one file.')
      io.err(`Usage: ${this.usage}`)
      return 2
    }
    const results: ImportResult[] = []
    // One file at a time, so a batch of large files never sits in memory at once.
    for (const filePath of positional) {
      const input = await readInputFile(filePath)
      if (!input.ok) {
        results.push({ file: input.name, ok: false, error: input.error })
        continue
      }
      const [result] = (await api.importFiles({ files: [{ name: input.name, dataBase64: input.dataBase64 }] })).results
      if (result) results.push(result)
    }
    const imported = results.filter((r) => r.ok).length
    const stored = context.workspace !== null
    const note = stored ? `Stored in ${context.workspace}.` : 'The files were checked, not stored: name a workspace with --workspace PATH to keep them.'
    if (booleans.has('--json')) {
      io.out(
        JSON.stringify(
          {
            stored,
            imported,
            failed: results.length - imported,
            results: results.map((r) =>
              r.ok
                ? { file: r.file, ok: true, title: r.source.title, format: r.source.format, clauses: r.source.clauseCount, duplicate: r.duplicate }
                : { file: r.file, ok: false, error: r.error },
            ),
          },
          null,
          2,
        ),
      )
    } else {
      const width = Math.min(40, Math.max(...results.map((r) => r.file.length)))
      for (const r of results) {
        const extra = r.ok ? (r.duplicate ? ' (already in the library)' : r.replaces ? ` (a new version of ${r.replaces.origin}; the earlier one is kept)` : '') : ''
        if (r.ok) io.out(`ok    ${r.file.padEnd(width)}  ${r.source.clauseCount} clauses${extra}`)
        else io.out(`FAIL  ${r.file.padEnd(width)}  ${r.error.message}`)
      }
      io.out(`${imported} of ${results.length} ${pluralWord(results.length, 'file')} imported. ${note}`)
    }
    return imported === results.length ? 0 : 1
  },
}
