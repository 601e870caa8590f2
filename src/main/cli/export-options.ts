/**
 * The export options every exporting command takes (compose --out, export), read from its
 * parsed arguments into the API's ExportDraftOptions, and the exported file written to --out.
 * The format is --format, else the extension of --out.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ExportDraftOptions, ExportedFile, ExportFormat } from '../../shared/api'
import type { ParsedArgs } from './args'
import type { CliIo, ExitCode } from './commands/types'
import { writeFileAtomic } from './write-file-atomic'

export { EXPORT_FLAGS, EXPORT_OPTIONS, EXPORT_USAGE } from './export-flags'

const EXTENSIONS: Record<string, ExportFormat> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' }
const CHOICES = { '--numbering': ['decimal', 'legal', 'alpha'], '--provenance': ['none', 'appendix', 'comments'], '--format': ['docx', 'md', 'html'] } as const

/** The options, minus `against` (each command finds its own base); or what is wrong, for exit code 2. */
export type ReadOptions = { ok: true; out: string; options: ExportDraftOptions } | { ok: false; usage: boolean; message: string }

export async function readExportOptions(args: ParsedArgs): Promise<ReadOptions> {
  const out = args.options.get('--out')
  if (!out) return { ok: false, usage: true, message: 'name the file to write with --out FILE' }
  for (const [name, allowed] of Object.entries(CHOICES)) {
    const value = args.options.get(name)
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) return { ok: false, usage: true, message: `${name} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${value}"` }
  }
  const format = (args.options.get('--format') as ExportFormat | undefined) ?? EXTENSIONS[path.extname(out).toLowerCase()]
  if (!format) return { ok: false, usage: true, message: `cannot tell the format from "${path.basename(out)}": end it in .docx, .md or .html, or give --format` }
  const options: ExportDraftOptions = { format }
  const numbering = args.options.get('--numbering')
  if (numbering) options.numbering = numbering as ExportDraftOptions['numbering']
  const provenance = args.options.get('--provenance')
  if (provenance) options.provenance = provenance as ExportDraftOptions['provenance']
  const marking = args.options.get('--marking')
  if (marking) options.protectiveMarking = marking
  if (args.flags.has('--toc')) options.tableOfContents = true
  if (args.flags.has('--pack')) options.pack = true
  const reference = args.options.get('--reference')
  if (reference) {
    // Note: loaded only with a template: the file reader brings the importers' limits and wording.
    const { readInputFile } = await import('./read-input-file')
    const file = await readInputFile(reference)
    if (!file.ok) return { ok: false, usage: false, message: file.error.message }
    options.referenceBase64 = file.dataBase64
  }
  return { ok: true, out, options }
}

/** The file written whole (a temporary name, then renamed), and one line saying what went where. */
export async function writeExported(file: ExportedFile, out: string, io: CliIo): Promise<ExitCode> {
  try {
    await writeFileAtomic(out, new Uint8Array(Buffer.from(file.dataBase64, 'base64')))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : code === 'EISDIR' ? 'a folder has that name' : (error as Error).message
    io.err(`${out} cannot be written: ${why}.`)
    return 1
  }
  io.out(`Wrote ${out}: ${file.summary}.`)
  return 0
}

/** Whether a path names a file that is there (for --against VERSION-NAME|FILE). */
export async function isFile(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then((s) => s.isFile(), () => false)
}
