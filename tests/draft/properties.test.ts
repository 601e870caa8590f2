/**
 * Property tests: whatever an author does, undoing it all gives back exactly the draft they
 * started from, redo gives back what undo took, the history stays within its bound, every
 * draft is saved and read back unchanged; and no file, however broken or hostile, makes
 * parseDraftFile throw anything but a WorkbenchError.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyDraftAction,
  canRedo,
  canUndo,
  createHistory,
  dispatch,
  type DraftAction,
  type DraftHistory,
  parseDraftFile,
  redo,
  serializeDraftFile,
  type SimpleDraftAction,
  undo,
} from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import type { Draft } from '../../src/shared/model'
import { deepFreeze, sampleDraft, SOURCE_A, SOURCE_B, testContext } from './support'

const KINDS = [
  'add-source-clause',
  'add-clause',
  'edit-clause',
  'restore-clause',
  'set-note',
  'move-clause',
  'remove-clause',
  'add-section',
  'rename-section',
  'move-section',
  'remove-section',
  'set-metadata',
] as const

/** An action chosen without knowing the draft; realised against it (ids picked by index). */
const plan = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(),
  b: fc.nat(),
  index: fc.integer({ min: -2, max: 8 }),
  text: fc.oneof(fc.constantFrom('', 'Staff must not post.', SOURCE_A.text), fc.string({ maxLength: 30 })),
  stale: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
})
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never

function realise(p: Plan, draft: Draft): SimpleDraftAction {
  const sections = draft.sections.map((s) => s.id)
  const clauses = draft.sections.flatMap((s) => s.clauses.map((c) => c.id))
  const pick = (ids: string[], n: number): string => (p.stale || ids.length === 0 ? 'gone' : ids[n % ids.length]!)
  const section = pick(sections, p.a)
  const clause = pick(clauses, p.b)
  switch (p.kind) {
    case 'add-source-clause':
      return { type: p.kind, at: { sectionId: section, index: p.index }, source: p.a % 2 ? SOURCE_A : { ...SOURCE_B, text: p.text } }
    case 'add-clause':
      return { type: p.kind, at: { sectionId: section, index: p.index }, text: p.text }
    case 'edit-clause':
      return { type: p.kind, clauseId: clause, text: p.text }
    case 'restore-clause':
    case 'remove-clause':
      return { type: p.kind, clauseId: clause }
    case 'set-note':
      return { type: p.kind, clauseId: clause, note: p.text }
    case 'move-clause':
      return { type: p.kind, clauseId: clause, to: { sectionId: section, index: p.index } }
    case 'add-section':
      return { type: p.kind, index: p.index, heading: p.text }
    case 'rename-section':
      return { type: p.kind, sectionId: section, heading: p.text }
    case 'move-section':
      return { type: p.kind, sectionId: section, index: p.index }
    case 'remove-section':
      return { type: p.kind, sectionId: section }
    case 'set-metadata':
      return { type: p.kind, metadata: p.a % 3 === 0 ? { status: 'approved', approvedOn: '2025-06-30' } : { title: p.text || 'T' } }
  }
}

/** A step: one action, or a batch of a few. */
const step = fc.oneof({ weight: 4, arbitrary: plan.map((p) => [p]) }, { weight: 1, arbitrary: fc.array(plan, { minLength: 0, maxLength: 4 }) })

function run(steps: Plan[][], limit?: number): { start: Draft; history: DraftHistory; bounded: boolean } {
  const ctx = testContext('p')
  const start = deepFreeze(sampleDraft())
  let history = createHistory(start)
  let bounded = true
  for (const plans of steps) {
    const action: DraftAction =
      plans.length === 1
        ? realise(plans[0]!, history.present)
        : { type: 'batch', actions: plans.reduce<{ draft: Draft; list: SimpleDraftAction[] }>(
            (acc, p) => {
              const a = realise(p, acc.draft)
              return { draft: applyDraftAction(acc.draft, a, ctx), list: [...acc.list, a] }
            },
            { draft: history.present, list: [] },
          ).list }
    history = dispatch(history, deepFreeze(action), ctx, limit)
    deepFreeze(history.present)
    if (limit !== undefined && history.past.length > limit) bounded = false
    if (history.pastSteps.length !== history.past.length || history.futureSteps.length !== history.future.length) bounded = false
  }
  return { start, history, bounded }
}

const allIds = (d: Draft): string[] => d.sections.flatMap((s) => [s.id, ...s.clauses.map((c) => c.id)])

describe('draft history properties', () => {
  it('any sequence of actions, then as many undos, gives back exactly the start', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let { start, history } = run(steps)
        for (let i = 0; i < steps.length; i++) history = undo(history)
        expect(history.present).toBe(start)
        expect(canUndo(history)).toBe(false)
      }),
      { numRuns: 150 },
    )
  })

  it('undo then redo gives back the same draft, any number of steps deep', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.nat({ max: 25 }), (steps, k) => {
        const { history } = run(steps)
        let h = history
        for (let i = 0; i < k; i++) h = undo(h)
        for (let i = 0; i < k; i++) h = redo(h)
        expect(h.present).toBe(history.present)
        expect(h.past).toEqual(history.past)
        expect(canRedo(h)).toBe(false)
      }),
      { numRuns: 150 },
    )
  })

  it('the past never exceeds its bound', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), (steps, limit) => {
        expect(run(steps, limit).bounded).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('every draft keeps unique ids and is saved and read back unchanged', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        const { history } = run(steps)
        const ids = allIds(history.present)
        expect(new Set(ids).size).toBe(ids.length)
        const text = serializeDraftFile(history.present, [])
        expect(parseDraftFile(text, 'd.json')).toEqual({ draft: history.present, versions: [], repairs: [] })
      }),
      { numRuns: 100 },
    )
  })
})

describe('parseDraftFile never throws anything but WorkbenchError', () => {
  const onlyWorkbenchErrors = (text: string): void => {
    try {
      const { draft } = parseDraftFile(text, 'x.json')
      const ids = allIds(draft)
      expect(new Set(ids).size).toBe(ids.length)
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error
      expect(error.message.startsWith('x.json ')).toBe(true)
    }
  }

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), onlyWorkbenchErrors), { numRuns: 300 })
  })

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => onlyWorkbenchErrors(JSON.stringify(value))), { numRuns: 300 })
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (draft, versions) =>
        onlyWorkbenchErrors(JSON.stringify({ format: 'policy-workbench-draft', schemaVersion: 1, draft, versions })),
      ),
      { numRuns: 300 },
    )
  })

  it('on a real draft file with any one part replaced or removed', () => {
    const file = JSON.parse(serializeDraftFile(sampleDraft(), [{ id: 'v', draftId: 'id-1', name: 'n', note: '', createdAt: '2025-01-01T00:00:00Z', draft: sampleDraft() }]))
    const paths: (string | number)[][] = []
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path)
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]))
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
    }
    walk(file, [])
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.option(fc.jsonValue(), { nil: undefined }), (path, replacement) => {
        const copy = structuredClone(file)
        let parent = copy
        for (const key of path.slice(0, -1)) parent = parent[key]
        const last = path.at(-1)!
        if (replacement === undefined && !Array.isArray(parent)) delete parent[last]
        else parent[last] = replacement ?? null
        onlyWorkbenchErrors(JSON.stringify(copy))
      }),
      { numRuns: 500 },
    )
  })
})
