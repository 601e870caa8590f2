/**
 * Where the renderer's time goes when the coverage matrix for the 14 corpus policies opens:
 * a Chromium trace of the first open and of two later ones, summed by kind of work (script,
 * style, layout, paint), beside the click-to-painted-frame time. A companion to
 * renderer.bench.ts's "coverage for 14 sources (first open)".
 *   npm run build && npx tsx bench/renderer-coverage-trace.ts [--runs N] [--quiet] [--timeline] [--profile FILE]
 * --runs N opens it N times (3); --quiet prints only the first open and the later ones' minimum
 * and median; --timeline lists each open's main-thread tasks; --profile FILE also writes a V8 CPU profile of the first open (open it in DevTools).
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'
import { importCorpus } from './renderer-material'

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
const service = new WorkbenchService({ host: 'web' })
await importCorpus(service)
await service.coverage({})

/** Trace events summed by name, for the busiest kinds of work on the renderer's main thread. */
function summarise(trace: Buffer): Record<string, number> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number }[] }).traceEvents
  // The page's main thread: the one that ran the most script.
  const script = new Map<number, number>()
  for (const e of events) if (e.name === 'FunctionCall') script.set(e.tid, (script.get(e.tid) ?? 0) + (e.dur ?? 0))
  const main = [...script].sort((a, b) => b[1] - a[1])[0]?.[0]
  // Note: thread CPU time (tdur) of the main thread's tasks: what the open cost the page,
  // without the time the thread waited for a core (the steadier figure on a shared machine).
  // Only the tasks from the click to the painted frame (console.timeStamp marks in the page):
  // what is left for after that frame is not what a person waits for.
  const mark = (name: string): number | undefined => events.find((e) => e.name === 'TimeStamp' && (e as { args?: { data?: { message?: string } } }).args?.data?.message === name)?.ts
  const from = mark('open-start') ?? -Infinity
  const to = mark('open-end') ?? Infinity
  let cpu = 0
  for (const e of events) if (e.ph === 'X' && e.tid === main && e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to) cpu += (e.tdur ?? 0) / 1000
  const kinds = ['FunctionCall', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MinorGC', 'MajorGC', 'RunTask', 'ParseHTML', 'HitTest']
  const sums: Record<string, number> = {}
  for (const e of events) if (e.ph === 'X' && kinds.includes(e.name)) sums[e.name] = Math.round(((sums[e.name] ?? 0) + (e.dur ?? 0) / 1000) * 10) / 10
  sums['mainThreadCpu'] = Math.round(cpu * 10) / 10
  return sums
}

/** The main thread's tasks of 1 ms or more, in order, with what each spent most on: where the time between click and paint went. */
function timeline(trace: Buffer): void {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number }[] }).traceEvents
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 1000)
  const main = new Map<number, number>()
  for (const t of tasks) main.set(t.tid, (main.get(t.tid) ?? 0) + t.dur!)
  const tid = [...main].sort((a, b) => b[1] - a[1])[0]?.[0]
  const mine = events.filter((e) => e.tid === tid && e.ph === 'X')
  const origin = Math.min(...mine.map((e) => e.ts))
  for (const t of mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 1000)) {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'MinorGC', 'MajorGC', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'XHRLoad', 'ResourceReceiveResponse', 'SerializedScriptValueFactory::create', 'ResourceFetcher::requestResource', 'Blink.ForcedStyleAndLayout.UpdateTime', 'v8.compile', 'v8.parseOnBackground', 'CompileCode'].includes(e.name))
    const parts = inside.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')
    console.log(`  +${((t.ts - origin) / 1000).toFixed(1)} ms task ${(t.dur! / 1000).toFixed(1)} ms: ${parts}`)
  }
}

/** Click to the frame after the heat map appeared, in the page. */
const openCoverage = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    console.timeStamp('open-start')
    const start = performance.now()
    ;(document.querySelector('.library-views button:first-child') as HTMLElement).click()
    while (!document.querySelector('table.heatmap')) await new Promise((r) => requestAnimationFrame(r))
    await new Promise((r) => requestAnimationFrame(r))
    const ms = performance.now() - start
    console.timeStamp('open-end')
    return ms
  })

const host = await startWebHost({ service, rendererDir })
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
  await page.goto(host.url)
  await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
  await page.waitForTimeout(1000)
  const later: { ms: number; sums: Record<string, number> }[] = []
  for (let k = 0; k < runs; k++) {
    const cdp = k === 0 && profileFile ? await page.context().newCDPSession(page) : undefined
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8', 'blink'] })
    const ms = await openCoverage(page)
    const trace = await browser.stopTracing()
    const sums = summarise(trace)
    if (process.argv.includes('--timeline')) timeline(trace)
    if (cdp) writeFileSync(profileFile!, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    if (k === 0 || !quiet) console.log(k === 0 ? 'first open' : `open ${k + 1}`, `${Math.round(ms)} ms`, JSON.stringify(sums))
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
} finally {
  await browser.close()
  await host.close()
}
