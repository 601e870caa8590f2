/**
 * The renderer's speed in Chromium, as a user meets it: the built app served by the browser
 * host over an in-memory service, driven with playwright-core. Timed in the page, from the
 * click to the first frame that shows the result; the API call's own time is read from the
 * page's resource timing, so the rest is the renderer's.
 *   npm run build && npx tsx bench/renderer.bench.ts
 * Cases: compare two 300-clause sources; coverage for the 14 corpus policies and for 200
 * sources (built from the corpus's clauses). Prints readable lines, then one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import type { Clause } from '../src/shared/model'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'

const root = path.join(import.meta.dirname, '..')
const rendererDir = path.join(root, 'out', 'renderer')
if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build')
const corpusDir = path.join(root, 'corpus')
const corpusFiles = readdirSync(corpusDir).filter((f) => /\.(docx|pdf|md|html|odt|txt)$/.test(f))
const file = (name: string, text: string): { name: string; dataBase64: string } => ({ name, dataBase64: Buffer.from(text).toString('base64') })
const corpusImport = corpusFiles.map((name) => ({ name, dataBase64: readFileSync(path.join(corpusDir, name)).toString('base64') }))

let seed = 20261130
const random = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 4294967296
}

/** A plain-text policy of numbered sections and clauses, from the given wordings. */
function policy(title: string, texts: readonly string[], perSection = 10): string {
  const lines = [title, '']
  texts.forEach((text, i) => {
    const s = Math.floor(i / perSection) + 1
    if (i % perSection === 0) lines.push(`${s}. Section ${s}`, '')
    lines.push(`${s}.${(i % perSection) + 1} ${text}`, '')
  })
  return lines.join('\n')
}

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
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
    await page.goto(host.url)
    await page.locator('.statusbar', { hasText: 'sources' }).waitFor()
    return await run(page)
  } finally {
    await browser.close()
    await host.close()
  }
}

const closeTab = async (page: Page): Promise<void> => {
  await page.getByRole('tab', { selected: true }).focus()
  await page.keyboard.press('Delete')
}

const figures: Record<string, number> = {}
const report = (name: string, t: { totalMs: number; apiMs: number }): void => {
  figures[`${name}TotalMs`] = Math.round(t.totalMs)
  figures[`${name}RendererMs`] = Math.round(t.totalMs - t.apiMs)
  console.log(`${name.padEnd(22)} ${Math.round(t.totalMs).toString().padStart(6)} ms from click to painted (API ${Math.round(t.apiMs)} ms, renderer ${Math.round(t.totalMs - t.apiMs)} ms)`)
}
const median = (xs: { totalMs: number; apiMs: number }[]): { totalMs: number; apiMs: number } => [...xs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(xs.length / 2)]!

// The 14 corpus policies, and their clauses as material for larger sources.
const corpusService = new WorkbenchService({ host: 'web' })
await corpusService.importFiles({ files: corpusImport })
const clauses: Clause[] = (await Promise.all((await corpusService.listSources()).map((s) => corpusService.getSource({ id: s.id })))).flatMap((s) => s.clauses).filter((c) => c.text.length > 40)
const pick = (n: number): string[] => Array.from({ length: n }, () => clauses[Math.floor(random() * clauses.length)]!.text)

// Compare two 300-clause sources: B is A with a fifth of its clauses replaced and some moved.
const a = pick(300)
const b = a.map((t) => (random() < 0.2 ? pick(1)[0]! : t))
for (let i = 0; i < 15; i++) {
  const from = Math.floor(random() * b.length)
  const to = Math.floor(random() * b.length)
  b.splice(to, 0, ...b.splice(from, 1))
}
const compareService = new WorkbenchService({ host: 'web' })
await compareService.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b))] })
await withApp(compareService, async (page) => {
  const runs = []
  for (let i = 0; i < 5; i++) {
    await page.locator('button.source-item', { hasText: 'a-300.txt' }).click()
    await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ index: 1 })
    runs.push(await timeOpen(page, '.compare-with button[type=submit]', '.cmp-row', 'compare'))
    await closeTab(page)
  }
  report('compare 300 × 300', median(runs))
})

// Coverage for the corpus, first open after import (the service builds its index then).
await new Promise((r) => setTimeout(r, 2000))
await withApp(corpusService, async (page) => {
  report('coverage 14, first', await timeOpen(page, '.library-views button:first-child', 'table.heatmap', 'coverage'))
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
  for (let i = 0; i < 3; i++) {
    runs.push(await timeOpen(page, '.library-views button:first-child', 'table.heatmap', 'coverage'))
    await closeTab(page)
  }
  report('coverage 200', median(runs))
})
console.log(JSON.stringify(figures))
