/**
 * Journey: long sources and long comparisons, whose lists are windowed (only what is in and
 * near view is in the document). Scrolling shows the right clauses with a true scroll height,
 * the keyboard moves past the rendered window and lands on a focused, visible row, the
 * clause a search opens is shown wherever it lies, "in your draft as" marks and the screen
 * reader's place in the list hold, and axe finds nothing serious.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { seriousViolations } from './support/corpus'
import { chooseComparison } from './support/compare-choice'

const WORDS = ['staff', 'manager', 'account', 'public', 'council', 'posting', 'privacy', 'comment', 'resident', 'service', 'photo', 'election']
/** A clause of 12–40 words, different for each n (so clauses do not pair by accident). */
const wording = (n: number): string =>
  Array.from({ length: 12 + (n * 7) % 29 }, (_, k) => WORDS[(n * 3 + k * (n % 5 + 1)) % WORDS.length]! + (k === 0 ? ` ${n}` : '')).join(' ') + '.'

function policy(title: string, texts: readonly string[]): string {
  const lines = [title, '']
  texts.forEach((text, i) => {
    const s = Math.floor(i / 10) + 1
    if (i % 10 === 0) lines.push(`${s}. Section ${s}`, '')
    lines.push(`${s}.${(i % 10) + 1} ${text}`, '')
  })
  return lines.join('\n')
}
const file = (name: string, text: string): { name: string; dataBase64: string } => ({ name, dataBase64: Buffer.from(text).toString('base64') })

const long = Array.from({ length: 1000 }, (_, i) => (i === 873 ? 'Staff never post zephyrine pictures of residents without written consent.' : wording(i)))
const a = Array.from({ length: 300 }, (_, i) => wording(5000 + i))
// B: every eleventh clause reworded, two dropped, one added.
const b = a.flatMap((t, i) => (i === 40 || i === 200 ? [] : i % 11 === 5 ? [t.replace('.', ' in working hours.')] : i === 150 ? [t, wording(9999)] : [t]))

/** The tab panel's scroll, and which clause label sits at its middle. */
const middleLabel = (app: OpenApp, selector: string): Promise<string | null> =>
  app.page.evaluate((sel) => {
    const panel = document.querySelector('[role=tabpanel]:not([hidden])')!
    const r = panel.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 3, r.top + r.height / 2)
    return hit?.closest(sel)?.querySelector('.clause-label')?.textContent ?? null
  }, selector)
const scrollPanel = (app: OpenApp, to: number | 'bottom'): Promise<void> =>
  app.page.evaluate(async (y) => {
    const panel = document.querySelector('[role=tabpanel]:not([hidden])')!
    panel.scrollTop = y === 'bottom' ? panel.scrollHeight : y
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r))
  }, to)

describeInBrowser('long lists, windowed', () => {
  let app: OpenApp

  beforeAll(async () => {
    app = await openApp()
    await app.service.importFiles({ files: [file('long-1000.txt', policy('Long Policy', long)), file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b))] })
    await app.page.reload()
    await app.page.locator('.statusbar', { hasText: '3 sources' }).waitFor()
  }, 60_000)
  afterAll(async () => app?.close())

  it("draws a 1,000-clause source's first frame from estimated heights, measuring only once it is painted", async () => {
    const { page } = app
    // Layout reads (the windowed list measures with getBoundingClientRect) counted from the
    // click to the first frame that holds the source, and over the few frames after it.
    const reads = await page.evaluate(async () => {
      const original = Element.prototype.getBoundingClientRect
      let count = 0
      Element.prototype.getBoundingClientRect = function (this: Element): DOMRect {
        count++
        return original.call(this)
      }
      try {
        ;[...document.querySelectorAll<HTMLElement>('button.source-item')].find((b) => b.textContent?.includes('long-1000.txt'))!.click()
        // Animation frame callbacks run before that frame is painted.
        while (!document.querySelector('.source-view li.clause')) await new Promise((r) => requestAnimationFrame(r))
        const firstFrame = count
        for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r))
        return { firstFrame, after: count }
      } finally {
        Element.prototype.getBoundingClientRect = original
      }
    })
    expect(reads.firstFrame).toBe(0)
    // Then measured, and the rest of the view follows the scroll as before.
    expect(reads.after).toBeGreaterThan(0)
    const panel = page.getByRole('tabpanel')
    expect(await panel.locator('li.clause').count()).toBeLessThan(150)
    expect(await panel.locator('li.clause').first().locator('.clause-label').textContent()).toBe('1.1')
    await app.shot('long-source-opened')
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('Delete')
    await panel.locator('li.clause').first().waitFor({ state: 'detached' })
  })

  it('reads a 1,000-clause source: part in the document, the right clauses at any scroll, to the last', async () => {
    const { page } = app
    await page.locator('button.source-item', { hasText: 'long-1000.txt' }).click()
    const panel = page.getByRole('tabpanel')
    await panel.locator('li.clause').first().waitFor()
    expect(await panel.locator('li.clause').count()).toBeLessThan(150)
    // Screen readers still hear each clause's place in its section of ten.
    expect(await panel.locator('li.clause').first().getAttribute('aria-setsize')).toBe('10')
    expect(await panel.locator('li.clause').nth(2).getAttribute('aria-posinset')).toBe('3')

    const height = await page.evaluate(() => document.querySelector('[role=tabpanel]:not([hidden])')!.scrollHeight)
    await scrollPanel(app, Math.round(height / 2))
    const middle = await middleLabel(app, 'li.clause')
    expect(middle).toMatch(/^\d+\.\d+$/)
    // Halfway down the scroll is about halfway through the source (sections 40 to 60 of 100).
    expect(Number(middle!.split('.')[0])).toBeGreaterThan(40)
    expect(Number(middle!.split('.')[0])).toBeLessThan(60)
    await app.shot('long-source-scrolled')

    await scrollPanel(app, 'bottom')
    await scrollPanel(app, 'bottom')
    expect(await panel.locator('li.clause').last().locator('.clause-label').textContent()).toBe('100.10')
    expect(await panel.locator('li.clause').last().isVisible()).toBe(true)
    expect(await seriousViolations(app)).toEqual([])
  })

  it('opens a search hit far down the source at its clause, marked and in view', async () => {
    const { page } = app
    await scrollPanel(app, 0)
    const search = page.getByRole('searchbox', { name: 'Search all clauses' })
    await search.fill('zephyrine')
    await search.press('Enter')
    await page.getByRole('tabpanel').locator('button.hit', { hasText: 'zephyrine' }).click()
    const shown = page.getByRole('tabpanel').locator('li.clause.focused')
    await shown.waitFor()
    expect(await shown.locator('.clause-label').textContent()).toBe('88.4')
    await expect.poll(() => shown.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(() => shown.isVisible()).toBe(true)
    expect(await shown.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })).toBe(true)
  })

  it('marks a clause far down as in the draft once added', async () => {
    const { page } = app
    const draftPane = page.getByRole('complementary', { name: 'Your draft' })
    await draftPane.getByRole('button', { name: 'Start a new draft' }).click()
    await draftPane.getByRole('textbox', { name: 'Draft title' }).waitFor()
    await page.getByRole('tab', { name: /long-1000|Long Policy/ }).click()
    const clause = page.getByRole('tabpanel').locator('li.clause.focused')
    await clause.locator('.clause-text').click()
    await clause.getByRole('button', { name: 'Add to draft' }).click()
    await expect.poll(() => clause.locator('.in-draft').textContent()).toBe('in your draft as 1.1')
  })

  it('walks the 1,000-clause source by keyboard: one Tab stop, arrows past the window, the tools as a toolbar', async () => {
    const { page } = app
    const panel = page.getByRole('tabpanel')
    const focusedLabel = (): Promise<string | null | undefined> => page.evaluate(() => document.activeElement?.closest('li.clause')?.querySelector('.clause-label')?.textContent)
    const focusedTool = (): Promise<string | null | undefined> => page.evaluate(() => (document.activeElement?.closest('.clause-tools') ? document.activeElement.textContent : null))
    // One clause of the list is a Tab stop (the one clicked above), and its toolbar is the only other.
    const stops = await panel.locator('.source-clauses').evaluate((list) =>
      [...list.querySelectorAll<HTMLElement>('li, button')].filter((el) => el.tabIndex >= 0).map((el) => (el.matches('li') ? 'clause' : el.textContent)),
    )
    expect(stops).toEqual(['Add this section to the draft', 'clause', 'Add to draft'])
    await panel.locator('li.clause[tabindex="0"]').focus()
    expect(await focusedLabel()).toBe('88.4')
    await page.keyboard.press('ArrowDown')
    expect(await focusedLabel()).toBe('88.5')
    // End: the last clause, far past what was rendered, focused and in view; Home back to the first.
    await page.keyboard.press('End')
    await expect.poll(focusedLabel).toBe('100.10')
    await expect.poll(() => panel.locator('li.clause:focus').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight })).toBe(true)
    await page.keyboard.press('ArrowUp')
    expect(await focusedLabel()).toBe('100.9')
    // The clause the keys reached shows a focus ring, not only its tools.
    expect(await panel.locator('li.clause:focus').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await app.shot('long-source-keyboard')
    // The focused clause's tools: Tab (or Right) into them, Left and Right along, Escape back.
    await page.keyboard.press('Tab')
    expect(await focusedTool()).toBe('Add to draft')
    expect(await focusedLabel()).toBe('100.9')
    await page.keyboard.press('ArrowRight')
    expect(await focusedTool()).toBe('Similar in other sources')
    await page.keyboard.press('ArrowRight')
    expect(await focusedTool()).toBe('Add to draft')
    await page.keyboard.press('Escape')
    expect(await focusedTool()).toBeNull()
    expect(await focusedLabel()).toBe('100.9')
    await page.keyboard.press('ArrowRight')
    expect(await focusedTool()).toBe('Add to draft')
    await page.keyboard.press('Enter')
    await expect.poll(() => panel.locator('li.clause:has(.in-draft)', { hasText: '100.9' }).count()).toBe(1)
    // Two Tabs from the clause leave the list: past its toolbar, not through 999 more clauses.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('.source-clauses') ?? null)).toBeNull()
    expect(await seriousViolations(app)).toEqual([])
  })

  it('compares 300 x 300 with every row shown: the keyboard moves past the window, focused and in view', async () => {
    const { page } = app
    await chooseComparison(page, 'a-300.txt', 'Policy B (TXT)')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    await panel.locator('.cmp-row').first().waitFor()
    await panel.getByRole('group', { name: 'Show rows' }).getByRole('button', { name: /^Same/ }).click()
    await expect.poll(() => panel.locator('.cmp-row').first().getAttribute('aria-setsize')).not.toBeNull()
    const setsize = Number(await panel.locator('.cmp-row').first().getAttribute('aria-setsize'))
    expect(setsize).toBeGreaterThan(300)
    expect(await panel.locator('.cmp-row').count()).toBeLessThan(120)

    // From the first row, End goes to the last, far past what was rendered.
    await panel.locator('.cmp-row').first().click()
    await page.keyboard.press('End')
    const current = panel.locator('.cmp-row[aria-current="true"]')
    await expect.poll(() => current.getAttribute('aria-posinset')).toBe(String(setsize))
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(() => current.isVisible()).toBe(true)
    await app.shot('long-compare-end')
    // Home and then F7 step to the first difference; Shift+F7 back from the end goes to the last.
    await page.keyboard.press('Home')
    await expect.poll(() => current.getAttribute('data-row')).toBe('0')
    await page.keyboard.press('End')
    await page.keyboard.press('Shift+F7')
    const status = panel.getByRole('toolbar', { name: 'Work through the differences' }).getByRole('status')
    await expect.poll(() => status.textContent()).toMatch(/^Difference (\d+) of \1$/)
    // The mouse's scroll to the middle, then F7: the next difference is rendered, focused, in view.
    await page.keyboard.press('Home')
    await scrollPanel(app, 6000)
    for (let n = 1; n <= 3; n++) {
      await page.keyboard.press('F7')
      await expect.poll(() => status.textContent()).toBe(`Difference ${n} of ${(await status.textContent())!.match(/of (\d+)/)?.[1]}`)
      await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true)
      expect(await current.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return r.top >= 0 && r.bottom <= window.innerHeight
      })).toBe(true)
    }
    // Wide mode: the columns widen, the rows are measured again, the current row stays in view.
    await panel.getByRole('button', { name: 'Wide view' }).click()
    await expect.poll(() => panel.getByRole('button', { name: 'Wide view' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => current.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })).toBe(true)
    // Only the work area scrolled: the shell stays where it is.
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0)
    await page.keyboard.press('n')
    await expect.poll(() => status.textContent()).toMatch(/^Difference 4 of /)
    await expect.poll(() => current.evaluate((el) => el === document.activeElement)).toBe(true)
    await app.shot('long-compare-wide')
    await panel.getByRole('button', { name: 'Wide view' }).click()
    await scrollPanel(app, 9000)
    await app.shot('long-compare-scrolled')
    expect(await middleLabel(app, '.cmp-row')).not.toBeNull()
    expect(await seriousViolations(app)).toEqual([])
    expect(app.problems).toEqual([])
  })
})
