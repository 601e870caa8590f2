/**
 * The way a user starts a comparison from the library: open one source, then choose the other
 * in "Compare with another source". The Compare button is left to the test, which may set
 * something up before the click (a trace, frames held).
 */
import type { Page } from 'playwright-core'

export async function chooseComparison(page: Page, sourceItem: string, otherLabel: string): Promise<void> {
  await page.locator('button.source-item', { hasText: sourceItem }).click()
  await page.getByRole('combobox', { name: 'Compare with another source' }).selectOption({ label: otherLabel })
}
