/**
 * One way to open the app for an end-to-end journey: the built renderer served by the browser
 * host over a real service (in memory), in Debian's Chromium. Each journey file calls
 * `describeInBrowser` and `openApp`; console errors, page errors and failed requests are kept
 * in `problems` so a journey can assert there were none.
 */
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { describe } from 'vitest'
import { WorkbenchService } from '../../../src/main/service/workbench-service'
import { startWebHost, type WebHost } from '../../../src/main/web/server'
import { announceMissingChromium, chromiumArgs, chromiumFound, chromiumPath, inCi } from '../../support/chromium'
import { repoRoot, resultsDir } from '../../support/paths'

export const rendererDir = path.join(repoRoot, 'out', 'renderer')
const runE2e = chromiumFound || inCi
if (!chromiumFound) announceMissingChromium()

/** describe() that runs where Chromium is (always under CI, where a missing browser fails). */
export const describeInBrowser = describe.runIf(runE2e)

export interface OpenApp {
  host: WebHost
  browser: Browser
  page: Page
  service: WorkbenchService
  problems: string[]
  /** A screenshot in test-results/, to be looked at. */
  shot(name: string): Promise<void>
  close(): Promise<void>
}

export async function openApp(options: { viewport?: { width: number; height: number }; service?: WorkbenchService } = {}): Promise<OpenApp> {
  if (!chromiumFound) throw new Error(`No Chromium at ${chromiumPath}: end-to-end tests cannot run. Install it: apt-get install -y chromium`)
  if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('The renderer is not built: run npm run build (npm test does this first).')
  mkdirSync(resultsDir, { recursive: true })
  const service = options.service ?? new WorkbenchService({ host: 'web' })
  const host = await startWebHost({ service, rendererDir })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, acceptDownloads: true })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('dialog', (d) => void d.accept())
  await page.goto(host.url)
  return {
    host,
    browser,
    page,
    service,
    problems,
    shot: async (name) => void (await page.screenshot({ path: path.join(resultsDir, `${name}.png`) })),
    close: async () => {
      await browser.close()
      await host.close()
    },
  }
}
