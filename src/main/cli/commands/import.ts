/**
 * `policy-workbench import FILE... [--workspace PATH] [--json]`: import a batch, one result
 * per file; exit 0 only if every file imported. Until the workspace exists, files are checked
 * and reported but not stored, and the output says so.
 */
import type { ImportResult } from '../../../shared/api'
import { readInputFile } from '../read-input-file'
import { parseArgs, type Command } from './types'

export const importCommand: Command = {
  summary: 'Import policy files (a batch): one result line per file.',
  usage: 'policy-workbench import FILE... [--workspace PATH] [--json]',
  async run(args, api, io) {
    const { positional, booleans, values, unknown } = parseArgs(args, { boolean: ['--json'], value: ['--workspace'] })
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
    const note = values.has('--workspace')
      ? 'Workspaces are not available in this version: the files were checked, not stored.'
      : 'The files were checked, not stored (workspaces arrive in a later version).'
    if (booleans.has('--json')) {
      io.out(
        JSON.stringify(
          {
            stored: false,
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
        if (r.ok) io.out(`ok    ${r.file.padEnd(width)}  ${r.source.clauseCount} clauses${r.duplicate ? ' (same file as one before it)' : ''}`)
        else io.out(`FAIL  ${r.file.padEnd(width)}  ${r.error.message}`)
      }
      io.out(`${imported} of ${results.length} file${results.length === 1 ? '' : 's'} imported. ${note}`)
    }
    return imported === results.length ? 0 : 1
  },
}
