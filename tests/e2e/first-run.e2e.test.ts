/**
 * First run: an empty library offers the example policies beside "Import policies…"; one
 * click loads all fourteen, grouped in the library with their organisations, and the button
 * goes away. At 1366x768, with an axe scan and screenshots to look at.
 */
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { repoRoot } from '../support/paths'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { seriousViolations } from './support/axe'
import { importFocusSeen, watchImportFocus } from './support/import-focus'

describeInBrowser('first run', () => {
  let app: OpenApp
  beforeAll(async () => {
    app = await openApp({ service: new WorkbenchService({ host: 'web', examplesFolder: path.join(repoRoot, 'corpus') }) })
  })
  afterAll(async () => app?.close())

  it('offers the examples on the Start tab and in the library while the library is empty', async () => {
    const { page } = app
    const start = page.getByRole('tabpanel')
    await start.getByRole('button', { name: 'Load the example policies' }).waitFor()
    const library = page.getByRole('navigation', { name: 'Library' })
    // Note: the library draws its own empty state once its list has loaded, which can be a moment after the Start tab's.
    await expect.poll(() => library.getByRole('button', { name: 'Load the example policies' }).isVisible()).toBe(true)
    expect(await library.getByRole('button', { name: 'Import policies…' }).isVisible()).toBe(true)
    // The two ways in stand apart, as wide as each other (the examples' button once sat flush under Import).
    const importBox = (await library.getByRole('button', { name: 'Import policies…' }).boundingBox())!
    const examplesBox = (await library.getByRole('button', { name: 'Load the example policies' }).boundingBox())!
    expect(examplesBox.y - (importBox.y + importBox.height)).toBeGreaterThanOrEqual(6)
    expect(Math.abs(examplesBox.width - importBox.width)).toBeLessThan(1)
    await app.shot('first-run-empty')
    expect(await seriousViolations(page)).toEqual([])
    // On a small screen too: an empty library is not collapsed out of the way, since importing
    // is all there is to do (a library with sources is; see the compare journey at 1024x680).
    await page.setViewportSize({ width: 1024, height: 680 })
    await expect.poll(() => library.getByRole('button', { name: 'Import policies…' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Show the library' }).count()).toBe(0)
    await app.shot('first-run-empty-1024x680')
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  it('loads the fourteen examples with one click, and reports them', async () => {
    const { page } = app
    // Every state the report and the library pass through, as they are drawn.
    await page.evaluate(() => {
      const seen: { counts: string; bar: string; max: string; listed: number }[] = []
      ;(window as unknown as { importStates: typeof seen }).importStates = seen
      new MutationObserver(() => {
        const bar = document.querySelector('progress.import-progress')
        if (!bar) return
        const state = { counts: document.querySelector('.import-counts')?.textContent ?? '', bar: bar.getAttribute('value') ?? '', max: bar.getAttribute('max') ?? '', listed: document.querySelectorAll('button.source-item').length }
        const last = seen.at(-1)
        if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state)
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    })
    await watchImportFocus(page)
    // By keyboard, as the focus matters to those who use one.
    await page.getByRole('tabpanel').getByRole('button', { name: 'Load the example policies' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('button.source-item').count(), { timeout: 60_000 }).toBe(14)
    // The bar moved with each example as it arrived (it once sat at "0 imported" until all
    // fourteen were in), and the library listed each one as it landed.
    const states = await page.evaluate(() => (window as unknown as { importStates: { counts: string; bar: string; max: string; listed: number }[] }).importStates)
    const counted = [...new Set(states.map((s) => s.counts))]
    for (let n = 1; n <= 13; n++) expect(counted).toContain(`${n} imported`)
    expect(states.some((s) => s.max === '14' && Number(s.bar) > 0 && Number(s.bar) < 14 && s.listed > 0 && s.listed < 14)).toBe(true)
    const report = page.getByRole('region', { name: 'Import report' })
    expect(await report.locator('.import-counts').textContent()).toBe('14 imported')
    await expect.poll(() => page.locator('.statusbar').getByRole('status').textContent()).toBe('Imported 14 files.')
    expect(await page.locator('button.source-item', { hasText: 'Castlegate' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Load the example policies' }).count()).toBe(0)
    // The button pressed went with the first example: the report held the focus while the rest
    // landed (never the page), and at the end the library's list has it.
    expect(await importFocusSeen(page)).toEqual(['report'])
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('button.source-item[tabindex="0"]'))).toBe(true)
    // The page itself never scrolls, only its panes: the title bar stays at the top whatever is
    // brought into view (screen-reader-only labels in the long library made the page scroll).
    const page1 = await page.evaluate(() => ({ scrollHeight: document.scrollingElement!.scrollHeight, height: window.innerHeight }))
    expect(page1.scrollHeight).toBe(page1.height)
    await page.locator('button.source-item').last().evaluate((el) => el.scrollIntoView({ block: 'end' }))
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0)
    expect(await page.locator('.titlebar').evaluate((el) => el.getBoundingClientRect().top)).toBe(0)
    await app.shot('first-run-loaded')
    expect(await seriousViolations(page)).toEqual([])
    // On a small screen the Start tab, with no control left in it, scrolls: it is a Tab stop
    // itself, so the keyboard can scroll it (axe: scrollable-region-focusable, serious).
    await page.setViewportSize({ width: 1024, height: 680 })
    const start = page.getByRole('tabpanel', { name: 'Start' })
    expect(await start.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
    expect(await start.getAttribute('tabindex')).toBe('0')
    await app.shot('first-run-loaded-1024x680')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize({ width: 1366, height: 768 })
    expect(app.problems).toEqual([])
    // Note: fourteen real imports; the poll above allows a minute, and so must the test.
  }, 90_000)

  it('groups the library by organisation, filters it, and gives the list one tab stop', async () => {
    const { page } = app
    const library = page.getByRole('navigation', { name: 'Library' })
    expect(await library.getByRole('heading', { name: 'Riverside Borough Council' }).count()).toBe(1)
    // Two versions of one policy: told apart by their dates, not a cut-off file name; the file name is still read aloud.
    const riverside = library.locator('button.source-item', { hasText: 'Riverside' })
    expect(await riverside.count()).toBe(2)
    const dates = await riverside.locator('.source-meta').evaluateAll((metas) => metas.map((m) => /\d{4}-\d{2}-\d{2}/.exec(m.textContent ?? '')?.[0]))
    expect(new Set(dates).size).toBe(2)
    expect(await riverside.nth(0).locator('.source-meta').textContent()).toMatch(/\d{4}-\d{2}-\d{2} · riverside-social-media-policy-v/)
    // Under its organisation's heading the title leaves out the organisation's name (read aloud all the same).
    expect(await riverside.nth(0).getAttribute('aria-label')).toBeNull()
    const shownTitles = await riverside.locator('.source-title').evaluateAll((ts) =>
      ts.map((t) => {
        const copy = t.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove())
        return copy.textContent?.trim()
      }),
    )
    expect(shownTitles.sort()).toEqual(['Social Media Policy', 'Social Media Policy (DRAFT)'])
    expect(await riverside.nth(0).locator('.source-title').textContent()).toMatch(/^Riverside Borough Council Social Media Policy/)
    expect(await library.locator('button.source-item[tabindex="0"]').count()).toBe(1)
    await library.locator('button.source-item[tabindex="0"]').focus()
    await page.keyboard.press('ArrowDown')
    const second = await page.evaluate(() => document.activeElement?.id)
    expect(second).toMatch(/^source-item-/)
    expect(await library.locator('button.source-item[tabindex="0"]').getAttribute('id')).toBe(second)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('source-item'))).toBe(false)
    await library.getByRole('searchbox', { name: 'Filter the library' }).fill('kingsmere')
    expect(await library.locator('button.source-item').count()).toBe(1)
    await library.getByLabel('Group by').selectOption('kind')
    expect(await library.getByRole('heading', { name: 'Council policy' }).count()).toBe(1)
    await app.shot('first-run-library-filtered')
    await library.getByRole('searchbox', { name: 'Filter the library' }).fill('')
    await library.getByLabel('Group by').selectOption('organisation')
  })

  it('shows the clause tools as two controls on the selected clause, and similar clauses with Open and Add to draft', async () => {
    const { page } = app
    await page.getByRole('complementary', { name: 'Your draft' }).getByRole('button', { name: 'Start a new draft' }).click()
    await page.locator('button.source-item', { hasText: 'Northmoor' }).click()
    const clause = page.getByRole('tabpanel').locator('.clause').nth(2)
    await clause.locator('.clause-text').click()
    const tools = clause.getByRole('toolbar', { name: 'Clause tools' })
    expect(await tools.getByRole('button').allTextContents()).toEqual(['Add to draft', 'Similar in other sources'])
    expect(await tools.evaluate((t) => getComputedStyle(t).opacity)).toBe('1')
    await tools.getByRole('button', { name: 'Similar in other sources' }).click()
    const similar = clause.getByRole('list', { name: 'Similar clauses in other sources' })
    await similar.waitFor()
    expect(await similar.locator('li').first().getByRole('button', { name: /^Open in / }).count()).toBe(1)
    expect(await similar.locator('li').first().getByRole('button', { name: 'Add to draft' }).count()).toBe(1)
    // The hits are one Tab stop too: Down between them, Right along a hit's Open and Add to draft.
    const hitStops = await similar.evaluate((list) => [...list.querySelectorAll<HTMLElement>('li, button')].filter((el) => el.tabIndex >= 0).length)
    expect(hitStops).toBe(2)
    if ((await similar.locator('li').count()) > 1) {
      await similar.locator('li[tabindex="0"]').focus()
      await page.keyboard.press('ArrowDown')
      expect(await similar.locator('li').nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Open in /)
      await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add to draft')
      await page.keyboard.press('Escape')
      expect(await similar.locator('li').nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
      // The reader's clause stayed where it was: the hits' keys are the hits' own.
      expect(await clause.getAttribute('tabindex')).toBe('0')
    }
    await app.shot('first-run-clause-tools')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('gives search results one Tab stop, Enter to open one, and Open and Add to draft on each', async () => {
    const { page } = app
    const box = page.getByRole('searchbox', { name: 'Search all clauses' })
    await box.fill('personal accounts')
    await box.press('Enter')
    const results = page.getByRole('tabpanel').getByRole('list', { name: 'Search results' })
    await results.locator('li').nth(2).waitFor()
    // One stop for the whole list, however many results (each was a stop of its own).
    const stops = await results.evaluate((list) => [...list.querySelectorAll<HTMLElement>('li, button')].filter((el) => el.tabIndex >= 0).length)
    expect(stops).toBe(2)
    await results.locator('li[tabindex="0"]').focus()
    await page.keyboard.press('ArrowDown')
    const second = results.locator('li').nth(1)
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true)
    const secondText = (await second.locator('.hit-text').textContent())!.trim()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Open in /)
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add to draft')
    const outline = page.getByRole('complementary', { name: 'Your draft' }).getByRole('navigation', { name: 'Outline of the draft' })
    const before = await outline.getByRole('button').count()
    await page.keyboard.press('Enter')
    await expect.poll(() => outline.getByRole('button').count()).toBeGreaterThan(before)
    await expect.poll(() => page.locator('.statusbar').getByRole('status').textContent()).toMatch(/^Added clause/)
    // The result now says where it sits in the draft, as the source view does.
    await expect.poll(() => second.locator('.in-draft').textContent()).toMatch(/^in your draft as \d/)
    await app.shot('first-run-search-results')
    expect(await seriousViolations(page)).toEqual([])
    // Back on the result, Enter opens it in its source at that clause.
    await page.getByRole('tab', { name: /^Search: personal accounts/ }).click()
    await results.locator('li').nth(1).focus()
    await page.keyboard.press('Enter')
    const focused = page.getByRole('tabpanel').locator('li.clause.focused')
    await focused.waitFor()
    expect((await focused.textContent())!.replace(/\s+/g, ' ')).toContain(secondText.replace(/^\S+\s/, '').replace(/\s+/g, ' ').slice(0, 40))
  })

  it('keeps many tabs in reach: the overflow lists them all, Alt+PageDown cycles, Alt+W closes', async () => {
    const { page } = app
    const items = page.locator('button.source-item')
    for (let i = 0; i < 6; i++) await items.nth(i).click()
    const tabs = page.getByRole('tab')
    const count = await tabs.count()
    const activeTitle = (): Promise<string | null> => page.locator('[role=tab][aria-selected=true]').textContent()
    const last = await activeTitle()
    expect(count).toBeGreaterThanOrEqual(7)
    await page.getByRole('button', { name: `All tabs (${count})` }).click()
    const list = page.getByRole('list', { name: 'Open tabs' })
    expect(await list.getByRole('button').count()).toBe(count)
    await app.shot('first-run-tab-overflow')
    await list.getByRole('button', { name: 'Start' }).click()
    expect(await activeTitle()).toBe('Start')
    await page.keyboard.press('Alt+PageUp')
    expect(await activeTitle()).toBe(last)
    // The active tab is scrolled into view in the strip.
    const inView = await page.locator('[role=tab][aria-selected=true]').evaluate((tab) => {
      const strip = tab.closest('[role=tablist]')!.getBoundingClientRect()
      const r = tab.getBoundingClientRect()
      return r.left >= strip.left - 1 && r.right <= strip.right + 1
    })
    expect(inView).toBe(true)
    await page.keyboard.press('Alt+w')
    expect(await tabs.count()).toBe(count - 1)
    expect(await seriousViolations(page)).toEqual([])
    expect(app.problems).toEqual([])
  })
})
