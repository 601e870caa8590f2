import type { FormatInfo } from '../model'
import { baseName } from './kit/file-name'

/**
 * Every format people receive policies in. `importable` is false where no importer exists
 * yet, so the UI can say so plainly instead of failing later.
 */
export const formats: readonly FormatInfo[] = [
  { format: 'docx', extensions: ['.docx'], label: 'Word document', importable: true },
  { format: 'pdf', extensions: ['.pdf'], label: 'PDF', importable: true },
  { format: 'html', extensions: ['.html', '.htm'], label: 'Web page', importable: true },
  { format: 'md', extensions: ['.md', '.markdown'], label: 'Markdown', importable: true },
  { format: 'txt', extensions: ['.txt'], label: 'Plain text', importable: true },
  { format: 'odt', extensions: ['.odt'], label: 'OpenDocument text', importable: true },
]

/** The extension of a file name, lower case with its dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export function formatOfFileName(fileName: string): FormatInfo | undefined {
  const ext = extensionOf(fileName)
  return formats.find((f) => f.extensions.includes(ext))
}
