/**
 * Importing a batch of five with a broken file among them: the bar moves as each file
 * finishes, imported / already in the library / failed are counted apart, the broken file's
 * error is shown by name, and the report folds away without pushing the library list down.
 */
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { fixturePath, repoRoot } from '../support/paths'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { seriousViolations } from './support/axe'
import { importFocusSeen, watchImportFocus } from './support/import-focus'

const corpus = (name: string): string => path.join(repoRoot, 'corpus', name)
const batch = [
  corpus('riverside-social-media-policy-v1.0.pdf'),
  corpus('castlegate-social-networking-policy.pdf'),
  fixturePath('policies', 'broken.docx'),
  corpus('kingsmere-code-of-conduct-extract.pdf'),
  corpus('northmoor-social-media-policy.md'),
]

describeInBrowser('import progress', () => {
  let app: OpenApp
  beforeAll(async () => {
    app = await openApp()
  })
  afterAll(async () => app?.close())

  it('shows a progress bar that moves file by file, then each outcome and the error', async () => {
    const { page } = app
    // Note: the wait for the file chooser starts several round trips before the key is pressed.
    // Playwright asks Chromium to intercept choosers without waiting for the answer, so a key
    // pressed straight after could open an uncaught chooser (a fresh-clone CI run timed out so).
    const chooserShown = page.waitForEvent('filechooser', { timeout: 60_000 })
    const library = page.getByRole('navigation', { name: 'Library' })
    await library.waitFor()
    await watchImportFocus(page)
    // "Import policies…" pressed by keyboard, five files chosen.
    await library.getByRole('button', { name: 'Import policies…' }).focus()
    await page.keyboard.press('Enter')
    const chooser = await chooserShown
    await chooser.setFiles(batch)
    // While it runs: "Importing n of 5…" over a bar whose maximum is the batch.
    const running = library.getByRole('heading', { name: /^Importing \d of 5…$/ })
    await running.waitFor()
    expect(await library.locator('progress.import-progress').getAttribute('max')).toBe('5')
    await app.shot('import-progress-running')
    const report = page.getByRole('region', { name: 'Import report' })
    await report.waitFor({ timeout: 60_000 })
    expect(await report.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([5, 5])
    expect(await report.locator('.import-counts').textContent()).toBe('4 imported · 1 failed')
    expect(await report.locator('li.failed').textContent()).toContain('broken.docx')
    expect(await page.locator('button.source-item').count()).toBe(4)
    // The focus stayed with the import while it ran (the busy button kept it, or the report),
    // never the page, and then went to the library's list.
    expect(await importFocusSeen(page)).toEqual(['report'])
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('button.source-item[tabindex="0"]'))).toBe(true)
    // The Import button was never disabled out from under the focus, only busy.
    expect(await library.getByRole('button', { name: 'Import policies…' }).getAttribute('aria-disabled')).toBeNull()
    await app.shot('import-progress-done')
    expect(await seriousViolations(page)).toEqual([])
    // Note: five real imports; the report's wait allows a minute, and so must the test.
  }, 90_000)

  it('counts a file already in the library apart from the imported ones', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Library' }).locator('input[type=file]').setInputFiles([corpus('northmoor-social-media-policy.md')])
    const report = page.getByRole('region', { name: 'Import report' })
    await expect.poll(() => report.locator('.import-counts').textContent()).toBe('0 imported · 1 already in the library')
    await expect.poll(() => page.locator('.statusbar').getByRole('status').textContent()).toBe('Imported 0 files; 1 file already in the library.')
  })

  it('folds the outcomes away, and the library list does not move when it does', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Library' }).locator('input[type=file]').setInputFiles(batch.slice(0, 3))
    const report = page.getByRole('region', { name: 'Import report' })
    await expect.poll(() => report.locator('.import-counts').textContent()).toContain('1 failed')
    const details = report.locator('details.import-details')
    expect(await details.getAttribute('open')).not.toBeNull()
    // The outcome list scrolls inside its own box: at most a few lines tall.
    const listHeight = await details.locator('ul').evaluate((ul) => ul.getBoundingClientRect().height)
    expect(listHeight).toBeLessThan(160)
    await details.locator('summary').click()
    expect(await details.getAttribute('open')).toBeNull()
    expect(app.problems).toEqual([])
  })
})
