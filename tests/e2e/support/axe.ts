/**
 * An axe-core scan of the page as it is, keeping the serious and critical violations only.
 * Note: evaluated through the DevTools protocol, because the page's CSP (rightly) refuses any
 * injected <script> tag.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe
    const result = await axe.run(document)
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${(v.nodes as { target: string[] }[]).map((n) => n.target.join(' ')).join(', ')})`)
  })
}
