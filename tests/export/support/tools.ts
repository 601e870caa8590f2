/**
 * The outside tools the proof harness needs: xmllint (schema validity), LibreOffice and
 * pdftotext (the file opens and prints every clause), and the OOXML schemas. Like Chromium for
 * the end-to-end tests, a missing tool never passes quietly: in CI it fails, elsewhere a loud
 * banner explains the skip.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { inCi } from '../../support/chromium'
import { repoRoot } from '../../support/paths'

const found = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0

/** The shared folder beside the clone (CI), or the one on the development machine. */
export const sharedDir = [resolve(repoRoot, '../shared'), '/work/shared'].find((d) => existsSync(resolve(d, 'ooxml-schemas')))
export const wmlSchema = sharedDir && resolve(sharedDir, 'ooxml-schemas/ISO-IEC29500-4_2016/wml.xsd')

export const tools = {
  xmllint: found('xmllint') && wmlSchema !== undefined,
  soffice: found('soffice') && found('pdftotext'),
}

export { inCi }

/** Whether a proof needing `tool` runs; when it cannot, says so loudly once. */
export function canRun(tool: keyof typeof tools): boolean {
  if (tools[tool] || inCi) return true
  const line = '!'.repeat(78)
  const what = tool === 'xmllint' ? 'xmllint or ../shared/ooxml-schemas' : 'soffice (LibreOffice) or pdftotext'
  console.warn(`\n${line}\n!! EXPORT PROOFS SKIPPED: ${what} not found.\n!! Install: apt-get install -y libxml2-utils libreoffice-writer poppler-utils\n!! In CI this is a failure, not a skip.\n${line}\n`)
  return false
}

export function requireTool(tool: keyof typeof tools): void {
  if (!tools[tool]) throw new Error(`The export proofs need ${tool === 'xmllint' ? 'xmllint and ../shared/ooxml-schemas' : 'soffice and pdftotext'}, which are missing.`)
}
