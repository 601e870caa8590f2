/**
 * The flags and options every exporting command takes (compose --out, export), as the
 * argument parser and the help need them; export-options.ts reads them. Constants only, so the
 * command table can name them without loading the exporter.
 */
import type { ArgSpec } from './args'

export const EXPORT_FLAGS = ['--pack', '--toc'] as const
export const EXPORT_OPTIONS: NonNullable<ArgSpec['options']> = {
  '--out': 'the file to write',
  '--against': 'the base for tracked changes',
  '--numbering': 'decimal, legal or alpha',
  '--provenance': 'none, appendix or comments',
  '--reference': 'a Word template (.docx)',
  '--format': 'docx, md or html',
  '--marking': 'a protective marking such as OFFICIAL',
}
export const EXPORT_USAGE = '[--against BASE] [--numbering decimal|legal|alpha] [--provenance none|appendix|comments] [--pack] [--reference TEMPLATE.docx] [--format docx|md|html] [--marking TEXT] [--toc]'
