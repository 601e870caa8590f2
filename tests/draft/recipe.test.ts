/**
 * Compose recipes: every mistake a person typing one can make is named with its JSON path,
 * and a small recipe becomes the draft it describes, through the reducer's actions.
 */
import { describe, expect, it } from 'vitest'
import { clauseState, composeDraft, DRAFT_LIMITS, draftLabels, parseRecipe, recipeFiles, resolveFromSources, type RecipeClauseRef, type RecipeSources, type SourceClauseRef } from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import type { Clause } from '../../src/shared/model'
import { testSource } from '../support/sources'
import { SOURCE_A, SOURCE_B, testContext } from './support'

const NAME = 'eastbrook.recipe.json'

const recipeText = JSON.stringify({
  title: 'Eastbrook staff social media policy',
  metadata: { organisation: 'Eastbrook Borough Council', version: '0.2', status: 'consultation', reviewDue: '2026-04-01' },
  sections: [
    {
      heading: 'Your own accounts',
      clauses: [{ from: 'northmoor.md#aaaaaaaaaaaaaaaa.7' }, { text: 'Tell your manager if a post about you causes concern.', note: 'Ours' }],
    },
    { heading: 'Elections', clauses: [{ from: 'guidance#2024.odt#bbbbbbbbbbbbbbbb.3' }] },
  ],
})

const library: Record<string, SourceClauseRef> = {
  'northmoor.md#aaaaaaaaaaaaaaaa.7': SOURCE_A,
  'guidance#2024.odt#bbbbbbbbbbbbbbbb.3': SOURCE_B,
}
const resolve = (from: RecipeClauseRef): SourceClauseRef | WorkbenchError =>
  library[`${from.file}#${from.clauseId}`] ?? new WorkbenchError('not-found', `${from.file} has no clause ${from.clauseId}`, from.file)

function problem(text: string): string {
  try {
    parseRecipe(text, NAME)
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    expect((error as WorkbenchError).file).toBe(NAME)
    return `${(error as WorkbenchError).code}: ${(error as WorkbenchError).message}`
  }
  throw new Error('expected an error')
}

describe('parseRecipe', () => {
  it('reads a recipe, splitting each "from" at its last #', () => {
    const recipe = parseRecipe(recipeText, NAME)
    expect(recipe.sections[1]!.clauses[0]).toEqual({ from: { file: 'guidance#2024.odt', clauseId: 'bbbbbbbbbbbbbbbb.3' } })
    expect(recipe.sections[0]!.clauses[1]).toEqual({ text: 'Tell your manager if a post about you causes concern.', note: 'Ours' })
    expect(recipe.metadata).toEqual({ organisation: 'Eastbrook Borough Council', version: '0.2', status: 'consultation', reviewDue: '2026-04-01' })
    expect(recipeFiles(recipe)).toEqual(['northmoor.md', 'guidance#2024.odt'])
  })

  it.each([
    ['an empty file', '', `empty-file: ${NAME} is empty.`],
    ['broken JSON', '{\n  "title": "T",\n  "sections": [\n}', `invalid-request: ${NAME} is not a valid compose recipe: the JSON is broken at line 4, column 1.`],
    ['a draft file', '{"format": "policy-workbench-draft"}', `invalid-request: ${NAME} is a draft file, not a compose recipe: open it as a draft instead.`],
    ['not an object', '"hello"', `invalid-request: ${NAME} is not a valid compose recipe:\n- the file should be an object`],
    ['no title and no sections', '{}', `invalid-request: ${NAME} is not a valid compose recipe:\n- title is missing\n- sections is missing`],
    ['an empty title', '{"title": "  ", "sections": []}', `invalid-request: ${NAME} is not a valid compose recipe:\n- title is empty`],
    [
      'a misspelt field',
      '{"title": "T", "sections": [{"heading": "H", "clauses": [{"form": "a.md#1"}]}]}',
      `invalid-request: ${NAME} is not a valid compose recipe:\n- sections[0].clauses[0] has an unknown field "form"\n- sections[0].clauses[0] should give "from" (FILE#CLAUSE-ID) or "text"`,
    ],
    [
      'both from and text',
      '{"title": "T", "sections": [{"heading": "H", "clauses": [{"from": "a.md#1", "text": "x"}]}]}',
      `invalid-request: ${NAME} is not a valid compose recipe:\n- sections[0].clauses[0] should give "from" or "text", not both`,
    ],
    [
      'a from without a clause id',
      '{"title": "T", "sections": [{"heading": "H", "clauses": [{"from": "a.md"}, {"from": "b.md#"}]}]}',
      `invalid-request: ${NAME} is not a valid compose recipe:\n- sections[0].clauses[0].from should look like FILE#CLAUSE-ID, not "a.md"\n- sections[0].clauses[1].from should look like FILE#CLAUSE-ID, not "b.md#"`,
    ],
    [
      'wrong types and values in metadata',
      '{"title": "T", "metadata": {"status": "published", "approvedOn": "May 2025", "title": "X"}, "sections": [{"heading": 3, "clauses": []}]}',
      `invalid-request: ${NAME} is not a valid compose recipe:\n- metadata.status should be "draft" or "consultation" or "approved" or "superseded"\n- metadata.approvedOn should be a date written YYYY-MM-DD\n- metadata has an unknown field "title"\n- sections[0].heading should be text`,
    ],
  ])('names the problem: %s', (_, text, expected) => {
    expect(problem(text)).toBe(expected)
  })
})

it('counts the clauses of all sections together against the draft limit', () => {
  const half = Array.from({ length: DRAFT_LIMITS.clauses / 2 + 1 }, () => ({ text: 'x' }))
  const text = JSON.stringify({ title: 'T', sections: [{ heading: 'A', clauses: half }, { heading: 'B', clauses: half }] })
  expect(problem(text)).toContain(`sections hold ${DRAFT_LIMITS.clauses + 2} clauses; a draft may have at most ${DRAFT_LIMITS.clauses}`)
})

describe('composeDraft', () => {
  it('builds the draft the recipe describes, with provenance and notes', () => {
    const draft = composeDraft(parseRecipe(recipeText, NAME), resolve, testContext())
    expect(draft.metadata).toMatchObject({ title: 'Eastbrook staff social media policy', organisation: 'Eastbrook Borough Council', version: '0.2', status: 'consultation', reviewDue: '2026-04-01' })
    expect(draft.sections.map((s) => [s.heading, s.clauses.map((c) => [c.text, c.note, clauseState(c)])])).toEqual([
      [
        'Your own accounts',
        [
          [SOURCE_A.text, '', 'verbatim'],
          ['Tell your manager if a post about you causes concern.', 'Ours', 'new'],
        ],
      ],
      ['Elections', [[SOURCE_B.text, '', 'verbatim']]],
    ])
    expect(draft.sections[1]!.clauses[0]!.origin).toEqual({ ...SOURCE_B, text: undefined, originalText: SOURCE_B.text, label: null })
    expect(Object.values(draftLabels(draft).clauses)).toEqual(['1.1', '1.2', '2.1'])
  })

  it('is deterministic for the same context', () => {
    const recipe = parseRecipe(recipeText, NAME)
    expect(composeDraft(recipe, resolve, testContext())).toEqual(composeDraft(recipe, resolve, testContext()))
  })

  it('an empty recipe is a draft with one empty section', () => {
    const draft = composeDraft(parseRecipe('{"title": "T", "sections": []}', NAME), resolve, testContext())
    expect(draft.sections).toEqual([{ id: 'id-2', heading: '', clauses: [] }])
  })

  it('lists every clause it cannot find, in one error', () => {
    const text = JSON.stringify({
      title: 'T',
      sections: [
        { heading: 'A', clauses: [{ from: 'northmoor.md#nope.1' }, { from: 'northmoor.md#aaaaaaaaaaaaaaaa.7' }] },
        { heading: 'B', clauses: [{ from: 'missing.docx#x.2' }] },
      ],
    })
    const thrower = (from: RecipeClauseRef): SourceClauseRef => {
      if (from.file === 'missing.docx') throw new WorkbenchError('not-found', 'missing.docx is not there', 'missing.docx')
      return resolve(from) as SourceClauseRef
    }
    let caught: unknown
    try {
      composeDraft(parseRecipe(text, NAME), (f) => (f.file === 'missing.docx' ? thrower(f) : resolve(f)), testContext(), NAME)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(WorkbenchError)
    expect((caught as WorkbenchError).toInfo()).toEqual({
      code: 'not-found',
      file: NAME,
      message: `${NAME}: 2 clauses could not be found:\n- sections[0].clauses[0] (northmoor.md#nope.1): northmoor.md has no clause nope.1\n- sections[1].clauses[0] (missing.docx#x.2): missing.docx is not there`,
    })
  })
})

describe('resolveFromSources', () => {
  const clause = (id: string, label: string | null, text: string): Clause => ({ id, sourceId: 'src', section: [], label, level: 0, text, inline: text, topics: [] })
  const policy = testSource('src', [clause('src.1', '4.1', 'Be polite.'), clause('src.2', '(a)', 'First.'), clause('src.3', '(a)', 'Second.')], { title: 'Riverside policy' })
  const sources: RecipeSources = new Map<string, (typeof policy) | WorkbenchError>([
    ['policy.pdf', policy],
    ['broken.docx', new WorkbenchError('damaged-file', 'broken.docx is damaged: it is not a Word document.', 'broken.docx')],
  ])
  const resolve = resolveFromSources(sources)
  const refOf = (c: Clause): SourceClauseRef => ({ sourceId: 'src', sourceTitle: 'Riverside policy', clauseId: c.id, label: c.label, text: c.text })

  it('finds a clause by its id, or by a printed label that names one clause', () => {
    expect(resolve({ file: 'policy.pdf', clauseId: 'src.3' })).toEqual(refOf(policy.clauses[2]!))
    expect(resolve({ file: 'policy.pdf', clauseId: '4.1' })).toEqual(refOf(policy.clauses[0]!))
  })

  it('says why a reference fails: no such clause, a label of several, a file that did not import or was not read', () => {
    const message = (file: string, clauseId: string): unknown => {
      const result = resolve({ file, clauseId })
      return result instanceof WorkbenchError ? [result.code, result.message, result.file] : result
    }
    expect(message('policy.pdf', '9.9')).toEqual(['not-found', '"9.9" is not a clause id or label in policy.pdf.', 'policy.pdf'])
    expect(message('policy.pdf', '(a)')).toEqual(['not-found', '"(a)" labels 2 clauses in policy.pdf; give the id of the one you mean.', 'policy.pdf'])
    expect(message('broken.docx', '1')).toEqual(['damaged-file', 'broken.docx is damaged: it is not a Word document.', 'broken.docx'])
    expect(message('other.md', '1')).toEqual(['not-found', 'other.md was not read.', 'other.md'])
  })

  it('lets composeDraft name each failing recipe entry by its place and reference', () => {
    const text = JSON.stringify({
      title: 'T',
      sections: [{ heading: 'A', clauses: [{ from: 'policy.pdf#4.1' }, { from: 'policy.pdf#(a)' }] }, { heading: 'B', clauses: [{ from: 'broken.docx#1' }] }],
    })
    expect(() => composeDraft(parseRecipe(text, NAME), resolve, testContext(), NAME)).toThrow(
      `${NAME}: 2 clauses could not be found:\n` +
        '- sections[0].clauses[1] (policy.pdf#(a)): "(a)" labels 2 clauses in policy.pdf; give the id of the one you mean.\n' +
        '- sections[1].clauses[0] (broken.docx#1): broken.docx is damaged: it is not a Word document.',
    )
    const draft = composeDraft(parseRecipe(JSON.stringify({ title: 'T', sections: [{ heading: 'A', clauses: [{ from: 'policy.pdf#4.1' }] }] }), NAME), resolve, testContext())
    expect(draft.sections[0]!.clauses[0]!.origin).toEqual({ sourceId: 'src', clauseId: 'src.1', sourceTitle: 'Riverside policy', label: '4.1', originalText: 'Be polite.' })
  })
})
