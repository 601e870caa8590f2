/**
 * A suggested file name for an export: the draft's title, made safe for every file system
 * (letters and digits kept, anything else one hyphen; no dots, slashes or reserved names), with
 * a suffix saying what the file is and the format's extension.
 */
export type ExportFileFormat = 'docx' | 'md' | 'html'

export function exportFileName(title: string, format: ExportFileFormat, suffix = ''): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'policy'
  return `${base}${suffix ? `-${suffix}` : ''}.${format}`
}

export const MEDIA_TYPES: Record<ExportFileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
}
