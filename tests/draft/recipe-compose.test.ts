/**
 * composeDraft builds a recipe's draft in one pass; the draft must be the one the UI's actions
 * make (the way it was built before: the new draft's section renamed, then add-section,
 * add-clause / add-source-clause and set-note for each entry, as one batch through the
 * reducer). Held to it field for field, key order included, with the same ids and clock calls,
 * on generated recipes, including what the reducer skips (headings, texts and notes past the
 * limits, which a Recipe built in code rather than read from a file may hold).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyDraftAction, composeDraft, createDraft, DRAFT_LIMITS as L, type DraftContext, type Recipe, type ResolveClause, type SimpleDraftAction } from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import type { Draft } from '../../src/shared/model'
import { SOURCE_A, SOURCE_B, testContext } from './support'

/** The draft through the reducer's actions, as composeDraft built it before (errors left out: tested in recipe.test.ts). */
function byActions(recipe: Recipe, resolve: ResolveClause, ctx: DraftContext): Draft {
  const start = createDraft(ctx, { ...recipe.metadata, title: recipe.title })
  const actions: SimpleDraftAction[] = []
  recipe.sections.forEach((section, s) => {
    const sectionId = s === 0 ? start.sections[0]!.id : ctx.newId()
    actions.push(s === 0 ? { type: 'rename-section', sectionId, heading: section.heading } : { type: 'add-section', id: sectionId, index: s, heading: section.heading })
    section.clauses.forEach((clause, index) => {
      const id = ctx.newId()
      const at = { sectionId, index }
      const level = clause.level === undefined ? {} : { level: clause.level }
      if ('text' in clause) actions.push({ type: 'add-clause', id, at, text: clause.text, ...level })
      else {
        const found = resolve(clause.from) as Exclude<ReturnType<ResolveClause>, WorkbenchError>
        actions.push({ type: 'add-source-clause', id, at, source: { ...found }, ...level })
      }
      if (clause.note) actions.push({ type: 'set-note', clauseId: id, note: clause.note })
    })
  })
  return applyDraftAction(start, { type: 'batch', label: 'compose from recipe', actions }, ctx)
}

const resolve: ResolveClause = (from) => (from.clauseId === 'b' ? SOURCE_B : { ...SOURCE_A, clauseId: from.clauseId, text: from.file === 'long' ? 'x'.repeat(L.textChars) : SOURCE_A.text })

const text = fc.oneof({ weight: 5, arbitrary: fc.string({ maxLength: 5 }) }, { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(L.textChars), 'x'.repeat(L.textChars + 1)) })
const clause = fc.oneof(
  fc.record({ text, note: fc.constantFrom('', 'n', 'x'.repeat(L.noteChars), 'x'.repeat(L.noteChars + 1)), level: fc.constantFrom(1, 2, 3) }, { requiredKeys: ['text'] }),
  fc.record({ from: fc.record({ file: fc.constantFrom('a.md', 'long'), clauseId: fc.constantFrom('a', 'b') }), note: fc.constantFrom('', 'n'), level: fc.constantFrom(1, 2, 3) }, { requiredKeys: ['from'] }),
)
const recipe: fc.Arbitrary<Recipe> = fc.record({
  title: fc.constantFrom('Policy', 'Untitled draft'),
  metadata: fc.record({ organisation: fc.constantFrom('', 'Eastbrook'), status: fc.constantFrom('draft' as const, 'approved' as const), reviewDue: fc.constantFrom(null, '2027-03-31') }, { requiredKeys: [] }),
  sections: fc.array(fc.record({ heading: fc.constantFrom('', 'One', 'x'.repeat(L.headingChars), 'x'.repeat(L.headingChars + 1)), clauses: fc.array(clause, { maxLength: 4 }) }), { maxLength: 4 }),
})

function same(r: Recipe): void {
  const [a, b] = [testContext(), testContext()]
  const expected = byActions(r, resolve, a)
  const actual = composeDraft(r, resolve, b)
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
  // The same ids drawn and the clock read as often (the next id and tick agree).
  expect([b.newId(), b.ticks()]).toEqual([a.newId(), a.ticks()])
}

describe('composeDraft in one pass', () => {
  it('gives the draft the reducer makes from the recipe, on generated recipes', () => {
    fc.assert(fc.property(recipe, same), { numRuns: 1500 })
  })

  it('gives it for recipes that change nothing, and past the draft size limits', () => {
    for (const sections of [[], [{ heading: '', clauses: [] }], [{ heading: 'x'.repeat(L.headingChars + 1), clauses: [] }], [{ heading: '', clauses: [] }, { heading: 'x'.repeat(L.headingChars + 1), clauses: [] }]]) {
      same({ title: 'Untitled draft', metadata: {}, sections })
    }
    same({ title: 'Big', metadata: {}, sections: Array.from({ length: L.sections + 2 }, (_, i) => ({ heading: `S${i}`, clauses: i === L.sections ? [{ text: 'past the limit' }] : [] })) })
    same({ title: 'Big', metadata: {}, sections: [{ heading: 'A', clauses: Array.from({ length: L.clauses - 1 }, () => ({ text: 'x' })) }, { heading: 'B', clauses: [{ text: 'last' }, { text: 'one too many' }, { from: { file: 'a.md', clauseId: 'b' } }] }] })
  })
})
