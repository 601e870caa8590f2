/**
 * How many React components render when a tab opens, counted (not timed, so a loaded machine
 * does not move it) for A/B of builds: the 14 corpus policies in the library and a draft open,
 * then (1) the Coverage button and (2) a source in the library list, each counted from the click
 * to 500 ms after its view is painted. Counted from outside the app, through the hook React DOM
 * reports each commit to (as tests/e2e/support/react-commits.ts), so the build needs no flag:
 *  - components: function and class components that ran in the commit (React's PerformedWork
 *    flag, walking only the subtrees React worked on, as React DevTools does), or mounted;
 *  - per part of the shell: its root element's props were made again (its component rendered).
 *   npm run build && npx tsx bench/renderer-render-counts.ts [--rounds N] [DIR...]   (default: out/renderer)
 * With several DIRs the builds take turns, round after round (2 rounds).
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { chromiumArgs, chromiumPath } from '../tests/support/chromium'
import { importCorpus } from './renderer-material'

const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 2
const dirs = args.map((d) => path.resolve(d))
if (dirs.length === 0) dirs.push(path.join(import.meta.dirname, '..', 'out', 'renderer'))
for (const dir of dirs) if (!readdirSync(dir).includes('index.html')) throw new Error(`No built renderer in ${dir}: npm run build`)

/** The parts of the shell, by their root element. */
const PARTS: Record<string, string> = {
  shell: 'div.shell',
  'library pane': '#library-pane',
  'library items': '#library-pane .source-item',
  'pane separators': '.pane-gutter',
  'draft pane': '#draft-pane',
  'status bar': 'footer.statusbar',
}

// Note: a string, not a function (the runner's transform would wrap a function in helpers the page lacks).
const hookScript = `(() => {
  const parts = ${JSON.stringify(PARTS)}
  const lastProps = new WeakMap()
  const counts = { components: 0, parts: Object.fromEntries(Object.keys(parts).map((k) => [k, 0])) }
  window.renderCounts = counts
  // React's fiber tags: function, class, forwardRef, simple memo (a memo's own fiber, 14, wraps one of these).
  const COMPONENT = new Set([0, 1, 11, 15])
  const PERFORMED_WORK = 1
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1 }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      const stack = [root.current]
      while (stack.length > 0) {
        const fiber = stack.pop()
        const mounted = fiber.alternate === null
        if (COMPONENT.has(fiber.tag) && (mounted || (fiber.flags & PERFORMED_WORK))) counts.components++
        if (fiber.tag === 5 && fiber.stateNode instanceof Element) {
          for (const [name, selector] of Object.entries(parts)) {
            if (!fiber.stateNode.matches(selector)) continue
            if (lastProps.get(fiber.stateNode) !== fiber.memoizedProps) counts.parts[name]++
            lastProps.set(fiber.stateNode, fiber.memoizedProps)
          }
        }
        // Note: children React left alone are the same fibers as last commit's: not walked (their flags are stale).
        for (let child = fiber.child; child && (mounted || fiber.child !== fiber.alternate.child); child = child.sibling) stack.push(child)
      }
    },
  }
})()`

type Counts = { components: number; parts: Record<string, number> }
const read = (page: Page): Promise<Counts> => page.evaluate(() => structuredClone((window as unknown as { renderCounts: Counts }).renderCounts))

/** Clicks, waits for `ready` and 500 ms more, and gives the renders since the click. */
async function counted(page: Page, click: () => Promise<void>, ready: string): Promise<Counts> {
  await page.waitForTimeout(500)
  const before = await read(page)
  await click()
  await page.locator(ready).first().waitFor()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))))
  const after = await read(page)
  return { components: after.components - before.components, parts: Object.fromEntries(Object.entries(after.parts).map(([k, v]) => [k, v - (before.parts[k] ?? 0)])) }
}

const service = new WorkbenchService({ host: 'web' })
await importCorpus(service)
await service.createDraft({ title: 'Our social media policy' })
const show = (c: Counts): string => `${c.components} components (${Object.entries(c.parts).map(([k, v]) => `${k} ${v}`).join(', ')})`

for (let round = 1; round <= rounds; round++) {
  for (const dir of dirs) {
    const host = await startWebHost({ service, rendererDir: dir })
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    try {
      const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage()
      await page.addInitScript({ content: hookScript })
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
      await page.goto(host.url)
      await page.locator('#library-pane .source-item').first().waitFor()
      await page.locator('#draft-pane .draft-title').waitFor()
      const coverage = await counted(page, () => page.locator('.library-views button', { hasText: 'Coverage' }).click(), 'table.heatmap tbody tr')
      const source = await counted(page, () => page.locator('#library-pane .source-item').nth(2).click(), '[role=tabpanel] .clause')
      console.log(`round ${round} ${path.relative(process.cwd(), dir) || dir}\n  coverage open: ${show(coverage)}\n  source open:   ${show(source)}`)
    } finally {
      await browser.close()
      await host.close()
    }
  }
}
await service.stopImports()
