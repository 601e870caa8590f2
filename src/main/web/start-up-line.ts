/**
 * The first line `npm run web` prints: what is running and which workspace it keeps, and,
 * when the workspace could only be opened read-only, that too, in the status bar's words
 * (shared/text/read-only-note.ts), so a person sees it before any change is refused.
 */
import { READ_ONLY_NOTE } from '../../shared/text/read-only-note'

export interface StartUp {
  product: string
  version: string
  /** The workspace file, or null for --in-memory. */
  workspacePath: string | null
  readOnly: boolean
}

export function startUpLine({ product, version, workspacePath, readOnly }: StartUp): string {
  const keeps = workspacePath ? `the workspace ${workspacePath}` : 'nothing kept after it stops (--in-memory)'
  return `${product} ${version} is running, with ${keeps}.${readOnly ? ` ${READ_ONLY_NOTE}.` : ''}`
}
