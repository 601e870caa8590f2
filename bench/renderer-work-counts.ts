/**
 * How much work the renderer does, counted rather than timed, for A/B of two builds on a
 * shared machine (wall and even CPU times moved by tens of ms between runs at load 10, and
 * flipped between builds from one run to the next): the JS functions called (V8 precise
 * coverage call counts), elements whose style was recalculated, layout objects laid out
 * (dirty and total, summed over layouts) and DOM mutations, from the click to 500 ms after
 * the frame that shows the result: within a few of each other from run to run of one build.
 * Cases: the renderer bench's "compare 300x300, same pair again" (the source open before it
 * counted apart, since it may spill past the click) and "coverage for 14 sources, first open".
 *   npm run build && npx tsx bench/renderer-work-counts.ts [DIR...]   (default: out/renderer)
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type CDPSession, type Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'
import { file, importCorpus, picker, policy, revisedPair, seededRandom } from './renderer-material'

const dirs = process.argv.slice(2).map((d) => path.resolve(d))
if (dirs.length === 0) dirs.push(path.join(import.meta.dirname, '..', 'out', 'renderer'))
for (const dir of dirs) if (!readdirSync(dir).includes('index.html')) throw new Error(`No built renderer in ${dir}: npm run build`)

// The renderer bench's sources (renderer.bench.ts: the same seeded choice).
const random = seededRandom()
const corpus = new WorkbenchService({ host: 'web' })
const pick = picker(await importCorpus(corpus), random)
await corpus.coverage({})
const { a, b } = revisedPair(pick, random)
const service = new WorkbenchService({ host: 'web' })
await service.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b))] })

type TraceEvent = { name: string; ph: string; ts: number; tid: number; args?: { elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number } } }
type Counts = { calls: number; styleElements: number; layoutDirty: number; layoutTotal: number; mutations: number }

/** Style and layout work on the page's main thread (the one that ran the most script). */
function renderingWork(trace: Buffer): Pick<Counts, 'styleElements' | 'layoutDirty' | 'layoutTotal'> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const script = new Map<number, number>()
  for (const e of events) if (e.name === 'FunctionCall') script.set(e.tid, (script.get(e.tid) ?? 0) + 1)
  const main = [...script].sort((x, y) => y[1] - x[1])[0]?.[0]
  const out = { styleElements: 0, layoutDirty: 0, layoutTotal: 0 }
  for (const e of events) {
    if (e.tid !== main) continue
    if (e.name === 'UpdateLayoutTree' && e.ph === 'X') out.styleElements += e.args?.elementCount ?? 0
    if (e.name === 'Layout' && (e.ph === 'X' || e.ph === 'B')) {
      out.layoutDirty += e.args?.beginData?.dirtyObjects ?? 0
      out.layoutTotal += e.args?.beginData?.totalObjects ?? 0
    }
  }
  return out
}

/** JS function calls since the last take (taking resets V8's counters). */
async function callsSince(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage')
  let calls = 0
  for (const script of result) for (const f of script.functions) calls += f.ranges[0]!.count
  return calls
}

/** Clicks `click` and waits for `ready` to be painted and 500 ms more, counting the work done. */
async function counted(page: Page, cdp: CDPSession, click: string, ready: string): Promise<Counts> {
  const browser = page.context().browser()!
  await page.evaluate(() => {
    const w = window as unknown as { mutations: number; counter?: MutationObserver }
    w.mutations = 0
    w.counter?.disconnect()
    w.counter = new MutationObserver((records) => (w.mutations += records.length))
    w.counter.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await callsSince(cdp)
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] })
  await page.evaluate(
    async ({ click, ready }) => {
      ;(document.querySelector(click) as HTMLElement).click()
      while (!document.querySelector(ready)) await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => setTimeout(r, 500))
    },
    { click, ready },
  )
  const calls = await callsSince(cdp)
  const work = renderingWork(await browser.stopTracing())
  const mutations = await page.evaluate(() => (window as unknown as { mutations: number }).mutations)
  return { calls, ...work, mutations }
}

async function withPage<T>(svc: WorkbenchService, dir: string, run: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
  const host = await startWebHost({ service: svc, rendererDir: dir })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false })
    await page.goto(host.url)
    await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
    return await run(page, cdp)
  } finally {
    await browser.close()
    await host.close()
  }
}

const show = (c: Counts): string => `JS calls ${c.calls}, style ${c.styleElements} elements, layout ${c.layoutDirty} dirty of ${c.layoutTotal} objects, ${c.mutations} DOM mutations`
for (const dir of dirs) {
  console.log(path.relative(process.cwd(), dir) || dir)
  await withPage(service, dir, async (page, cdp) => {
    // The first compare of the pair is made and painted uncounted; the second is the bench's "same pair again".
    for (let k = 0; k < 2; k++) {
      await callsSince(cdp)
      await page.locator('button.source-item', { hasText: 'a-300.txt' }).click()
      await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: 'Policy B (TXT)' })
      await page.waitForTimeout(300)
      const sourceCalls = await callsSince(cdp)
      const c = await counted(page, cdp, '.compare-with button[type=submit]', '.cmp-row')
      if (k === 1) console.log(`  compare, same pair again: ${show(c)} (opening the source before it: JS calls ${sourceCalls})`)
      await page.getByRole('tab', { selected: true }).focus()
      await page.keyboard.press('Delete')
      await page.waitForTimeout(300)
    }
  })
  await withPage(corpus, dir, async (page, cdp) => {
    console.log(`  coverage for 14 sources, first open: ${show(await counted(page, cdp, '.library-views button:first-child', 'table.heatmap'))}`)
  })
}
await service.stopImports()
await corpus.stopImports()
