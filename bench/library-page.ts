/**
 * The browser host over a service, and Chromium at 1366 x 768 on its library, for the renderer
 * trace scripts (bench/renderer-*-trace.ts): `run` gets the page once the status bar counts
 * the sources; the browser and the host are closed after it, whatever happens.
 */
import { chromium, type Page } from 'playwright-core'
import type { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'

export async function withLibraryPage(service: WorkbenchService, rendererDir: string, run: (page: Page) => Promise<void>): Promise<void> {
  const host = await startWebHost({ service, rendererDir })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
    await page.goto(host.url)
    await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
    await run(page)
  } finally {
    await browser.close()
    await host.close()
  }
}
