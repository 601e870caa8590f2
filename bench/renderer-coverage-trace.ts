/**
 * Where the renderer's time goes when the coverage matrix for the 14 corpus policies opens:
 * a Chromium trace of the first open and of two later ones, summed by kind of work (script,
 * style, layout, paint), beside the click-to-painted-frame time. A companion to
 * renderer.bench.ts's "coverage for 14 sources (first open)".
 *   npm run build && npx tsx bench/renderer-coverage-trace.ts [--runs N] [--quiet] [--timeline] [--profile FILE] [--save FILE] [--sources N] [--wait MS]
 * --runs N opens it N times (3); --quiet prints only the first open and the later ones' minimum
 * and median; --timeline lists each open's main-thread tasks; --profile FILE also writes a V8 CPU profile of the first open (open it in DevTools).
 * --save FILE writes the first open's raw trace (chrome://tracing, or DevTools' Performance panel).
 * --sources N: a library of N generated sources instead of the corpus (200: renderer.bench.ts's second coverage case).
 * --wait MS: how long after the library shows the first open is clicked (1000; renderer.bench.ts
 * clicks at once, 0).
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import type { Clause } from '../src/shared/model'
import { file, importCorpus, picker, policy, seededRandom } from './renderer-material'
import { withLibraryPage } from './library-page'
import { printTimeline, summariseTrace } from './trace-summary'

const rendererArg = process.argv.indexOf('--renderer')
const rendererDir = rendererArg > 0 ? path.resolve(process.argv[rendererArg + 1]!) : path.join(import.meta.dirname, '..', 'out', 'renderer')
if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build')
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3
const quiet = process.argv.includes('--quiet')
const shotArg = process.argv.indexOf('--shot')
const shotFile = shotArg > 0 ? process.argv[shotArg + 1] : undefined
const profileArg = process.argv.indexOf('--profile')
const profileFile = profileArg > 0 ? process.argv[profileArg + 1] : undefined
const saveArg = process.argv.indexOf('--save')
const saveFile = saveArg > 0 ? process.argv[saveArg + 1] : undefined
const waitArg = process.argv.indexOf('--wait')
const waitMs = waitArg > 0 ? Number(process.argv[waitArg + 1]) : 1000
const sourcesArg = process.argv.indexOf('--sources')
const sourceCount = sourcesArg > 0 ? Number(process.argv[sourcesArg + 1]) : 14

/** As renderer.bench.ts's "coverage for 200 sources": sources of 30-60 corpus wordings each. */
async function generatedLibrary(clauses: Clause[], count: number): Promise<WorkbenchService> {
  const library = new WorkbenchService({ host: 'web' })
  const random = seededRandom()
  const pick = picker(clauses, random)
  for (let n = 0; n < count; n += 20) {
    const files = Array.from({ length: Math.min(20, count - n) }, (_, i) => file(`source-${n + i}.txt`, policy(`Borough Council ${n + i} Social Media Policy`, pick(30 + Math.floor(random() * 30)))))
    await library.importFiles({ files })
  }
  return library
}

const corpus = new WorkbenchService({ host: 'web' })
const corpusClauses = await importCorpus(corpus)
const service = sourceCount > 14 ? await generatedLibrary(corpusClauses, sourceCount) : corpus
await service.coverage({})

/** Click to the frame after the heat map appeared, in the page, and the coverage request's own time (resource timing). */
const openCoverage = (page: Page): Promise<{ ms: number; apiMs: number }> =>
  page.evaluate(async () => {
    performance.clearResourceTimings()
    console.timeStamp('open-start')
    const start = performance.now()
    ;(document.querySelector('.library-views button:first-child') as HTMLElement).click()
    while (!document.querySelector('table.heatmap')) await new Promise((r) => requestAnimationFrame(r))
    await new Promise((r) => requestAnimationFrame(r))
    const ms = performance.now() - start
    console.timeStamp('open-end')
    const apiMs = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/coverage')).reduce((sum, e) => sum + e.duration, 0)
    return { ms, apiMs }
  })

await withLibraryPage(service, rendererDir, async (page) => {
  const browser = page.context().browser()!
  await page.waitForTimeout(waitMs)
  const later: { ms: number; sums: Record<string, number> }[] = []
  for (let k = 0; k < runs; k++) {
    const cdp = k === 0 && profileFile ? await page.context().newCDPSession(page) : undefined
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8', 'blink'] })
    const { ms, apiMs } = await openCoverage(page)
    const trace = await browser.stopTracing()
    const sums = summariseTrace(trace)
    if (k === 0 && saveFile) writeFileSync(saveFile, trace)
    if (process.argv.includes('--timeline')) printTimeline(trace)
    if (cdp) writeFileSync(profileFile!, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    if (k === 0 || !quiet) console.log(k === 0 ? 'first open' : `open ${k + 1}`, `${Math.round(ms)} ms (API ${Math.round(apiMs)} ms)`, JSON.stringify(sums))
    if (k > 0) later.push({ ms, sums })
    if (k === 0 && shotFile) await page.screenshot({ path: shotFile })
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    await page.waitForTimeout(300)
  }
  if (later.length > 1) {
    // Note: the minimum as well as the median: on a shared machine the least disturbed run is the steadiest figure.
    const stat = (xs: number[]): string => {
      const sorted = [...xs].sort((x, y) => x - y)
      return `${sorted[0]!.toFixed(1)} / ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}`
    }
    console.log(`later opens (${later.length}), min / median: total ${stat(later.map((o) => o.ms))} ms;`, ['mainThreadCpu', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'].map((kind) => `${kind} ${stat(later.map((o) => o.sums[kind] ?? 0))}`).join('; '))
  }
})
