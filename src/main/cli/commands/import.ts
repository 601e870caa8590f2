/**
 * `policy-workbench import FILE... [--workspace PATH | --in-memory] [--json]`: import a batch,
 * one result per file; exit 0 only if every file imported. The sources are stored in the
 * user's library (the desktop app's workspace) or the --workspace named; with --in-memory they
 * are only checked and reported, and the output says nothing was kept.
 */
import type { ImportResult } from '../../../shared/api'
import { importOne } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { Command } from './types'
import { pluralWord } from '../../../shared/text/wording'

export const importCommand: Command = {
  ...commandSpecs.import,
  async run(args, api, io, context) {
    const results: ImportResult[] = []
    for (const filePath of args.positional) results.push(await importOne(filePath, api))
    const imported = results.filter((r) => r.ok).length
    const stored = context.workspace !== null
    const note = stored ? `Stored in ${context.workspace}.` : 'The files were checked, not stored (--in-memory): leave it out to keep them in your library.'
    if (args.flags.has('--json')) {
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
