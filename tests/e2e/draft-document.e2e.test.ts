/**
 * End to end: writing a draft in the Draft tab, at a laptop's 1366x768 and a small 1024x680.
 * Clauses come from a source (by button and by drag), the source marks them, a section and a
 * clause of one's own are added, an edit shows a true redline, a clause moves by keyboard,
 * undo and redo, a named version; no serious accessibility violation on the way.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'
import { describeInBrowser, openApp, type OpenApp } from './support/app'

const corpus = (name: string): string => path.join(repoRoot, 'corpus', name)

async function seriousViolations(page: Page): Promise<string[]> {
  // Note: evaluated through the DevTools protocol, because the page's CSP refuses injected scripts.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document)
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 680 },
]) {
  const size = `${viewport.width}x${viewport.height}`
  describeInBrowser(`writing a draft as a document at ${size}`, () => {
    let app: OpenApp

    beforeAll(async () => {
      app = await openApp({ viewport })
      // A step that cannot happen fails with its locator, well inside the test's own timeout.
      app.page.setDefaultTimeout(5000)
    })
    afterAll(async () => {
      await app?.close()
    })

    it('adds clauses from a source, by button and by drag, and the source marks them', { timeout: 45_000 }, async () => {
      const { page } = app
      // An empty library stays open even on a small screen, where a library with sources steps
      // aside (see the compare journey): importing is all there is to do, and its report shows there.
      // Note: polled, since the library decides once its list has loaded.
      await expect.poll(() => page.getByRole('button', { name: 'Hide the library' }).count()).toBe(1)
      expect(await page.getByRole('button', { name: 'Show the library' }).count()).toBe(0)
      await page.getByRole('navigation', { name: 'Library' }).locator('input[type=file]').setInputFiles([corpus('riverside-social-media-policy-v1.0.pdf'), corpus('northmoor-social-media-policy.md')])
      await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v1.0.pdf' }).waitFor({ timeout: 30_000 }) // importing a PDF on a busy machine
      const draftPane = page.getByRole('complementary', { name: 'Your draft' })
      await draftPane.getByRole('button', { name: 'Start a new draft' }).click()
      await expect.poll(() => page.getByRole('tab', { name: 'Draft', exact: true }).getAttribute('aria-selected')).toBe('true')

      await page.locator('button.source-item', { hasText: 'riverside-social-media-policy-v1.0.pdf' }).click()
      const panel = page.getByRole('tabpanel')
      const clause = panel.locator('.clause', { hasText: 'notice of election' })
      await clause.hover()
      await clause.getByRole('button', { name: 'Add to draft' }).click()
      await expect.poll(() => clause.locator('.in-draft').textContent()).toBe('in your draft as 1.1')
      const outline = draftPane.getByRole('navigation', { name: 'Outline of the draft' })
      await outline.getByRole('button', { name: /^1\.1 / }).waitFor()

      // Dropped before 1.1 in the outline: it becomes 1.1 and the first moves to 1.2.
      const other = panel.locator('.clause').nth(1)
      await other.dragTo(outline.getByRole('button', { name: /^1\.1 / }), { targetPosition: { x: 10, y: 2 } })
      await expect.poll(() => outline.getByRole('button').count()).toBe(2)
      await expect.poll(() => clause.locator('.in-draft').textContent()).toBe('in your draft as 1.2')
      expect(await other.locator('.in-draft').textContent()).toBe('in your draft as 1.1')
      await app.shot(`draft-source-marks-${size}`)
    })

    it('resizes and collapses panes by keyboard, remembered in the workspace', async () => {
      const { page, service } = app
      const separator = page.getByRole('separator', { name: 'Resize the draft pane' })
      const before = Number(await separator.getAttribute('aria-valuenow'))
      await separator.focus()
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      expect(Number(await separator.getAttribute('aria-valuenow'))).toBe(before + 32)
      await expect.poll(async () => (await service.getSettings()).outlineWidth).toBe(before + 32)
      const box = await page.getByRole('complementary', { name: 'Your draft' }).boundingBox()
      expect(Math.round(box!.width)).toBe(before + 32)
      if (viewport.width < 1180) {
        await page.getByRole('button', { name: 'Hide the library' }).click()
        await expect.poll(async () => (await service.getSettings()).libraryCollapsed).toBe(true)
        expect(await page.getByRole('navigation', { name: 'Library' }).isVisible()).toBe(false)
      }
    })

    it('writes in the document: a section, a clause of one\'s own, an edit with a redline', async () => {
      const { page } = app
      await page.getByRole('tab', { name: 'Draft', exact: true }).click()
      const doc = page.getByRole('tabpanel').locator('.draft-doc')
      // Pressed twice before the first new section is back (a space typed too soon): one section.
      await doc.getByRole('button', { name: 'Add a section' }).evaluate((button: HTMLButtonElement) => {
        button.click()
        button.click()
      })
      const heading = doc.getByRole('textbox', { name: 'Heading of section 2' })
      // The new heading takes the focus, so the author types it at once (spaces no longer press
      // "Add a section" again).
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.type('Our own rules')
      expect(await doc.locator('section.draft-doc-section').count()).toBe(2)
      expect(await heading.inputValue()).toBe('Our own rules')
      await heading.blur()
      await doc.getByRole('button', { name: 'Write a new clause in section 2' }).click()
      const mine = doc.getByRole('textbox', { name: 'Clause 2.1', exact: true })
      await expect.poll(() => mine.evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.type('Staff tell their manager before they speak for the council online.')
      await mine.blur()

      const adapted = doc.getByRole('textbox', { name: 'Clause 1.2', exact: true })
      const original = await adapted.inputValue()
      await adapted.fill(original.replace(/^\S+\s+\S+/, 'During elections,'))
      await adapted.blur()
      const item = doc.locator('li.draft-clause').nth(1) // 1.2, the first clause added
      await expect.poll(() => item.locator('.state-badge').textContent()).toBe('Adapted')
      await item.getByRole('button', { name: 'Show changes' }).click()
      expect(await item.locator('.draft-diff del').count()).toBeGreaterThan(0)
      expect(await item.locator('.draft-diff ins').count()).toBeGreaterThan(0)
      // Struck through and underlined: the change is in the text, not colour alone.
      expect(await item.locator('.draft-diff del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through')
      expect(await item.locator('.draft-diff ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline')
      // The margin note sits beside the text, not over it.
      const text = await adapted.boundingBox()
      const origin = await item.locator('.origin').boundingBox()
      expect(text && origin).toBeTruthy()
      if (viewport.width >= 1366) expect(origin!.x).toBeGreaterThanOrEqual(text!.x + text!.width)
      else expect(origin!.x + origin!.width <= text!.x || origin!.x >= text!.x + text!.width || origin!.y >= text!.y + text!.height || origin!.y + origin!.height <= text!.y).toBe(true)
      await app.shot(`draft-document-${size}`)
    })

    it('moves a clause by keyboard, undoes and redoes it, and saves a version', async () => {
      const { page } = app
      const doc = page.getByRole('tabpanel').locator('.draft-doc')
      const draftPane = page.getByRole('complementary', { name: 'Your draft' })
      const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')
      // The whole document is ONE Tab stop (issue 10), then its stop's first tool and "Add a section".
      const stops = await doc.evaluate((el) => [...el.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled).length)
      expect(stops).toBe(3)
      expect(await doc.locator('[data-draft-item][tabindex="0"]').count()).toBe(1)
      await doc.locator('[data-draft-item][tabindex="0"]').focus()
      // Headings and clauses are one list: Home, then Down through them all; each says its number, words and provenance.
      await page.keyboard.press('Home')
      const heard: string[] = [await focused()]
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('ArrowDown')
        heard.push(await focused())
      }
      expect(heard[0]).toMatch(/^Section 1: /)
      expect(heard[1]).toMatch(/^Clause 1\.1: .+ As in .+\.$/)
      expect(heard[2]).toMatch(/^Clause 1\.2: During elections, .+ Adapted from .+\.$/)
      expect(heard[3]).toBe('Section 2: Our own rules')
      expect(heard[4]).toBe('Clause 2.1: Staff tell their manager before they speak for the council online. New.')
      expect(heard[5]).toBe(heard[4]) // Down stops at the last
      await page.keyboard.press('Home')
      await page.keyboard.press('End')
      expect(await focused()).toBe(heard[4])
      // Its tools are a toolbar: Tab (or Right) enters, Right moves along, Escape comes back.
      await page.keyboard.press('Tab')
      expect(await focused()).toBe('Add note')
      await page.keyboard.press('ArrowRight')
      expect(await focused()).toBe('Move clause 2.1 up') // Outdent, Indent and Down cannot be pressed: skipped
      await page.keyboard.press('Escape')
      expect(await focused()).toBe(heard[4])
      // Tab past the tools leaves the list; Shift+Tab comes back to the same clause.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      expect(await focused()).toBe('Add a section')
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Shift+Tab')
      expect(await focused()).toBe(heard[4])
      // Enter writes in it (the caret at the end); Escape comes back to the clause, the words kept.
      await page.keyboard.press('Enter')
      expect(await focused()).toBe('Clause 2.1')
      await page.keyboard.type(' Always.')
      await page.keyboard.press('Escape')
      expect(await focused()).toBe('Clause 2.1: Staff tell their manager before they speak for the council online. Always. New.')
      await page.keyboard.press('F2')
      expect(await focused()).toBe('Clause 2.1')
      await page.keyboard.press('Escape')
      // Alt+Up moves it from the clause itself, and the clause keeps the focus where it lands.
      await page.keyboard.press('Alt+ArrowUp')
      const moved = doc.getByRole('textbox', { name: 'Clause 1.3', exact: true })
      await expect.poll(() => moved.inputValue()).toContain('Staff tell their manager')
      await expect.poll(focused).toMatch(/^Clause 1\.3: Staff tell their manager/)
      // And from its text, where the text keeps the focus.
      await page.keyboard.press('Enter')
      await page.keyboard.press('Alt+ArrowDown')
      await expect.poll(() => doc.getByRole('textbox', { name: 'Clause 2.1', exact: true }).inputValue()).toContain('Staff tell their manager')
      expect(await focused()).toBe('Clause 2.1')
      await page.keyboard.press('Alt+ArrowUp')
      await expect.poll(() => moved.inputValue()).toContain('Staff tell their manager')
      expect(await moved.evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.press('Escape')
      // Ctrl+Z on the clause is the draft's Undo (Chromium's own once took " Always." out of the
      // text field last edited, and left the move in place); Ctrl+Y redoes; the focus stays in the list.
      await page.keyboard.press('Control+z')
      await expect.poll(() => doc.getByRole('textbox', { name: 'Clause 2.1', exact: true }).inputValue()).toBe('Staff tell their manager before they speak for the council online. Always.')
      await expect.poll(focused).toMatch(/^Clause 2\.1: Staff tell their manager/)
      await page.keyboard.press('Control+y')
      await expect.poll(() => moved.inputValue()).toBe('Staff tell their manager before they speak for the council online. Always.')
      await draftPane.getByRole('button', { name: 'Undo' }).click()
      await expect.poll(() => doc.getByRole('textbox', { name: 'Clause 2.1', exact: true }).inputValue()).toContain('Staff tell their manager')
      await draftPane.getByRole('button', { name: 'Redo' }).click()
      await expect.poll(() => doc.getByRole('textbox', { name: 'Clause 1.3', exact: true }).inputValue()).toContain('Staff tell their manager')

      // The outline moves it back by keyboard too.
      const outline = draftPane.getByRole('navigation', { name: 'Outline of the draft' })
      // One Tab stop for the outline too: Up / Down between clauses, Enter opens one in the document.
      expect(await outline.locator('button[tabindex="0"]').count()).toBe(1)
      expect(await outline.locator('button:not([tabindex="-1"])').count()).toBe(1)
      await outline.getByRole('button', { name: /^1\.3 Staff/ }).focus()
      await page.keyboard.press('ArrowUp')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^1\.2 During elections/)
      expect(await outline.getByRole('button', { name: /^1\.2 / }).getAttribute('tabindex')).toBe('0')
      await page.keyboard.press('Enter')
      await expect.poll(focused).toMatch(/^Clause 1\.2: During elections/)
      await outline.getByRole('button', { name: /^1\.2 / }).focus()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Alt+ArrowDown')
      await outline.getByRole('button', { name: /^2\.1 Staff/ }).waitFor()
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^2\.1 Staff/)

      await draftPane.getByRole('button', { name: 'Versions' }).click()
      await draftPane.getByRole('textbox', { name: 'Name of the new version' }).fill('0.1, first go')
      await draftPane.getByRole('button', { name: 'Save version' }).click()
      await draftPane.getByText('0.1, first go').waitFor()
      // Closing says what it closes, and that the draft is kept; it comes back from the list.
      const close = draftPane.getByRole('button', { name: 'Close draft', exact: true })
      expect(await close.getAttribute('title')).toBe('The draft stays in your workspace: open it again from this pane.')
      await app.shot(`draft-versions-${size}`)

      // The draft's toolbar is one Tab stop: Left / Right move along it, passing over a disabled tool.
      const toolbar = draftPane.getByRole('toolbar', { name: 'Draft' })
      expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1)
      await toolbar.getByRole('button', { name: 'Versions' }).focus()
      await page.keyboard.press('ArrowRight')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check')
      await page.keyboard.press('End')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close draft')
      await page.keyboard.press('Home')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo')
      expect(await toolbar.locator('button[tabindex="0"]').textContent()).toBe('Undo')
    })

    it('has no serious accessibility violations and logged no errors', async () => {
      expect(await seriousViolations(app.page)).toEqual([])
      expect(app.problems).toEqual([])
    })
  })
}
