/**
 * The 14 corpus policies put into a journey's library through the service (the import UI has
 * its own journey), then the page reloaded so the app shows them as a returning user sees them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../support/paths'
import type { OpenApp } from './app'

const corpusDir = path.join(repoRoot, 'corpus')
export const corpusFiles = readdirSync(corpusDir).filter((f) => /\.(docx|pdf|md|html|odt|txt)$/.test(f) && f !== 'README.md')

export async function loadCorpus(app: OpenApp): Promise<void> {
  const report = await app.service.importFiles({ files: corpusFiles.map((name) => ({ name, dataBase64: readFileSync(path.join(corpusDir, name)).toString('base64') })) })
  const failed = report.results.filter((r) => !r.ok)
  if (failed.length > 0) throw new Error(`corpus files did not import: ${failed.map((r) => r.file).join(', ')}`)
  await app.page.reload()
  await app.page.locator('.statusbar', { hasText: `${corpusFiles.length} sources` }).waitFor()
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(app: OpenApp): Promise<string[]> {
  const { createRequire } = await import('node:module')
  // Note: evaluated through the DevTools protocol, because the page's CSP refuses injected scripts.
  await app.page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'))
  return app.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document)
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  })
}
