/**
 * Every screen of the app, as a user reaches it by keyboard (and a click where a mouse user
 * would), scanned with axe-core and photographed at 1366x768 and at 1024x680 (issue 10: "an
 * axe-core scan of every screen with no serious or critical violation. Screenshots of every
 * screen saved"). The journeys' own files prove what each screen does; this one proves that
 * none of them, at either size, has a serious or critical violation, including the screens no
 * journey ends on (search results, families, the heat map alone, the versions and check panels).
 */
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { repoRoot } from '../support/paths'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { seriousViolations } from './support/axe'

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 680 },
]) {
  const size = `${viewport.width}x${viewport.height}`
  describeInBrowser(`every screen at ${size}: axe-core and a screenshot`, () => {
    let app: OpenApp
    /** Each screen's serious and critical violations, by name: all are listed when any fails. */
    const found: Record<string, string[]> = {}
    const screens: string[] = []
    const scan = async (name: string): Promise<void> => {
      screens.push(name)
      await app.shot(`screen-${name}-${size}`)
      const violations = await seriousViolations(app.page)
      if (violations.length > 0) found[name] = violations
    }
    const key = (k: string) => app.page.keyboard.press(k)
    /** On a small screen the library starts collapsed once it has sources. */
    const showLibrary = async (): Promise<void> => {
      const show = app.page.getByRole('button', { name: 'Show the library' })
      if ((await show.count()) > 0) await show.click()
    }

    beforeAll(async () => {
      app = await openApp({ viewport, service: new WorkbenchService({ host: 'web', examplesFolder: path.join(repoRoot, 'corpus') }) })
      app.page.setDefaultTimeout(15_000)
    })
    afterAll(async () => app?.close())

    it('walks the library, a source, compare, coverage, families and search', { timeout: 150_000 }, async () => {
      const { page } = app
      const start = page.getByRole('tabpanel')
      await start.getByRole('button', { name: 'Load the example policies' }).waitFor()
      await scan('start-empty')
      await start.getByRole('button', { name: 'Load the example policies' }).focus()
      await key('Enter')
      await expect.poll(() => page.locator('button.source-item').count(), { timeout: 90_000 }).toBe(14)
      await scan('library-loaded')
      await page.getByRole('region', { name: 'Import report' }).locator('summary').click()
      await scan('import-report-open')

      await page.getByRole('complementary', { name: 'Your draft' }).getByRole('button', { name: 'Start a new draft' }).click()
      await showLibrary()
      await page.locator('button.source-item[tabindex="0"]').focus()
      await key('ArrowDown')
      await key('Enter')
      const clauses = page.getByRole('tabpanel').locator('li.clause')
      await clauses.first().waitFor()
      await scan('source')
      await page.getByRole('tabpanel').locator('li.clause[tabindex="0"]').focus()
      await key('ArrowDown')
      await key('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add to draft')
      await key('Enter')
      await page.getByRole('complementary', { name: 'Your draft' }).getByRole('navigation', { name: 'Outline of the draft' }).getByRole('button').first().waitFor()
      await key('ArrowRight')
      await key('Enter') // Similar in other sources
      await page.getByRole('tabpanel').getByRole('button', { name: 'Add to draft' }).nth(1).waitFor()
      await scan('source-similar')

      await showLibrary()
      await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v0.3.docx' }).click()
      await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: 'Riverside Borough Council Social Media Policy (PDF)' })
      await page.getByRole('button', { name: 'Compare', exact: true }).click()
      await page.getByRole('tabpanel').locator('.cmp-rows:not([aria-busy])').waitFor()
      await key('F7')
      await key('F7')
      await scan('compare-current')
      await page.getByRole('button', { name: 'Wide view' }).click()
      await scan('compare-wide')
      await page.getByRole('button', { name: 'Wide view' }).click()

      await showLibrary()
      await page.getByRole('button', { name: 'Coverage', exact: true }).click()
      const coverage = page.getByRole('region', { name: 'Coverage: topics by source' })
      await coverage.waitFor()
      await scan('coverage')
      await coverage.getByRole('gridcell').first().focus()
      await key('ArrowDown')
      await key('Enter')
      await page.getByRole('region', { name: /what each source says/ }).waitFor()
      await scan('coverage-cell')

      await showLibrary()
      await page.getByRole('button', { name: 'Families', exact: true }).click()
      const families = page.getByRole('tabpanel')
      await families.getByRole('button', { name: 'Compare the wordings' }).first().waitFor()
      await scan('families')
      await families.getByRole('button', { name: 'Compare the wordings' }).first().click()
      await families.locator('.wording').first().waitFor()
      await scan('family-wordings')

      await showLibrary()
      await page.getByRole('searchbox').first().fill('personal accounts')
      await key('Enter')
      await page.getByRole('tabpanel').getByRole('heading', { name: /Search: personal accounts/ }).waitFor()
      await scan('search')
      expect(found).toEqual({})
    })

    it('walks the draft: the document, a redline, versions, the check, export and the tab list', { timeout: 90_000 }, async () => {
      const { page } = app
      const pane = page.getByRole('complementary', { name: 'Your draft' })
      await pane.getByRole('button', { name: 'Open as a document' }).click()
      const doc = page.getByRole('tabpanel').locator('.draft-doc')
      await doc.waitFor()
      await doc.getByRole('button', { name: 'Add a section' }).click()
      await page.keyboard.type('Using social media at work')
      await key('Enter')
      await key('Tab')
      await key('Enter')
      await page.keyboard.type('Tell your manager before you post about work.')
      await key('Escape')
      await scan('draft-document')
      // The clause taken from the source, adapted: its redline against the original.
      const first = doc.getByRole('textbox', { name: 'Clause 1.1', exact: true })
      await first.focus()
      await key('Control+End')
      await page.keyboard.type(' Ask first.')
      await key('Escape')
      await doc.getByRole('button', { name: 'Show changes' }).click()
      await doc.locator('.draft-diff ins').first().waitFor()
      await scan('draft-redline')
      await pane.getByRole('button', { name: 'Versions' }).click()
      await scan('draft-versions')
      await pane.getByRole('button', { name: 'Versions' }).click()
      await pane.getByRole('button', { name: 'Check' }).click()
      await scan('draft-check')
      await pane.getByRole('button', { name: 'Check' }).click()
      await pane.getByRole('button', { name: 'Export to Word…' }).click()
      await page.getByRole('dialog').waitFor()
      await scan('export-dialog')
      await key('Escape')
      await page.getByRole('button', { name: /^All tabs/ }).click()
      // The list stays inside the work area, and every title is shown whole (a source's tab and a
      // comparison that starts with its name were cut to the same words at 1024x680).
      const list = page.getByRole('list', { name: 'Open tabs' })
      const box = (await list.boundingBox())!
      const area = (await page.getByRole('main', { name: 'Work area' }).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(area.x)
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width)
      const cut = await list.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent))
      expect(cut).toEqual([])
      expect(await list.getByRole('button', { name: /↔/ }).count()).toBe(1)
      await scan('tab-list')
      await key('Escape')
      expect(found).toEqual({})
      // Every screen was reached and photographed.
      expect(screens).toEqual(['start-empty', 'library-loaded', 'import-report-open', 'source', 'source-similar', 'compare-current', 'compare-wide', 'coverage', 'coverage-cell', 'families', 'family-wordings', 'search', 'draft-document', 'draft-redline', 'draft-versions', 'draft-check', 'export-dialog', 'tab-list'])
      expect(app.problems).toEqual([])
    })
  })
}
