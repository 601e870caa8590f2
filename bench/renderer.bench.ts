/**
 * The renderer's speed in Chromium, as a user meets it: the built app served by the browser
 * host over an in-memory service, driven with playwright-core. Timed in the page, from the
 * click to the first frame that shows the result; the API call's own time is read from the
 * page's resource timing, so the rest is the renderer's.
 *   npm run build && npx tsx bench/renderer.bench.ts
 * Cases and targets (issue 10): open a 1,000-clause source, compare two 300-clause sources,
 * coverage for the 14 corpus policies, typing in a draft clause (keystroke to painted frame),
 * each under 100 ms; coverage for 200 sources (built from the corpus's clauses) under 500 ms; the
 * first open of coverage for 14 in a page under 300 ms.
 * Compare is timed three ways: a pair never compared before on every run (the service's
 * comparison cache is checked to have missed each time: what a user meets comparing two
 * policies), the first compare after the host starts (its own process, over the same
 * workspace file, 2 s after the library shows: nothing compared yet; one run, a rough figure),
 * and the same pair again (answered from the cache: what going back to a comparison costs).
 * Also the shell (issue 12): the renderer bundle's size, and time to first render (navigation
 * to the library shown). Prints readable lines against the targets, then one JSON line.
 *   --quick: one run of each case, for a smoke run.
 *   --renderer DIR: another build of the renderer (say, main's), to compare before and after
 *   in the same minutes on a shared machine.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from 'playwright-core'
import { ComparisonCache } from '../src/main/service/comparison-cache'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { Workspace } from '../src/main/workspace'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'
import { file, importCorpus, picker, policy, revisedPair, seededRandom } from './renderer-material'

const root = path.join(import.meta.dirname, '..')
const rendererArg = process.argv.indexOf('--renderer')
const rendererDir = rendererArg > 0 ? path.resolve(process.argv[rendererArg + 1]!) : path.join(root, 'out', 'renderer')
if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build')
const quick = process.argv.includes('--quick')
const repeats = (n: number): number => (quick ? 1 : n)
const random = seededRandom()

/** From click to the frame showing `ready`, and the API call's share of it. */
async function timeOpen(page: Page, click: string, ready: string, method: string): Promise<{ totalMs: number; apiMs: number }> {
  return page.evaluate(
    async ({ click, ready, method }) => {
      performance.clearResourceTimings()
      const start = performance.now()
      ;(document.querySelector(click) as HTMLElement).click()
      // Note: a loop, not a named helper: tsx would wrap a named function in a __name() call
      // that does not exist in the page.
      while (!document.querySelector(ready)) await new Promise((r) => requestAnimationFrame(r))
      // One more frame: the result is painted.
      await new Promise((r) => requestAnimationFrame(r))
      const total = performance.now() - start
      const api = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/${method}`)).reduce((sum, e) => sum + e.duration, 0)
      return { totalMs: total, apiMs: api }
    },
    { click, ready, method },
  )
}

async function withApp<T>(service: WorkbenchService, run: (page: Page) => Promise<T>): Promise<T> {
  const host = await startWebHost({ service, rendererDir })
  try {
    return await withPageAt(host.url, run)
  } finally {
    await host.close()
  }
}

async function withPageAt<T>(url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
    await page.goto(url)
    await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
    return await run(page)
  } finally {
    await browser.close()
  }
}

/**
 * A browser host in a process of its own over the workspace file (renderer-cold-host.ts);
 * also gives the CPU time of each comparison it made (its `compare-cpu` lines).
 */
async function withColdHost<T>(workspacePath: string, run: (url: string) => Promise<T>): Promise<{ value: T; compareCpuMs: number[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'renderer-cold-host.ts'), workspacePath, rendererDir], { stdio: ['pipe', 'pipe', 'inherit'] })
  const compareCpuMs: number[] = []
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! })
      lines.once('line', resolve)
      lines.on('line', (line) => {
        const cpu = /^compare-cpu ([\d.]+)$/.exec(line)
        if (cpu) compareCpuMs.push(Number(cpu[1]))
      })
      child.once('exit', (code) => reject(new Error(`the cold host stopped (${code})`)))
    })
    const value = await run(url)
    // Note: the host prints its line as it answers; the page may see the rows first.
    for (let k = 0; k < 20 && compareCpuMs.length === 0; k++) await new Promise((r) => setTimeout(r, 50))
    return { value, compareCpuMs }
  } finally {
    child.stdin!.end()
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)))
  }
}

/**
 * Whether each comparison the service's cache was asked for was made (a miss) or kept (a hit),
 * in order, with the CPU time it took (this process, all its threads: steadier than wall time
 * on a shared machine).
 */
const cacheAnswers: { answer: 'hit' | 'miss'; cpuMs: number }[] = []
const cacheGet = ComparisonCache.prototype.get
ComparisonCache.prototype.get = function (this: ComparisonCache, ...[a, b, make]: Parameters<ComparisonCache['get']>) {
  let made = false
  const before = process.cpuUsage()
  const answer = cacheGet.call(this, a, b, () => ((made = true), make()))
  const { user, system } = process.cpuUsage(before)
  cacheAnswers.push({ answer: made ? 'miss' : 'hit', cpuMs: (user + system) / 1000 })
  return answer
}
/**
 * Runs `compare` (which asks the service for one comparison) and checks the cache answered as
 * expected. Note: a miss may be made ahead, when A is opened (service/compare-ahead.ts: the
 * opened source against its likeliest partner), and the request then hits: that counts as the
 * miss, with the comparison's CPU wherever it was spent; the wall time is the page's as ever.
 */
async function expectCache<T extends Timing>(expected: 'hit' | 'miss', compare: () => Promise<T>, since = cacheAnswers.length): Promise<T> {
  const before = since
  const value = await compare()
  const answers = cacheAnswers.slice(before)
  // Note: with comparing ahead, a miss and hits (the request's, and at times a guess answered
  // from the cache, under 1 ms; seen at load 7-19, its cause not yet found) are one comparison.
  const misses = answers.filter((x) => x.answer === 'miss')
  const madeAhead = expected === 'miss' && misses.length === 1 && answers.length > 1
  if (!madeAhead && (answers.length !== 1 || answers[0]!.answer !== expected)) throw new Error(`expected one comparison cache ${expected}, the service answered ${JSON.stringify(answers)}`)
  if (madeAhead) aheadMade++
  return { ...value, cpuMs: (madeAhead ? misses[0]! : answers[0]!).cpuMs }
}
/** How many of the misses were made ahead of their request (reported beside the figures). */
let aheadMade = 0

const closeTab = async (page: Page): Promise<void> => {
  await page.getByRole('tab', { selected: true }).focus()
  await page.keyboard.press('Delete')
}

/** cpuMs: the comparison's CPU time in the service, where it was measured. */
type Timing = { totalMs: number; apiMs: number; cpuMs?: number }
const figures: Record<string, unknown> = {}
/** Each case's median beside its target; `api` says whether the case waits on a request. */
const report = (key: string, what: string, targetMs: number, t: Timing, api = true): void => {
  figures[key] = { totalMs: Math.round(t.totalMs), apiMs: Math.round(t.apiMs), targetMs, ...(t.cpuMs !== undefined ? { compareCpuMs: Math.round(t.cpuMs) } : {}) }
  const verdict = t.totalMs < targetMs ? 'under' : 'OVER'
  const cpu = t.cpuMs !== undefined ? `, compare CPU ${Math.round(t.cpuMs)} ms` : ''
  const split = api ? ` (API ${Math.round(t.apiMs)} ms, renderer ${Math.round(t.totalMs - t.apiMs)} ms${cpu})` : ''
  console.log(`${what.padEnd(34)} ${Math.round(t.totalMs).toString().padStart(6)} ms  ${verdict} the ${targetMs} ms target${split}`)
}
const median = (xs: Timing[]): Timing => [...xs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(xs.length / 2)]!
/** The median of the comparisons' CPU times (each run's own, not the wall-time median run's). */
const medianCpu = (xs: Timing[]): number | undefined => {
  const cpu = xs.flatMap((x) => (x.cpuMs === undefined ? [] : [x.cpuMs])).sort((a, b) => a - b)
  return cpu.length ? cpu[Math.floor(cpu.length / 2)] : undefined
}

// The 14 corpus policies, and their clauses as material for larger sources.
const corpusService = new WorkbenchService({ host: 'web' })
const corpusClauses = await importCorpus(corpusService)
const pick = picker(corpusClauses, random)

// Compare two 300-clause sources: B is A with a fifth of its clauses replaced and some moved.
const { a, b } = revisedPair(pick, random)
// Note: a workspace file, so that a host in another process can open the same library (first compare after start).
const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pw-renderer-bench-'))
const workspacePath = path.join(workspaceDir, 'bench.sqlite')
const compareService = new WorkbenchService({ host: 'web', workspace: Workspace.open(workspacePath, { create: true }) })
await compareService.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b)), file('c-1000.txt', policy('Policy C', pick(1000)))] })

// Fresh pairs: one for the first compare after start, one to warm this process up (untimed), one
// for each timed run, each never compared before. Note: their own seeded choice, so the other cases' sources stay what they were.
const freshPick = picker(corpusClauses, seededRandom(20261201))
const freshRandom = seededRandom(20261202)
const freshPairs: { a: string; b: string; name: string }[] = []
for (let k = 0; k <= repeats(5) + 1; k++) {
  const fa = freshPick(300)
  const fb = fa.map((t) => (freshRandom() < 0.2 ? freshPick(1)[0]! : t))
  for (let i = 0; i < 15; i++) fb.splice(Math.floor(freshRandom() * fb.length), 0, ...fb.splice(Math.floor(freshRandom() * fb.length), 1))
  const { results } = await compareService.importFiles({ files: [file(`fresh-a-${k}.txt`, policy(`Fresh policy A${k}`, fa)), file(`fresh-b-${k}.txt`, policy(`Fresh policy B${k}`, fb))] })
  const [ra, rb] = results
  if (!ra?.ok || !rb?.ok) throw new Error('a fresh pair did not import')
  freshPairs.push({ a: ra.source.id, b: rb.source.id, name: `fresh-a-${k}.txt` })
}
/** Opens the pair's A, chooses its B and compares them, timed from the click on Compare. */
async function comparePair(page: Page, pair: { b: string; name: string }): Promise<Timing> {
  await page.locator('button.source-item', { hasText: pair.name }).click()
  await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption(pair.b)
  return timeOpen(page, '.compare-with button[type=submit]', '.cmp-row', 'compare')
}

// The shell: what the browser downloads, and how soon the library is shown.
const assets = path.join(rendererDir, 'assets')
const bundle = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f))
const rawKB = bundle.reduce((n, f) => n + statSync(path.join(assets, f)).size, 0) / 1024
const gzipKB = bundle.reduce((n, f) => n + gzipSync(readFileSync(path.join(assets, f))).length, 0) / 1024
figures['bundle'] = { files: bundle.length, rawKB: Math.round(rawKB), gzipKB: Math.round(gzipKB) }
console.log(`renderer bundle: ${bundle.length} files, ${Math.round(rawKB)} KB (${Math.round(gzipKB)} KB gzipped)`)
await withApp(compareService, async (page) => {
  const firsts: number[] = []
  for (let i = 0; i < repeats(5); i++) {
    await page.reload()
    await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
    // From navigation start (the page's time origin) to the frame after the library appeared.
    firsts.push(await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(r))
      return performance.now()
    }))
  }
  const sorted = [...firsts].sort((x, y) => x - y)
  figures['firstRender'] = { medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!) }
  console.log(`time to first render (navigation to library shown, ${sorted.length} loads): median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms\n`)

  const opens = []
  for (let i = 0; i < repeats(5); i++) {
    // Note: timeOpen clicks in the page by CSS selector, so the button is marked first.
    await page.locator('button.source-item', { hasText: 'c-1000.txt' }).evaluate((el) => el.setAttribute('data-bench', 'open'))
    opens.push(await timeOpen(page, '[data-bench=open]', '.source-view .clause-group', 'getSource'))
    await closeTab(page)
  }
  report('openSource1000', 'open a 1,000-clause source', 100, median(opens))
})
// First compare after start: a host of its own over the same workspace file, the first pair.
// Note: before any comparison in this process too, though that does not matter to the other process.
// Compared 2 s after the library shows, about as long as a person takes to choose a pair.
const coldRun = await withColdHost(workspacePath, (url) =>
  withPageAt(url, async (page) => {
    await page.waitForTimeout(2000)
    return comparePair(page, freshPairs[0]!)
  }),
)
// The same at a person's pace: A opened, B chosen a second later, Compare pressed a second after
// that. B is another fresh pair's B, not A's other version: the service's own guess
// (compare-ahead.ts) is wrong, and only the choice itself (compareSoon) lets the pair be compared
// before it is asked for.
const pacedRun = await withColdHost(workspacePath, (url) =>
  withPageAt(url, async (page) => {
    await page.waitForTimeout(2000)
    await page.locator('button.source-item', { hasText: freshPairs[0]!.name }).click()
    await page.waitForTimeout(1000)
    await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption(freshPairs[1]!.b)
    await page.waitForTimeout(1000)
    return timeOpen(page, '.compare-with button[type=submit]', '.cmp-row', 'compare')
  }),
)
await withApp(compareService, async (page) => {
  // Note: a first comparison in this process, untimed: the runs below are of a service that has compared before.
  await expectCache('miss', () => comparePair(page, freshPairs[1]!))
  await closeTab(page)
  const fresh = []
  for (const pair of freshPairs.slice(2)) {
    fresh.push(await expectCache('miss', () => comparePair(page, pair)))
    await closeTab(page)
  }
  report('compare300', 'compare 300x300, a new pair', 100, { ...median(fresh), cpuMs: medianCpu(fresh) })
  ;(figures['compare300'] as Record<string, unknown>)['madeAhead'] = aheadMade
  console.log(`  (of the ${fresh.length + 1} new pairs, ${aheadMade} compared ahead, when A was opened)`)
  report('compare300First', 'compare 300x300, first after start', 100, { ...coldRun.value, cpuMs: coldRun.compareCpuMs[0] })
  // Note: the comparisons the cold host made, in order (the guess and the chosen pair ahead, then the request's); the request's is the last.
  report('compare300FirstPaced', 'compare 300x300, first after start, B chosen 1 s before Compare', 100, { ...pacedRun.value, cpuMs: pacedRun.compareCpuMs.at(-1) })
  console.log(`  (the cold host's comparisons, CPU ms in order: ${pacedRun.compareCpuMs.join(', ')})`)
  const runs = []
  // The same pair each time (a-300 against b-300): the service answers from its comparison cache.
  // Note: the answers counted from the click on A, which may start the comparison ahead (compare-ahead.ts).
  const openedAt = cacheAnswers.length
  await page.locator('button.source-item', { hasText: 'a-300.txt' }).click()
  await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: 'Policy B (TXT)' })
  await expectCache('miss', () => timeOpen(page, '.compare-with button[type=submit]', '.cmp-row', 'compare'), openedAt)
  await closeTab(page)
  for (let i = 0; i < repeats(5); i++) {
    await page.locator('button.source-item', { hasText: 'a-300.txt' }).click()
    await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: 'Policy B (TXT)' })
    runs.push(await expectCache('hit', () => timeOpen(page, '.compare-with button[type=submit]', '.cmp-row', 'compare')))
    await closeTab(page)
  }
  report('compare300Repeat', 'compare 300x300, same pair again', 100, { ...median(runs), cpuMs: medianCpu(runs) })
})

// Coverage for the corpus, first open after import (the service builds its index then).
await new Promise((r) => setTimeout(r, 2000))
// Note: two targets, as issue 10 sets them: the first open in a page under 300 ms ("Coverage and
// families you can read at a glance"), and coverage for 14 sources under 100 ms as each case of the
// timing benchmark (its "Proof"), timed as coverage for 200 is: the median of opens after the first.
await withApp(corpusService, async (page) => {
  report('coverage14', 'coverage for 14 sources (first open)', 300, await timeOpen(page, '.library-views button:first-child', 'table.heatmap', 'coverage'))
  await closeTab(page)
  const runs = []
  for (let i = 0; i < repeats(5); i++) {
    runs.push(await timeOpen(page, '.library-views button:first-child', 'table.heatmap', 'coverage'))
    await closeTab(page)
  }
  report('coverage14Again', 'coverage for 14 sources (opened again)', 100, median(runs))
})

// Coverage for 200 sources of 30–60 clauses each.
const bigService = new WorkbenchService({ host: 'web' })
for (let batch = 0; batch < 10; batch++) {
  await bigService.importFiles({
    files: Array.from({ length: 20 }, (_, i) => {
      const n = batch * 20 + i
      return file(`source-${n}.txt`, policy(`Borough Council ${n} Social Media Policy`, pick(30 + Math.floor(random() * 30))))
    }),
  })
}
const t = performance.now()
await bigService.coverage({})
console.log(`(service: index and families for 200 sources built in ${Math.round(performance.now() - t)} ms, once after import)`)
await withApp(bigService, async (page) => {
  const runs = []
  for (let i = 0; i < repeats(3); i++) {
    runs.push(await timeOpen(page, '.library-views button:first-child', 'table.heatmap', 'coverage'))
    await closeTab(page)
  }
  report('coverage200', 'coverage for 200 sources', 500, median(runs))
})

// Typing in a draft clause: from each key's event to the frame after it, in a new draft.
await withApp(compareService, async (page) => {
  const draftPane = page.getByRole('complementary', { name: 'Your draft' })
  await draftPane.getByRole('button', { name: 'Start a new draft' }).click()
  await draftPane.getByRole('textbox', { name: 'Draft title' }).waitFor()
  await page.getByRole('tab', { name: 'Draft', exact: true }).click()
  await page.getByRole('button', { name: 'Write a new clause in section 1' }).click()
  const clause = page.getByRole('textbox', { name: 'Clause 1.1', exact: true })
  await clause.focus()
  await page.evaluate(() => {
    const w = window as unknown as { keyToPaint: number[] }
    w.keyToPaint = []
    // Note: the key event's timeStamp is when the browser received it; the timer after the next
    // animation frame runs once that frame (with the typed letter) has been painted.
    document.activeElement!.addEventListener('keydown', (e) => {
      const start = e.timeStamp
      requestAnimationFrame(() => setTimeout(() => w.keyToPaint.push(performance.now() - start), 0))
    })
  })
  await page.keyboard.type(quick ? 'Staff tell their manager.' : 'Staff tell their manager before they speak for the council online, and say who they are.', { delay: 40 })
  await page.waitForTimeout(200)
  const times = await page.evaluate(() => (window as unknown as { keyToPaint: number[] }).keyToPaint)
  const sorted = [...times].sort((x, y) => x - y)
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!
  report('typing', `typing in a draft clause (${times.length} keys)`, 100, { totalMs: sorted[Math.floor(sorted.length / 2)]!, apiMs: 0 }, false)
  ;(figures['typing'] as Record<string, number>)['p95Ms'] = Math.round(p95)
  console.log(`  (p95 ${Math.round(p95)} ms, max ${Math.round(sorted.at(-1)!)} ms)`)
})
compareService.workspace.close()
rmSync(workspaceDir, { recursive: true, force: true })
console.log(JSON.stringify(figures))
