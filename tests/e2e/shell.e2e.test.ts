/**
 * End to end: the built renderer in Debian's Chromium, served by the browser host over the
 * real service. A policy officer's first minutes: the three-pane shell, importing a batch
 * with one bad file, reading a source, moving between panes by keyboard, removing a source.
 * Screenshots go to test-results/ to be looked at.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { startWebHost, type WebHost } from '../../src/main/web/server'
import { announceMissingChromium, chromiumArgs, chromiumFound, chromiumPath, inCi } from '../support/chromium'
import { fixturePath, repoRoot, resultsDir } from '../support/paths'
import { chooseComparison } from './support/compare-choice'

const rendererDir = path.join(repoRoot, 'out', 'renderer')
const runE2e = chromiumFound || inCi
if (!chromiumFound) announceMissingChromium()

describe.runIf(runE2e)('the shell in a browser', () => {
  let host: WebHost
  let browser: Browser
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    if (!chromiumFound) throw new Error(`No Chromium at ${chromiumPath}: end-to-end tests cannot run. Install it: apt-get install -y chromium`)
    if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('The renderer is not built: run npm run build (npm test does this first).')
    mkdirSync(resultsDir, { recursive: true })
    host = await startWebHost({ service: new WorkbenchService({ host: 'web' }), rendererDir })
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // A CSP violation, a failed request or an uncaught error fails the run.
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('dialog', (d) => void d.accept())
    await page.goto(host.url)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.close()
  })

  it('shows the library, the work area and the draft, with a status bar', async () => {
    await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(true)
    expect(await page.getByRole('main', { name: 'Work area' }).isVisible()).toBe(true)
    expect(await page.getByRole('complementary', { name: 'Your draft' }).isVisible()).toBe(true)
    expect(await page.getByRole('tab', { name: 'Start' }).getAttribute('aria-selected')).toBe('true')
    await expect.poll(() => page.locator('.statusbar').textContent()).toContain('Browser host')
    expect(await page.locator('.statusbar').textContent()).toContain('0 sources')
    // The token has been taken out of the address bar.
    expect(page.url()).toBe(`${host.origin}/`)
    await page.screenshot({ path: path.join(resultsDir, 'shell-empty.png') })
  })

  it('imports a batch: the good file lands, the bad one is reported by name', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('input[type=file]').setInputFiles([
      fixturePath('policies', 'open-council-social-media.txt'),
      fixturePath('policies', 'broken.docx'),
    ])
    const item = page.getByRole('button', { name: /Riverside Borough Council/ })
    await item.waitFor()
    expect(await item.textContent()).toContain('11 clauses')
    const report = page.getByRole('region', { name: 'Import report' })
    expect(await report.textContent()).toContain('broken.docx is not a Word document')
    expect(await page.locator('.statusbar').getByRole('status').textContent()).toBe('Imported 1 file; 1 file could not be imported (see the import report).')
  })

  it('opens a source in a tab, with its sections and printed labels', async () => {
    await page.getByRole('button', { name: /Riverside Borough Council/ }).click()
    const tab = page.getByRole('tab', { name: /Riverside Borough Council/ })
    expect(await tab.getAttribute('aria-selected')).toBe('true')
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('heading', { name: '4. Elections' }).waitFor()
    expect(await panel.locator('.clause').count()).toBe(11)
    expect(await panel.locator('.clause', { hasText: 'Never share personal details' }).locator('.clause-label').textContent()).toBe('(a)')
    // Opening a tab moves keyboard focus into it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel')
    await page.screenshot({ path: path.join(resultsDir, 'shell-source.png') })
  })

  it('imports Word and PDF policies from the corpus and shows their numbered clauses', async () => {
    await page.getByRole('navigation', { name: 'Library' }).locator('input[type=file]').setInputFiles([
      path.join(repoRoot, 'corpus', 'riverside-social-media-policy-v0.3.docx'),
      path.join(repoRoot, 'corpus', 'riverside-social-media-policy-v1.0.pdf'),
    ])
    await expect.poll(() => page.locator('.statusbar').textContent(), { timeout: 10_000 }).toContain('3 sources')
    expect(await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v0.3.docx' }).textContent()).toContain('Social Media Policy (DRAFT)')
    await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v1.0.pdf' }).click()
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('heading', { name: '7. Elections and the pre-election period' }).waitFor()
    const clause = panel.locator('.clause', { hasText: 'notice of election' })
    expect(await clause.locator('.clause-label').textContent()).toBe('7.1')
    expect(await clause.locator('.topic').allTextContents()).toContain('Political neutrality and elections')
    await page.screenshot({ path: path.join(resultsDir, 'shell-pdf-source.png') })
    // Back to the first source for the tests that follow.
    await page.locator('button.source-item', { hasText: 'open-council-social-media.txt' }).click()
  })

  it('searches every clause, and a hit opens its source at that clause', async () => {
    const box = page.getByRole('searchbox', { name: 'Search all clauses' })
    await box.fill('"notice of election"')
    await box.press('Enter')
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('heading', { name: 'Search: "notice of election"' }).waitFor()
    const hits = panel.locator('button.hit')
    expect(await hits.count()).toBe(1)
    expect(await hits.first().locator('mark').textContent()).toBe('notice of election')
    await page.screenshot({ path: path.join(resultsDir, 'shell-search.png') })
    await hits.first().click()
    const focused = page.locator('.clause.focused')
    await focused.waitFor()
    expect(await focused.locator('.clause-label').textContent()).toBe('7.1')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('focused'))).toBe(true)
    await page.locator('button.source-item', { hasText: 'open-council-social-media.txt' }).click()
  })

  it('compares two versions side by side, filtering by what changed', async () => {
    await chooseComparison(page, 'riverside-social-media-policy-v0.3.docx', 'Riverside Borough Council Social Media Policy (PDF)')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('heading', { name: 'Compare' }).waitFor()
    await panel.locator('.cmp-row').first().waitFor()
    const filters = panel.getByRole('group', { name: 'Show rows' })
    expect(await filters.getByRole('button', { name: /^Same/ }).getAttribute('aria-pressed')).toBe('false')
    const split = panel.locator('.cmp-row.status-split')
    expect(await split.count()).toBe(1)
    expect(await split.locator('.cmp-b .clause-label').textContent()).toBe('5.4 + 5.5')
    expect(await panel.locator('.cmp-row.status-changed ins').count()).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(resultsDir, 'shell-compare.png') })
    await filters.getByRole('button', { name: /^Changed/ }).click()
    expect(await panel.locator('.cmp-row.status-changed').count()).toBe(0)
    // The chips give the service's counts.
    expect(await filters.getByRole('button', { name: /^Split/ }).locator('.chip-count').textContent()).toBe('1')

    // Swap compares B with A in a tab of its own, its title the two names the other way round.
    const title = await page.getByRole('tab', { selected: true }).textContent()
    await panel.getByRole('button', { name: 'Swap A and B' }).click()
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(title!.split(' ↔ ').reverse().join(' ↔ '))
    await panel.locator('.cmp-row').first().waitFor()
    expect(await panel.locator('.cmp-row.status-merged').count()).toBe(1)
  })

  it('shows topic coverage and families across the library', async () => {
    await page.getByRole('button', { name: 'Coverage' }).click()
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('grid', { name: 'Clauses per topic and source' }).waitFor()
    expect(await panel.getByRole('row').count()).toBe(21)
    expect(await panel.getByRole('row', { name: /Political neutrality and elections/ }).locator('td').count()).toBe(3)
    await page.screenshot({ path: path.join(resultsDir, 'shell-coverage.png') })
    await page.getByRole('button', { name: 'Families' }).click()
    await panel.locator('.family').first().waitFor()
    expect(await panel.locator('.family').count()).toBeGreaterThan(10)
    await page.screenshot({ path: path.join(resultsDir, 'shell-families.png') })
  })

  it('checks a policy for repeats and conflicts, and shows similar clauses elsewhere', async () => {
    await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v1.0.pdf' }).click()
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('button', { name: 'Check for repeats and conflicts' }).click()
    await panel.locator('#check-heading').waitFor()
    const clause = panel.locator('.clause', { hasText: 'notice of election' })
    await clause.getByRole('button', { name: 'Similar in other sources' }).click()
    await clause.locator('.similar li, .similar + .hint, p.hint').first().waitFor()
    await page.screenshot({ path: path.join(resultsDir, 'shell-check-similar.png') })
    await page.locator('button.source-item', { hasText: 'open-council-social-media.txt' }).click()
  })

  it('composes a draft: clauses from sources keep their origin, edits are adapted, undo, versions', async () => {
    const draftPane = page.getByRole('complementary', { name: 'Your draft' })
    await draftPane.getByRole('button', { name: 'Start a new draft' }).click()
    await draftPane.getByRole('textbox', { name: 'Draft title' }).waitFor()
    await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v1.0.pdf' }).click()
    const panel = page.getByRole('tabpanel')
    const clause = panel.locator('.clause', { hasText: 'notice of election' })
    await clause.hover()
    await clause.getByRole('button', { name: 'Add to draft' }).click()
    // The clauses are written in the Draft tab (issue 10); the pane keeps the toolbar and an outline.
    await page.getByRole('tab', { name: 'Draft', exact: true }).click()
    const item = panel.locator('.draft-clause').first()
    await item.waitFor()
    expect(await item.locator('.state-badge').textContent()).toBe('As in source')
    expect(await item.locator('.origin').textContent()).toContain('from Riverside Borough Council Social Media Policy 7.1')
    const text = item.getByRole('textbox', { name: 'Clause 1.1' })
    await text.fill('Before an election, official accounts must not publish anything that supports or opposes a party or candidate.')
    await text.blur()
    await expect.poll(() => item.locator('.state-badge').textContent()).toBe('Adapted')
    await item.getByRole('button', { name: 'Show changes' }).click()
    expect(await item.locator('.draft-diff ins').count()).toBeGreaterThan(0)
    await draftPane.getByRole('button', { name: 'Versions' }).click()
    await draftPane.getByRole('textbox', { name: 'Name of the new version' }).fill('0.1, for the team')
    await draftPane.getByRole('button', { name: 'Save version' }).click()
    await draftPane.getByText('0.1, for the team').waitFor()
    await page.screenshot({ path: path.join(resultsDir, 'shell-draft.png') })
    await draftPane.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => item.locator('.state-badge').textContent()).toBe('As in source')
    await draftPane.getByRole('button', { name: 'Compare with now' }).click()
    await panel.locator('.cmp-row.status-changed').waitFor()
    await panel.getByRole('heading', { name: 'Compare' }).waitFor()
    await draftPane.getByRole('button', { name: 'View' }).click()
    await panel.getByText(/Version “0\.1, for the team”, saved .*Read only\./).waitFor()
    expect(await panel.locator('.clause-text').first().textContent()).toContain('Before an election')

    // Save the draft as a file, close it, and open the file again as a draft.
    const [download] = await Promise.all([page.waitForEvent('download'), draftPane.getByRole('button', { name: 'Save as file' }).click()])
    expect(download.suggestedFilename()).toBe('Untitled-policy.pwdraft.json')
    const saved = path.join(resultsDir, download.suggestedFilename())
    await download.saveAs(saved)
    await draftPane.getByRole('button', { name: 'Close' }).click()
    await draftPane.locator('input[type=file]').setInputFiles(saved)
    await draftPane.getByRole('textbox', { name: 'Draft title' }).waitFor()
    const outline = draftPane.getByRole('navigation', { name: 'Outline of the draft' })
    expect(await outline.getByRole('button').count()).toBe(1)

    // A family's wording goes into the draft with its provenance.
    await page.getByRole('button', { name: 'Families' }).click()
    await panel.locator('.family').first().getByRole('button', { name: 'Add this wording to the draft' }).click()
    await expect.poll(() => outline.getByRole('button').count()).toBe(2)
    await page.getByRole('tab', { name: 'Draft', exact: true }).click()
    expect(await panel.locator('.draft-clause').nth(1).locator('.origin').textContent()).toMatch(/^from Riverside Borough Council/)

    // The draft stands beside the sources in the coverage matrix, and can be checked.
    await page.getByRole('button', { name: 'Coverage' }).click()
    await panel.getByRole('columnheader', { name: 'Your draft: Untitled policy' }).waitFor()
    expect(await panel.getByRole('columnheader').count()).toBe(5)
    await draftPane.getByRole('button', { name: 'Check' }).click()
    await draftPane.locator('#check-heading').waitFor()
    expect(await draftPane.locator('#check-heading').textContent()).toMatch(/No repeated or conflicting clauses found\.|possible conflict/)
    await page.locator('button.source-item', { hasText: 'open-council-social-media.txt' }).click()
  })

  it('records a source\'s details', async () => {
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('button', { name: 'Edit details' }).click()
    const form = panel.getByRole('form', { name: 'Source details' })
    await form.getByLabel('Organisation').fill('Riverside Borough Council')
    await form.getByLabel('Kind').selectOption('council-policy')
    await form.getByLabel('Notes').fill('Shared by their web team, March 2011.')
    await form.getByRole('button', { name: 'Save details' }).click()
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => panel.locator('.source-notes').textContent()).toBe('Shared by their web team, March 2011.')
    await expect.poll(() => panel.locator('.source-facts').textContent()).toContain('Riverside Borough Council · ')
  })

  it('moves focus between panes with F6 and Shift+F6, and between tabs with arrows', async () => {
    const focusedPane = (): Promise<string | null> =>
      page.evaluate(() => document.activeElement?.closest('.pane')?.getAttribute('aria-label') ?? document.activeElement?.closest('.pane')?.id ?? null)
    await page.getByRole('tab', { name: /Riverside Borough Council: Using/ }).focus()
    await page.keyboard.press('F6')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('draft'))).toBe(true)
    await page.keyboard.press('F6')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('library'))).toBe(true)
    await page.keyboard.press('Shift+F6')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('draft'))).toBe(true)
    await page.keyboard.press('Shift+F6')
    expect(await focusedPane()).toBe('Work area')
    await page.getByRole('tab', { name: /Riverside Borough Council: Using/ }).focus()
    await page.keyboard.press('ArrowLeft')
    expect(await page.getByRole('tab', { name: 'Start' }).getAttribute('aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start')
    await page.keyboard.press('End')
    expect(await page.getByRole('tab').last().getAttribute('aria-selected')).toBe('true')
  })

  it('has no serious accessibility violations (axe-core)', async () => {
    // Note: evaluated through the DevTools protocol, because the page's CSP (rightly) refuses
    // any injected <script> tag.
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe
      const result = await axe.run(document)
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${(v.nodes as { target: string[] }[]).map((n) => n.target.join(" ")).join(", ")})`)
    })
    expect(violations).toEqual([])
  })

  it('removes a source and closes its tab', async () => {
    await page.locator('button.source-item', { hasText: 'open-council-social-media.txt' }).click()
    await page.getByRole('button', { name: 'Remove from library' }).click()
    await expect.poll(() => page.locator('.statusbar').getByRole('status').textContent()).toContain('Removed “Riverside Borough Council: Using')
    expect(await page.getByRole('tab', { name: /Riverside Borough Council: Using/ }).count()).toBe(0)
    expect(await page.locator('.statusbar').textContent()).toContain('2 sources')
  })

  it('logged no errors, CSP violations or failed requests', () => {
    expect(problems).toEqual([])
  })
})
