/**
 * Dragging a clause into the draft from every view that shows one (issue 10: "Drag a clause
 * from a source, a comparison row, a coverage cell or a family into the draft at a position").
 * The source's drag is in draft-document.e2e.test.ts; here a comparison row, a coverage cell's
 * wordings and a family, each dropped at a place in the outline, land there with provenance.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser, openApp, type OpenApp } from './support/app'
import { chooseComparison } from './support/compare-choice'
import { loadCorpus } from './support/corpus'

describeInBrowser('dragging clauses into the draft from compare, coverage and families', () => {
  let app: OpenApp
  const draftClauses = async () => {
    const [summary] = await app.service.listDrafts()
    const { draft } = await app.service.getDraft({ id: summary!.id })
    return draft.sections.flatMap((s) => s.clauses.map((c) => ({ text: c.text, from: c.origin?.sourceTitle ?? null })))
  }

  beforeAll(async () => {
    app = await openApp()
    app.page.setDefaultTimeout(15_000)
    await loadCorpus(app)
    await app.page.getByRole('complementary', { name: 'Your draft' }).getByRole('button', { name: 'Start a new draft' }).click()
  }, 90_000)
  afterAll(async () => app?.close())

  it('drops a comparison row\'s B side, a coverage wording and a family\'s representative where they are let go', { timeout: 60_000 }, async () => {
    const { page } = app
    const outline = page.getByRole('complementary', { name: 'Your draft' }).getByRole('navigation', { name: 'Outline of the draft' })

    // A comparison row: its B side, dropped on the empty section, is the draft's first clause.
    await chooseComparison(page, 'riverside-social-media-policy-v0.3.docx', 'Riverside Borough Council Social Media Policy (PDF)')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const side = page.getByRole('tabpanel').locator('.cmp-side.cmp-b[draggable="true"]').first()
    const bText = (await side.locator('.cmp-text').textContent())!.trim()
    await side.dragTo(outline.locator('li[data-section-id]').first())
    await expect.poll(() => outline.getByRole('button').count()).toBe(1)
    expect(await draftClauses()).toEqual([{ text: bText, from: 'Riverside Borough Council Social Media Policy' }])

    // A coverage cell's wordings: one dropped before 1.1 becomes 1.1.
    await page.getByRole('button', { name: 'Coverage', exact: true }).click()
    const coverage = page.getByRole('region', { name: 'Coverage: topics by source' })
    await coverage.getByRole('gridcell').first().click()
    const wording = page.getByRole('region', { name: /^Wordings on / }).locator('.wording-clauses > li[draggable="true"]').first()
    const wText = (await wording.locator('.wording-text').textContent())!.trim()
    await wording.dragTo(outline.getByRole('button', { name: /^1\.1 / }), { targetPosition: { x: 10, y: 2 } })
    await expect.poll(() => outline.getByRole('button').count()).toBe(2)
    expect((await draftClauses()).map((c) => c.text)).toEqual([wText, bText])

    // A family: its representative dropped after the last clause becomes 1.3.
    await page.getByRole('button', { name: 'Families', exact: true }).click()
    const family = page.getByRole('tabpanel').locator('.family-text[draggable="true"]').first()
    const fText = (await family.textContent())!.trim()
    const last = outline.getByRole('button', { name: /^1\.2 / })
    const box = (await last.boundingBox())!
    await family.dragTo(last, { targetPosition: { x: 10, y: box.height - 2 } })
    await expect.poll(() => outline.getByRole('button').count()).toBe(3)
    const after = await draftClauses()
    expect(after.map((c) => c.text)).toEqual([wText, bText, fText])
    // Every one keeps where it came from.
    expect(after.every((c) => c.from !== null)).toBe(true)
    expect(app.problems).toEqual([])
  })
})
