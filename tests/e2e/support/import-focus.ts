/**
 * Where the keyboard focus is while an import runs (issue 10: it once fell to the page while
 * files landed): recorded in the page at every change of the DOM while the import report says
 * "Importing…", as "page", "report" (in the import report), or the focused element's words.
 */
import type { Page } from 'playwright-core'

export async function watchImportFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { importFocus: string[] }).importFocus = seen
    new MutationObserver(() => {
      if (!document.querySelector('#import-report-heading')?.textContent?.startsWith('Importing')) return
      const active = document.activeElement
      const where = !active || active === document.body ? 'page' : active.closest('.import-report') ? 'report' : (active.getAttribute('aria-label') ?? active.textContent ?? active.tagName)
      if (seen.at(-1) !== where) seen.push(where)
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
}

/** Each place the focus was in while the import ran, in order, without repeats. */
export const importFocusSeen = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { importFocus: string[] }).importFocus)
