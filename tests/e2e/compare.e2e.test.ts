/**
 * Journey: compare two versions of a policy and work through every difference by keyboard,
 * taking B's wording of one into the draft, at a laptop's size and a small one.
 */
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { LibraryAnalysis } from '../../src/main/service/library-analysis'
import { CHOICE_SETTLED_MS } from '../../src/renderer/src/state/compare-choice'
import { file, policy } from '../../bench/renderer-material'
import { revisedPair } from '../../bench/revised-pair'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { loadCorpus, seriousViolations } from './support/corpus'
import { chooseComparison } from './support/compare-choice'
import { DRAW_STEP } from '../../src/renderer/src/state/windowing'
import { reactWork, reactWorkSince, resetMostInOneCommit, watchReactWork } from './support/react-commits'

/** Whether the control is whole on screen and nothing lies over it (its corners and centre are its own). */
async function fullyVisible(page: Page, selector: string): Promise<{ inside: boolean; uncovered: boolean }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)
    if (!el) return { inside: false, uncovered: false }
    const r = el.getBoundingClientRect()
    const inside = r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight
    const points = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
      [r.left + r.width / 2, r.top + r.height / 2],
    ]
    const uncovered = points.every(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!)
      return hit !== null && (hit === el || el.contains(hit))
    })
    return { inside, uncovered }
  }, selector)
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 680 },
]) {
  describeInBrowser(`compare, worked through by keyboard at ${viewport.width}x${viewport.height}`, () => {
    let app: OpenApp
    const size = `${viewport.width}x${viewport.height}`

    beforeAll(async () => {
      app = await openApp({ viewport })
      // The desktop menu's bridge, as the preload exposes it (window.workbenchMenu), driven by the test.
      await app.page.addInitScript(() => {
        const listeners: ((command: string) => void)[] = []
        const w = window as unknown as { workbenchMenu: unknown; menuCommand(command: string): void }
        w.workbenchMenu = {
          onCommand(listener: (command: string) => void) {
            listeners.push(listener)
            return () => listeners.splice(listeners.indexOf(listener), 1)
          },
        }
        w.menuCommand = (command) => listeners.forEach((l) => l(command))
      })
      await loadCorpus(app)
    }, 60_000)
    afterAll(async () => app?.close())

    it('chooses the other source, then confirms: arrowing through the list starts nothing', async () => {
      const { page } = app
      await page.getByRole('complementary', { name: 'Your draft' }).getByRole('button', { name: 'Start a new draft' }).click()
      // On a small screen the library starts collapsed.
      if (viewport.width < 1180) await page.getByRole('button', { name: 'Show the library' }).click()
      await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v0.3.docx' }).click()
      // Issue 11: its document control and history stand apart as the document's details, with
      // nothing there to take into the draft; the clauses below start with the policy itself.
      const details = page.getByRole('region', { name: 'Document details' })
      await details.waitFor()
      expect(await details.getByRole('button', { name: 'Add to draft' }).count()).toBe(0)
      expect(await details.locator('[draggable="true"]').count()).toBe(0)
      expect(await page.getByRole('tabpanel').locator('li.clause', { hasText: /^\s*Version\b/ }).count()).toBe(0)
      const select = page.getByRole('combobox', { name: 'Compare with another source' })
      await select.focus()
      // The work area holds the Start tab, the draft's Draft tab and the source.
      const tabs = async (): Promise<string[]> => (await page.getByRole('tab').allTextContents()).map((t) => t.trim())
      expect(await tabs()).toEqual(['Start', 'Draft', expect.stringContaining('Riverside')])
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      expect(await page.getByRole('tab').count()).toBe(3)
      await select.selectOption({ label: 'Riverside Borough Council Social Media Policy (PDF)' })
      await page.getByRole('button', { name: 'Compare', exact: true }).click()
      await page.getByRole('tabpanel').locator('.cmp-row').first().waitFor()
      expect(await page.getByRole('tab').count()).toBe(4)
      // The comparison's tab shows both names and the arrow, not one name cut short like the
      // source's tab beside it.
      const parts = await page.getByRole('tab', { selected: true }).evaluate((tab) => {
        const box = tab.getBoundingClientRect()
        return [...tab.querySelectorAll('.tab-side, .tab-arrow')].map((el) => {
          const r = el.getBoundingClientRect()
          return { width: Math.round(r.width), inside: r.left >= box.left - 1 && r.right <= box.right + 1 }
        })
      })
      expect(parts).toHaveLength(3)
      for (const part of parts) expect(part.inside).toBe(true)
      expect(parts[0]!.width).toBeGreaterThan(50)
      expect(parts[2]!.width).toBeGreaterThan(50)
    })

    it('steps through every difference with F7 and n, the current row marked in words', async () => {
      const { page } = app
      const panel = page.getByRole('tabpanel')
      // Only differences are shown at first ("Same" is off), so every row is one.
      // Since document-control blocks and front matter are kept out of comparison, v0.3 and
      // v1.0 differ in 13 clauses (6 changed, 4 added, 1 missing, a move, a split, a merge).
      // Note: counted once every row is drawn (the rows out of sight come just after the first frame).
      await panel.locator('.cmp-rows:not([aria-busy])').waitFor()
      const total = await panel.locator('.cmp-row').count()
      expect(total).toBeGreaterThan(10)
      const position = panel.getByRole('toolbar', { name: 'Work through the differences' }).getByRole('status')
      for (let n = 1; n <= total; n++) {
        await page.keyboard.press(n % 2 ? 'F7' : 'n')
        expect(await position.textContent()).toBe(`Difference ${n} of ${total}`)
        const current = panel.locator('.cmp-row[aria-current="true"]')
        expect(await current.getAttribute('data-row')).toBe(await page.evaluate(() => document.activeElement?.getAttribute('data-row') ?? null))
        expect(await current.locator('.cmp-current-mark').textContent()).toBe('Current')
        expect(await current.isVisible()).toBe(true)
      }
      // Scrolled to the last difference, the stepper sits at the panel's top edge: nothing of
      // the rows scrolling by shows above it.
      const above = await panel.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return document.elementFromPoint(r.left + r.width / 2, r.top + 2)?.closest('.cmp-stepper') !== null
      })
      expect(above).toBe(true)
      await page.keyboard.press('F7')
      expect(await position.textContent()).toBe('No more differences after this one.')
      await page.keyboard.press('Shift+F7')
      expect(await position.textContent()).toBe(`Difference ${total - 1} of ${total}`)
      await page.keyboard.press('p')
      expect(await position.textContent()).toBe(`Difference ${total - 2} of ${total}`)
      // Arrow keys move one row; Home goes to the first.
      await page.keyboard.press('ArrowDown')
      expect(await position.textContent()).toBe(`Difference ${total - 1} of ${total}`)
      await page.keyboard.press('Home')
      expect(await position.textContent()).toBe(`Difference 1 of ${total}`)
      // Section headings of A and B stand between the rows.
      expect(await panel.locator('.cmp-section').count()).toBeGreaterThan(3)
      await app.shot(`compare-current-${size}`)
    })

    it("takes B's wording of a changed clause into the draft, with its provenance", async () => {
      const { page } = app
      const panel = page.getByRole('tabpanel')
      // On to a changed clause with some substance.
      for (let i = 0; i < 40; i++) {
        const current = panel.locator('.cmp-row[aria-current="true"]')
        if ((await current.getAttribute('class'))!.includes('status-changed') && ((await current.locator('.cmp-b .cmp-text').textContent()) ?? '').length > 80) break
        await page.keyboard.press('n')
      }
      const current = panel.locator('.cmp-row[aria-current="true"]')
      const label = (await current.locator('.cmp-b .clause-label').textContent())!
      const words = (await current.locator('.cmp-b .cmp-text').textContent())!
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Use B's wording")
      // Readable with the library open, even at 1024x680: the button whole and uncovered.
      expect(await page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(true)
      expect(await fullyVisible(page, '.cmp-row[aria-current="true"] .cmp-use button:last-child')).toEqual({ inside: true, uncovered: true })
      await page.keyboard.press('Enter')
      // The draft's outline lists it at once; the clause itself is written in the Draft tab.
      const draftPane = page.getByRole('complementary', { name: 'Your draft' })
      await draftPane.getByRole('navigation', { name: 'Outline of the draft' }).getByRole('button', { name: /^1\.1 / }).waitFor()
      await app.shot(`compare-used-b-${size}`)
      const compareTitle = (await page.getByRole('tab', { selected: true }).textContent())!
      expect(compareTitle).toContain('↔')
      await page.getByRole('tab', { name: 'Draft', exact: true }).click()
      const item = page.getByRole('tabpanel').locator('.draft-doc li.draft-clause').first()
      await item.waitFor()
      expect(await item.locator('.origin').textContent()).toContain(`from Riverside Borough Council Social Media Policy ${label}`)
      expect(await item.getByRole('textbox').inputValue()).toBe(words)
      await page.getByRole('tab', { name: compareTitle, exact: true }).click()
      await panel.locator('.cmp-row').first().waitFor()
    })

    it('opens wide, with the side panes out of the way, and back', async () => {
      const { page } = app
      const panel = page.getByRole('tabpanel')
      const draftPane = page.getByRole('complementary', { name: 'Your draft' })
      await panel.getByRole('button', { name: 'Wide view' }).click()
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(false)
      expect(await draftPane.isVisible()).toBe(false)
      // Through the same pane state as the separators: they say the panes are collapsed.
      expect(await page.getByRole('button', { name: 'Show the library' }).isVisible()).toBe(true)
      await app.shot(`compare-wide-${size}`)
      // Remembered by the workspace, like the panes.
      expect(await app.service.getSettings()).toMatchObject({ wideCompare: true })
      // Another tab shows the panes as they were; back on the comparison it is wide again.
      const compareTitle = (await page.getByRole('tab', { selected: true }).textContent())!
      await page.getByRole('tab', { name: 'Start', exact: true }).click()
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(true)
      await page.getByRole('tab', { name: compareTitle, exact: true }).click()
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(false)
      await panel.getByRole('button', { name: 'Wide view' }).click()
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(true)
      expect(await draftPane.isVisible()).toBe(true)
      expect(await app.service.getSettings()).toMatchObject({ wideCompare: false })
      // The View menu's "Wide compare" reaches the comparison by its command id, both ways.
      const menu = (command: string): Promise<void> => page.evaluate((c) => (window as unknown as { menuCommand(c: string): void }).menuCommand(c), command)
      await menu('wide-compare')
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(false)
      await menu('wide-compare')
      await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(true)
      // "Export to Word…" from the File menu opens the draft's export dialog.
      await menu('export-word')
      await page.getByRole('dialog').waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('dialog').waitFor({ state: 'detached' })
    })

    it('saves the comparison as a Word report, and the status bar says where it went', async () => {
      const { page } = app
      const panel = page.getByRole('tabpanel')
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Word report…' }).click()])
      const name = download.suggestedFilename()
      expect(name).toMatch(/\.docx$/)
      const parts = unzipSync(new Uint8Array(readFileSync((await download.path())!)))
      expect(Object.keys(parts)).toContain('word/document.xml')
      expect(strFromU8(parts['word/document.xml']!)).toContain('Riverside')
      await expect.poll(() => page.getByRole('contentinfo').textContent()).toContain(`Saved ${name}`)
    })

    it('has no serious accessibility violations, with "Only in" rows and the current row shown', async () => {
      expect(await app.page.getByRole('tabpanel').locator('.cmp-side.empty').count()).toBeGreaterThan(0)
      expect(await seriousViolations(app)).toEqual([])
      expect(app.problems).toEqual([])
    })
  })
}

/**
 * Holds the page's animation frames from the moment the first comparison row is in the
 * document (until `release()` in the page), so the first frame's state lasts while a test
 * looks at it; counts the layout reads (getBoundingClientRect) made meanwhile. Note:
 * Playwright's own scripts run in a world of their own, unaffected by either.
 */
async function holdFramesAfterFirstRow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { held: FrameRequestCallback[] | null; release(): void; layoutReads: number }
    const raf = window.requestAnimationFrame.bind(window)
    w.held = null
    w.layoutReads = 0
    window.requestAnimationFrame = (cb) => (w.held ? (w.held.push(cb), 0) : raf(cb))
    const rect = Element.prototype.getBoundingClientRect
    Element.prototype.getBoundingClientRect = function (this: Element) {
      w.layoutReads++
      return rect.call(this)
    }
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.cmp-row')) return
      w.held = []
      w.layoutReads = 0
      seen.disconnect()
    })
    seen.observe(document.body, { childList: true, subtree: true })
    w.release = () => {
      const held = w.held ?? []
      w.held = null
      held.forEach((cb) => raf(cb))
    }
  })
}
const layoutReads = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { layoutReads: number }).layoutReads)
const release = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as { release(): void }).release())

describeInBrowser('compare, drawn in view first', () => {
  let app: OpenApp

  beforeAll(async () => {
    app = await openApp()
    // A revision of 150 clauses: more differences than a screen holds, fewer rows than windowing takes.
    const { a, b } = revisedPair(150)
    // And one of 500: more rows than a list renders whole (windowed).
    const long = revisedPair(500)
    const text = (clauses: { text: string }[]): string[] => clauses.map((c) => c.text)
    await app.service.importFiles({
      files: [file('first-a.txt', policy('First A', text(a))), file('first-b.txt', policy('First B', text(b))), file('long-a.txt', policy('Long A', text(long.a))), file('long-b.txt', policy('Long B', text(long.b)))],
    })
    // React's commits and the rows it renders, counted from the page's next load.
    await watchReactWork(app.page, ['.cmp-row'])
    await app.page.reload()
    await app.page.locator('.statusbar', { hasText: '4 sources' }).waitFor()
  }, 60_000)

  it("opens a tab and sends its view's request before anything lays the page out: the tab strip is scrolled in the next frame", async () => {
    const { page } = app
    const order = await page.evaluate(async () => {
      // What happened, in order: the source's request, and the tab strip's scrolling (which reads the layout).
      const seen: string[] = []
      const scroll = Element.prototype.scrollIntoView
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        seen.push('scroll')
        return scroll.call(this, arg)
      }
      const fetched = window.fetch
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/getSource')) seen.push('request')
        return fetched(input, init)
      }
      const item = [...document.querySelectorAll<HTMLElement>('button.source-item')].find((b) => b.textContent?.includes('long-a.txt'))!
      item.click()
      for (let k = 0; k < 3; k++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      Element.prototype.scrollIntoView = scroll
      window.fetch = fetched
      return seen
    })
    expect(order).toEqual(['request', 'scroll'])
    await page.getByRole('tabpanel').locator('.source-view').waitFor()
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    expect(app.problems).toEqual([])
  })

  it('tells the service the pair once the choice settles (not while arrowing through the list), so Compare finds it made', async () => {
    const { page } = app
    await page.locator('button.source-item', { hasText: 'long-a.txt' }).click()
    // Note: the source opens after the click returns; listen only once its "Compare with" is drawn
    // (CI on a loaded machine once ran the listener before it was).
    await page.locator('.compare-with select').waitFor()
    await page.evaluate(() => {
      const w = window as unknown as { hints: string[]; choices: { b: string; at: number }[] }
      w.hints = []
      w.choices = []
      const fetched = window.fetch
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/compareSoon')) w.hints.push(String(init?.body))
        return fetched(input, init)
      }
      document.querySelector('.compare-with select')!.addEventListener('change', (e) => w.choices.push({ b: (e.target as HTMLSelectElement).value, at: performance.now() }))
    })
    const select = page.getByRole('combobox', { name: 'Compare with another source' })
    await select.focus()
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown')
    const settled = await select.inputValue()
    await page.waitForTimeout(CHOICE_SETTLED_MS + 400)
    const hints = (): Promise<string[]> => page.evaluate(() => (window as unknown as { hints: string[] }).hints)
    const choices = await page.evaluate(() => (window as unknown as { choices: { b: string; at: number }[] }).choices)
    expect(choices.length).toBe(3)
    // A hint for where the arrows stopped, and for no option passed over quicker than the
    // settling time (on a busy machine key presses may come further apart than that).
    const stood = choices.filter((c, i) => i === choices.length - 1 || choices[i + 1]!.at - c.at >= CHOICE_SETTLED_MS).map((c) => c.b)
    const hinted = (await hints()).map((h) => (JSON.parse(h) as { b: string }).b)
    expect(hinted.at(-1)).toBe(settled)
    for (const b of hinted) expect(stood).toContain(b)
    expect(new Set(hinted).size).toBe(hinted.length)

    // Not Long B: the service guesses a source's other version itself (compare-ahead.ts), and
    // may have compared long-a with long-b already.
    const sources = await app.service.listSources()
    const a = sources.find((x) => x.origin === 'long-a.txt')!.id
    const other = sources.find((x) => x.origin.startsWith('first-') && x.id !== settled)!
    const b = other.id
    const comparing = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    await select.selectOption(b)
    expect(JSON.parse((await hints()).at(-1) ?? '{}')).not.toEqual({ a, b })
    await expect.poll(() => comparing.mock.calls.length, { timeout: 20_000 }).toBe(1)
    expect(JSON.parse((await hints()).at(-1)!)).toEqual({ a, b })
    await page.locator('.compare-with button[type=submit]').click()
    await page.locator('.cmp-row').first().waitFor()
    // Answered from the comparison made ahead: nothing compared again.
    expect(comparing).toHaveBeenCalledTimes(1)
    comparing.mockRestore()
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    await page.getByRole('tab', { name: /Long A/ }).focus()
    await page.keyboard.press('Delete')
    expect(app.problems).toEqual([])
  })

  it('sends its one request from the click on Compare, before the comparison tab is drawn', async () => {
    const { page } = app
    await chooseComparison(page, 'first-a.txt', 'First B (TXT)')
    const { requests, sentFirst } = await page.evaluate(async () => {
      // Whether the comparison's tab was in the document when each compare request was made.
      const tabDrawn: boolean[] = []
      const fetched = window.fetch
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/compare')) tabDrawn.push(document.querySelector('[role=tab][aria-selected=true]')?.textContent?.includes('First B') ?? false)
        return fetched(input, init)
      }
      ;(document.querySelector('.compare-with button[type=submit]') as HTMLElement).click()
      while (!document.querySelector('.cmp-row')) await new Promise((r) => setTimeout(r, 10))
      window.fetch = fetched
      return { requests: tabDrawn.length, sentFirst: tabDrawn[0] === false }
    })
    expect(requests).toBe(1)
    expect(sentFirst).toBe(true)
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    expect(app.problems).toEqual([])
  })

  it('renders each row once as it opens, and on a step only the rows the cursor left and entered', async () => {
    const { page } = app
    await chooseComparison(page, 'first-a.txt', 'First B (TXT)')
    const before = await reactWork(page)
    await resetMostInOneCommit(page)
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    const list = panel.locator('ol.cmp-rows')
    await list.and(page.locator(':not([aria-busy])')).waitFor()
    await page.waitForTimeout(300)
    const rows = await panel.locator('.cmp-row').count()
    // Note: the rows of the first screen were rendered again twice more (the cursor told its
    // rows, then the rest drawn), and every drawn row on each step of the cursor.
    const opened = await reactWorkSince(page, before)
    expect(opened.rendered['.cmp-row']).toBe(rows)
    // The rest drawn a step a frame after the first screen, not all in one commit.
    expect(rows).toBeGreaterThan(DRAW_STEP + 20)
    expect(opened.mostInOneCommit['.cmp-row']).toBeLessThanOrEqual(DRAW_STEP)
    const position = panel.getByRole('toolbar', { name: 'Work through the differences' }).getByRole('status')
    const stepped = await reactWork(page)
    await page.keyboard.press('n')
    await expect.poll(() => position.textContent()).toBe(`Difference 1 of ${rows}`)
    await page.keyboard.press('n')
    await expect.poll(() => position.textContent()).toBe(`Difference 2 of ${rows}`)
    await page.waitForTimeout(300)
    // The first step marks one row; the second leaves it and marks the next.
    expect((await reactWorkSince(page, stepped)).rendered['.cmp-row']).toBe(3)
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    expect(app.problems).toEqual([])
  })
  afterAll(async () => app?.close())

  it('steps to a difference not yet drawn, then reaches every row by keyboard once all are drawn', async () => {
    const { page } = app
    await chooseComparison(page, 'first-a.txt', 'First B (TXT)')
    await holdFramesAfterFirstRow(page)
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    await panel.locator('.cmp-row').first().waitFor()
    const list = panel.locator('ol.cmp-rows')
    expect(await list.getAttribute('aria-busy')).toBe('true')
    const position = panel.getByRole('toolbar', { name: 'Work through the differences' }).getByRole('status')
    const drawnFirst = await panel.locator('.cmp-row').count()
    // Nothing read the layout before the first frame was painted.
    await page.waitForTimeout(300)
    expect(await layoutReads(page)).toBe(0)

    // p from no current row goes to the last difference: not drawn yet, so drawn for it.
    await page.keyboard.press('p')
    await expect.poll(() => position.textContent()).toMatch(/^Difference (\d+) of \1$/)
    const total = Number(/of (\d+)/.exec((await position.textContent())!)![1])
    expect(drawnFirst).toBeLessThan(total / 2)
    const current = panel.locator('.cmp-row[aria-current="true"]')
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await current.locator('.cmp-current-mark').textContent()).toBe('Current')
    expect(await list.getAttribute('aria-busy')).toBe('true')
    const last = await current.getAttribute('data-row')

    // Frames again: the rest is drawn, and the list no longer says it is busy.
    await release(page)
    await list.and(page.locator(':not([aria-busy])')).waitFor()
    expect(await panel.locator('.cmp-row').count()).toBe(total)
    expect(await panel.locator('.window-gap').count()).toBe(0)
    expect(await current.getAttribute('data-row')).toBe(last)
    await app.shot('compare-drawn-in-view-first')

    // Home, then ArrowDown through every row in order: each focused and current in turn.
    const rows = await panel.locator('.cmp-row').evaluateAll((els) => els.map((el) => el.getAttribute('data-row')))
    await page.keyboard.press('Home')
    for (const row of rows) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-row') ?? null)).toBe(row)
      expect(await current.getAttribute('data-row')).toBe(row)
      await page.keyboard.press('ArrowDown')
    }
    expect(rows.at(-1)).toBe(last)
    expect(app.problems).toEqual([])
  })

  it('keeps every row in the document but lays out only those near the view', async () => {
    const { page } = app
    await chooseComparison(page, 'first-a.txt', 'First B (TXT)')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    const list = panel.locator('ol.cmp-rows')
    await list.and(page.locator(':not([aria-busy])')).waitFor()
    const position = panel.getByRole('toolbar', { name: 'Work through the differences' }).getByRole('status')
    await page.keyboard.press('p')
    await expect.poll(() => position.textContent()).toMatch(/^Difference (\d+) of \1$/)
    const total = Number(/of (\d+)/.exec((await position.textContent())!)![1])
    await page.keyboard.press('Home')
    await expect.poll(() => position.textContent()).toMatch(/^Difference 1 of /)
    // Each row's contents: laid out (not skipped by content-visibility) or not, by distance from the view.
    // Note: Chromium draws rows within a margin past the view too: "far" is three views away.
    const seen = (): Promise<{ near: boolean; far: boolean; drawn: boolean }[]> =>
      panel.locator('.cmp-row').evaluateAll((rows) => {
        const view = rows[0]!.closest('.tabpanel')!.getBoundingClientRect()
        return rows.map((row) => {
          const r = row.getBoundingClientRect()
          const near = r.bottom > view.top && r.top < view.bottom
          const far = r.top > view.bottom + 3 * view.height || r.bottom < view.top - 3 * view.height
          return { near, far, drawn: (row.querySelector('.cmp-middle') as HTMLElement).checkVisibility({ contentVisibilityAuto: true }) }
        })
      })
    // Note: polled, since Chromium decides which rows are near at its next rendering step, later on a busy machine.
    await expect.poll(async () => (await seen()).filter((r) => r.near).every((r) => r.drawn)).toBe(true)
    let rows = await seen()
    expect(rows.length).toBe(total)
    // Far below the view: in the document (find-in-page, screen readers), not laid out.
    const far = rows.filter((r) => r.far)
    expect(far.length).toBeGreaterThan(total / 2)
    expect(far.every((r) => !r.drawn)).toBe(true)
    // Going to the last row draws it, where the reader now is.
    await page.keyboard.press('End')
    await expect.poll(async () => (await seen()).at(-1)!.drawn).toBe(true)
    await expect.poll(async () => (await seen()).filter((r) => r.near).every((r) => r.drawn)).toBe(true)
    rows = await seen()
    expect(rows.some((r) => r.near)).toBe(true)
    expect(app.problems).toEqual([])
  })

  it('a windowed comparison reads no layout before its first frame, then measures and reaches its last row', async () => {
    const { page } = app
    await chooseComparison(page, 'long-a.txt', 'Long B (TXT)')
    await holdFramesAfterFirstRow(page)
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    const first = panel.locator('.cmp-row').first()
    await first.waitFor()
    // Windowed: each row says its place in the whole list.
    const setsize = Number(await first.getAttribute('aria-setsize'))
    expect(setsize).toBeGreaterThanOrEqual(200)
    await page.waitForTimeout(300)
    expect(await layoutReads(page)).toBe(0)
    const drawnFirst = await panel.locator('.cmp-row').count()
    expect(drawnFirst).toBeLessThan(30)
    await release(page)
    // Then it measures (reads layout) and renders its overscan; End reaches the last item.
    await expect.poll(() => layoutReads(page)).toBeGreaterThan(0)
    await first.click()
    await page.keyboard.press('End')
    const current = panel.locator('.cmp-row[aria-current="true"]')
    await expect.poll(() => current.evaluate((el) => el === document.activeElement && Number(el.getAttribute('aria-posinset')))).toBeGreaterThan(setsize - 3)
    expect(app.problems).toEqual([])
  })
})
