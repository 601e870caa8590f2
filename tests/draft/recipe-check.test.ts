/**
 * The hand check of compose recipes (recipe-check.ts) against the schema (recipe-schema.ts),
 * the authority: the same verdict on every recipe, generated near the edge of each rule (types,
 * unknown fields, lengths at and past each limit, trimmed titles, dates, levels, "from"), and
 * the same Recipe back; readRecipe, which loads the schema only for what the hand check
 * refuses, answers as parseRecipe does, in the same words.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DRAFT_LIMITS as L, parseRecipe, readRecipe } from '../../src/shared/draft'
import { checkRecipe } from '../../src/shared/draft/recipe-check'
import { recipeSchema } from '../../src/shared/draft/recipe-schema'
import { recipeFromChecked } from '../../src/shared/draft/recipe-text'

const WRONG = fc.constantFrom<unknown>(null, 0, 1, 2, 3, 4, 1.5, -1, true, false, '', 'x', [], {}, ['x'])
/** Text near a limit: short, blank, padded, exactly `max`, one past it; or not text at all. */
const textNear = (max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '  a  ', '\t\n', 'x'.repeat(max), 'x'.repeat(max + 1), ` ${'x'.repeat(max)} `, ` ${'x'.repeat(max - 1)}`) },
    { weight: 1, arbitrary: WRONG },
  )
const from = fc.oneof(
  fc.constantFrom('northmoor.md#4.2', 'a#b#c', 'f#', '#x', ' # ', 'no hash', ' f.md # 1 ', `${'f'.repeat(L.fieldChars + L.idChars - 2)}#1`, `${'f'.repeat(L.fieldChars + L.idChars)}#1`),
  fc.string({ maxLength: 6 }),
  WRONG,
)
const level = fc.constantFrom<unknown>(1, 2, 3, 0, 4, 1.5, '1', null, true)
const clause = fc.oneof(
  { weight: 6, arbitrary: fc.record({ from, text: textNear(L.textChars), note: textNear(L.noteChars), level, extra: WRONG }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: WRONG },
)
const date = fc.constantFrom<unknown>('2026-03-12', '2024-02-29', '2026-02-29', '2026-13-01', '2026-3-12', '12/03/2026', '', null, 5)
const metadata = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        organisation: textNear(L.fieldChars),
        version: textNear(L.fieldChars),
        status: fc.constantFrom<unknown>('draft', 'consultation', 'approved', 'superseded', 'Draft', '', null),
        owner: textNear(L.fieldChars),
        approver: textNear(L.fieldChars),
        committee: textNear(L.fieldChars),
        approvedOn: date,
        reviewDue: date,
        title: fc.constant('not allowed here'),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: WRONG },
)
const section = fc.oneof(
  { weight: 6, arbitrary: fc.record({ heading: textNear(L.headingChars), clauses: fc.oneof({ weight: 6, arbitrary: fc.array(clause, { maxLength: 4 }) }, { weight: 1, arbitrary: WRONG }), extra: WRONG }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: WRONG },
)
const recipe = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      { title: textNear(L.fieldChars), metadata, sections: fc.oneof({ weight: 6, arbitrary: fc.array(section, { maxLength: 3 }) }, { weight: 1, arbitrary: WRONG }), format: fc.constantFrom('other', 1) },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: WRONG },
)
/** Mostly-valid recipes, so that both verdicts come up often (the free generator mostly refuses). */
const likely = fc.record({
  title: fc.constantFrom('Policy', '  Policy  ', 'x'.repeat(L.fieldChars)),
  metadata: fc.record({ organisation: fc.string({ maxLength: 4 }), status: fc.constantFrom('draft', 'approved'), reviewDue: fc.constantFrom('2027-03-31', null) }, { requiredKeys: [] }),
  sections: fc.array(
    fc.record({
      heading: fc.string({ maxLength: 4 }),
      clauses: fc.array(fc.oneof(fc.record({ text: fc.string({ maxLength: 4 }), level: fc.constantFrom(1, 2, 3) }, { requiredKeys: ['text'] }), fc.record({ from: fc.constantFrom('a.md#1', 'b#c.md#x'), note: fc.string({ maxLength: 3 }) }, { requiredKeys: ['from'] })), { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
})

/** Every value some rule sits on the edge of: wrong types, lengths at and past each limit, dates, levels, "from". */
const EDGES: unknown[] = [
  ...[null, 0, 1, 2, 3, 4, 1.5, true, '', ' ', '  a  ', [], {}, undefined],
  ...[L.fieldChars, L.headingChars, L.noteChars, L.textChars, L.fieldChars + L.idChars].flatMap((n) => ['x'.repeat(n), 'x'.repeat(n + 1), ` ${'x'.repeat(n - 1)} `]),
  ...['2026-03-12', '2024-02-29', '2026-02-29', '2026-13-01', '12/03/2026'],
  ...['draft', 'approved', 'Draft', 'superseded'],
  ...['a.md#1', 'f#', '#x', ' # ', 'no hash', 'a#b#c', `${'f'.repeat(L.fieldChars + L.idChars - 2)}#1`],
]
const FIELDS = ['title', 'metadata', 'sections', 'organisation', 'status', 'approvedOn', 'reviewDue', 'heading', 'clauses', 'from', 'text', 'note', 'level', 'unknown']

/** Where one change can go in `json`: each object (a field set, removed or added) and each list entry. */
function places(json: unknown, out: { parent: Record<string, unknown> | unknown[] }[] = []): typeof out {
  if (Array.isArray(json) || (typeof json === 'object' && json !== null)) {
    out.push({ parent: json as Record<string, unknown> })
    for (const v of Object.values(json)) places(v, out)
  }
  return out
}

/** A valid-looking recipe with exactly one thing changed to an edge value (or a field removed). */
const oneChange = fc.tuple(likely, fc.nat(), fc.constantFrom(...FIELDS), fc.nat({ max: EDGES.length }), fc.nat()).map(([base, at, field, edge, entry]) => {
  const json = structuredClone(base) as unknown
  const all = places(json)
  const { parent } = all[at % all.length]!
  if (Array.isArray(parent)) {
    if (parent.length > 0) parent[entry % parent.length] = EDGES[edge]
  } else if (edge === EDGES.length) delete parent[field]
  else parent[field] = EDGES[edge]
  return json
})

function agrees(json: unknown): boolean {
  const schema = recipeSchema.safeParse(json)
  const hand = checkRecipe(json)
  expect(hand !== null, JSON.stringify(json)?.slice(0, 300)).toBe(schema.success)
  if (hand && schema.success) expect(JSON.stringify(recipeFromChecked(hand))).toBe(JSON.stringify(recipeFromChecked(schema.data)))
  return schema.success
}

describe('the hand check of a compose recipe', () => {
  it('gives the schema verdict and recipe on generated recipes near every rule', () => {
    let valid = 0
    let invalid = 0
    fc.assert(
      fc.property(fc.oneof(recipe, likely, oneChange, oneChange), (json) => {
        if (agrees(json)) valid++
        else invalid++
      }),
      { numRuns: 6000 },
    )
    // Both verdicts were exercised, many times each.
    expect(valid).toBeGreaterThan(300)
    expect(invalid).toBeGreaterThan(300)
  })

  it('gives the schema verdict for every single change to a valid recipe: each field of each object, each edge value', () => {
    const base = {
      title: 'Policy',
      metadata: { organisation: 'Eastbrook', status: 'draft', reviewDue: '2027-03-31' },
      sections: [{ heading: 'One', clauses: [{ text: 'Keep accounts apart.', level: 2 }, { from: 'a.md#4.2', note: 'Ours' }] }],
    }
    let cases = 0
    for (let at = 0; at < places(base).length; at++) {
      for (const field of FIELDS) {
        for (let edge = 0; edge <= EDGES.length; edge++) {
          const json = structuredClone(base) as unknown
          const { parent } = places(json)[at]!
          if (Array.isArray(parent)) parent[0] = EDGES[edge]
          else if (edge === EDGES.length) delete parent[field]
          else parent[field] = EDGES[edge]
          agrees(json)
          cases++
        }
      }
    }
    expect(cases).toBeGreaterThan(3000)
  })

  it('agrees at the size limits: sections, clauses in a section, clauses in all', () => {
    const text = { text: 'x' }
    const sections = (n: number, clauses: number) => ({ title: 'T', sections: Array.from({ length: n }, () => ({ heading: '', clauses: Array.from({ length: clauses }, () => text) })) })
    expect(agrees(sections(L.sections, 0))).toBe(true)
    expect(agrees(sections(L.sections + 1, 0))).toBe(false)
    expect(agrees(sections(1, L.clauses))).toBe(true)
    expect(agrees(sections(1, L.clauses + 1))).toBe(false)
    expect(agrees(sections(2, L.clauses / 2))).toBe(true)
    expect(agrees({ title: 'T', sections: [{ heading: '', clauses: Array(L.clauses / 2).fill(text) }, { heading: '', clauses: Array(L.clauses / 2 + 1).fill(text) }] })).toBe(false)
  })

  it('reads a recipe file as parseRecipe does: the same recipe, or the same error in the same words', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(recipe, likely, oneChange), async (json) => {
        const text = JSON.stringify(json) ?? 'undefined'
        let expected: unknown
        try {
          expected = { recipe: parseRecipe(text, 'r.json') }
        } catch (error) {
          expected = { error: String(error), code: (error as { code?: string }).code }
        }
        let actual: unknown
        try {
          actual = { recipe: await readRecipe(text, 'r.json') }
        } catch (error) {
          actual = { error: String(error), code: (error as { code?: string }).code }
        }
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
      }),
      { numRuns: 400 },
    )
  })
})
