/**
 * A suggested file name for an export: the draft's title, made safe for every file system
 * (letters and digits kept, anything else one hyphen; no dots, slashes or reserved names), with
 * a suffix saying what the file is and the format's extension.
 */
export type ExportFileFormat = 'docx' | 'md' | 'html'

/**
 * Runs of anything but letters and digits become one hyphen. Note: an ASCII title takes an
 * ASCII expression, the same for ASCII (its letters are A-Z and a-z, its digits 0-9): building
 * \p{L} and \p{N} from Unicode's tables cost a short CLI run about 1 ms of CPU.
 */
function hyphenated(title: string): string {
  return /^[\x00-\x7F]*$/.test(title) ? title.replace(/[^A-Za-z0-9]+/g, '-') : title.replace(/[^\p{L}\p{N}]+/gu, '-')
}

export function exportFileName(title: string, format: ExportFileFormat, suffix = ''): string {
  const base =
    hyphenated(title.normalize('NFC'))
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
