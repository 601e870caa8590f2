/**
 * The renderer's own work when a 300 x 300 comparison opens: the page's main-thread CPU time
 * (Chromium trace, thread time of its tasks) from the click on Compare to the painted frame that
 * shows the rows, steadier than wall time on a shared machine. The same pair each time after a
 * first (the service answers from its cache, so the request is a few ms and the rest is the
 * renderer's), as in renderer.bench.ts's "same pair again". Two ends are read: the frame that
 * first shows a row, once painted (a timer set in that frame's callback), and the frame after
 * it (what renderer.bench.ts waits for: work done between the two frames may fall inside
 * that one); and when the request left after the click (resource timing).
 *   npm run build && npx tsx bench/renderer-compare-trace.ts [--runs N] [--renderer DIR] [--unmoved] [--new] [--timeline] [--profile FILE]
 * --renderer DIR: another build (say, main's), to compare in the same minutes; --timeline lists
 * the main thread's tasks of each open; --profile FILE writes a V8 CPU profile of one more open.
 * --new: a pair never compared before on each open (renderer.bench.ts's "a new pair": its fresh
 * pairs' seeded choice), so the answer waits on the service's comparison as a user's does.
 * Each open's phases are printed too (ms from the click): the request sent, its answer
 * received, the first row in the document, that frame painted, and the frame after it.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { file, importCorpus, picker, policy, revisedPair, seededRandom } from './renderer-material'
import { withLibraryPage } from './library-page'
import { printTimeline, summariseTrace } from './trace-summary'

const rendererArg = process.argv.indexOf('--renderer')
const rendererDir = rendererArg > 0 ? path.resolve(process.argv[rendererArg + 1]!) : path.join(import.meta.dirname, '..', 'out', 'renderer')
if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build')
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7
// The renderer bench's 300 x 300 pair (its seeded choice): B is A with a fifth replaced.
const random = seededRandom()
const pick = picker(await importCorpus(new WorkbenchService({ host: 'web' })), random)
// --unmoved: without the 15 moves, a pair whose differences (93 rows) are listed whole, not windowed.
const { a, b } = revisedPair(pick, random, process.argv.includes('--unmoved') ? 0 : 15)
const service = new WorkbenchService({ host: 'web' })
await service.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b))] })
// --new: fresh pairs drawn as renderer.bench.ts draws its own (one for the untimed first open, one per run, one for --profile).
const fresh = process.argv.includes('--new')
const freshPairs: { a: string; b: string }[] = []
if (fresh) {
  const freshPick = picker(await importCorpus(new WorkbenchService({ host: 'web' })), seededRandom(20261201))
  const freshRandom = seededRandom(20261202)
  for (let k = 0; k < runs + 2; k++) {
    const fa = freshPick(300)
    const fb = fa.map((t) => (freshRandom() < 0.2 ? freshPick(1)[0]! : t))
    for (let i = 0; i < 15; i++) fb.splice(Math.floor(freshRandom() * fb.length), 0, ...fb.splice(Math.floor(freshRandom() * fb.length), 1))
    freshPairs.push({ a: `fresh-a-${k}.txt`, b: `Fresh policy B${k} (TXT)` })
    await service.importFiles({ files: [file(`fresh-a-${k}.txt`, policy(`Fresh policy A${k}`, fa)), file(`fresh-b-${k}.txt`, policy(`Fresh policy B${k}`, fb))] })
  }
}
let opened = 0

/** Click on Compare to the painted frame with the first row, and to the frame after it. */
const openCompare = async (page: Page): Promise<{ painted: number; next: number; requestAt: number; answeredAt: number; rowAt: number }> => {
  const pair = fresh ? freshPairs[opened++]! : { a: 'a-300.txt', b: 'Policy B (TXT)' }
  await page.locator('button.source-item', { hasText: pair.a }).click()
  await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: pair.b })
  return page.evaluate(async () => {
    performance.clearResourceTimings()
    console.timeStamp('open-start')
    const start = performance.now()
    // When the first row enters the document (a React commit), before any frame shows it.
    let rowAt = NaN
    const watch = new MutationObserver(() => {
      if (Number.isNaN(rowAt) && document.querySelector('.cmp-row')) rowAt = performance.now() - start
    })
    watch.observe(document.body, { childList: true, subtree: true })
    ;(document.querySelector('.compare-with button[type=submit]') as HTMLElement).click()
    do await new Promise((r) => requestAnimationFrame(r))
    while (!document.querySelector('.cmp-row'))
    watch.disconnect()
    // Note: in the callbacks of the frame that shows the row; a timer set now runs once it is painted.
    await new Promise((r) => setTimeout(r, 0))
    const painted = performance.now() - start
    console.timeStamp('open-painted')
    ;(window as unknown as { rowsPainted: number }).rowsPainted = document.querySelectorAll('.cmp-row').length
    await new Promise((r) => requestAnimationFrame(r))
    const next = performance.now() - start
    console.timeStamp('open-end')
    // When the request for the comparison left, after the click.
    const request = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/compare')).at(-1) as PerformanceResourceTiming | undefined
    return { painted, next, requestAt: request ? request.startTime - start : NaN, answeredAt: request ? request.responseEnd - start : NaN, rowAt }
  })
}

await withLibraryPage(service, rendererDir, async (page) => {
  const browser = page.context().browser()!
  const close = async (): Promise<void> => {
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    await page.waitForTimeout(300)
  }
  await openCompare(page) // the service compares the pair once; the opens below are answered from its cache
  await close()
  const rows: number[][] = []
  const profileArg = process.argv.indexOf('--profile')
  if (profileArg > 0) {
    // A V8 CPU profile of one more open (open it in DevTools), before the traced ones.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
    await cdp.send('Profiler.start')
    await openCompare(page)
    writeFileSync(process.argv[profileArg + 1]!, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    await close()
  }
  for (let k = 0; k < runs; k++) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8', 'blink'] })
    const ms = await openCompare(page)
    const trace = await browser.stopTracing()
    if (process.argv.includes('--timeline')) {
      console.log('rows in the painted frame', await page.evaluate(() => (window as unknown as { rowsPainted: number }).rowsPainted))
      printTimeline(trace)
    }
    rows.push([ms.painted, summariseTrace(trace, 'open-painted')['mainThreadCpu']!, ms.next, summariseTrace(trace, 'open-end')['mainThreadCpu']!, ms.requestAt, ms.answeredAt, ms.rowAt])
    await close()
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
  const min = (xs: number[]): number => Math.min(...xs)
  const cols = ['to painted frame: wall', 'main-thread CPU', 'to the frame after: wall', 'main-thread CPU', 'request sent after', 'answer received after', 'first row in the document after']
  console.log(`compare 300x300 (${fresh ? 'a new pair each time' : 'same pair, cache hit'}), ${runs} opens, ms: ${cols.join(' | ')}`)
  for (const r of rows) console.log(r.map((x) => x.toFixed(1).padStart(8)).join(''))
  console.log('median  ' + cols.map((_, i) => median(rows.map((r) => r[i]!)).toFixed(1).padStart(8)).join(''))
  console.log('min     ' + cols.map((_, i) => min(rows.map((r) => r[i]!)).toFixed(1).padStart(8)).join(''))
}).finally(() => service.stopImports())
