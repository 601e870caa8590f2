/**
 * Where the renderer's time goes when it opens a 1,000-clause source and a 300 x 300
 * comparison: a Chromium trace of one open of each, summed by kind of work (script, style,
 * layout, paint). A companion to renderer.bench.ts, which times the same cases end to end.
 *   npm run build && npx tsx bench/renderer-trace.ts [--renderer DIR] [--timeline] [--profile FILE]
 * --renderer DIR: another build (say, the starting commit's), to take turns with.
 * --timeline: also each open's main-thread tasks (trace-summary.ts).
 * --profile FILE: also a V8 CPU profile of the source's open (open it in DevTools; with a build
 * made with `--sourcemap`, its functions can be named).
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { file, importCorpus, picker, policy, revisedPair, seededRandom } from './renderer-material'
import { withLibraryPage } from './library-page'
import { printTimeline, summariseTrace } from './trace-summary'

const root = path.join(import.meta.dirname, '..')
const rendererArg = process.argv.indexOf('--renderer')
const rendererDir = rendererArg > 0 ? path.resolve(process.argv[rendererArg + 1]!) : path.join(root, 'out', 'renderer')
const profileArg = process.argv.indexOf('--profile')
const profileFile = profileArg > 0 ? process.argv[profileArg + 1] : undefined
if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build')
const random = seededRandom()
const pick = picker(await importCorpus(new WorkbenchService({ host: 'web' })), random)
const { a, b } = revisedPair(pick, random, 0)
const service = new WorkbenchService({ host: 'web' })
await service.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b)), file('c-1000.txt', policy('Policy C', pick(1000)))] })

async function traced(page: Page, what: string, act: () => Promise<void>, profile?: string): Promise<void> {
  const browser = page.context().browser()!
  const cdp = profile ? await page.context().newCDPSession(page) : undefined
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8', 'blink'] })
  const start = Date.now()
  await act()
  const ms = Date.now() - start
  const trace = await browser.stopTracing()
  // Note: summariseTrace's mainThreadCpu (thread CPU of the page's main thread over the whole trace): steadier than the wall sums on a shared machine.
  console.log(what, `${ms} ms wall`, summariseTrace(trace))
  if (process.argv.includes('--timeline')) printTimeline(trace)
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send('Profiler.stop')).profile))
}

await withLibraryPage(service, rendererDir, async (page) => {
  await traced(page, 'open c-1000', async () => {
    await page.locator('button.source-item', { hasText: 'c-1000.txt' }).click()
    await page.locator('.source-view .clause-group').first().waitFor()
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  }, profileFile)
  await page.locator('button.source-item', { hasText: 'a-300.txt' }).click()
  await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ index: 1 })
  await traced(page, 'compare 300', async () => {
    await page.locator('.compare-with button[type=submit]').click()
    await page.locator('.cmp-row').first().waitFor()
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  })
})
