/**
 * The hand check of export options (options-check.ts) against the schema (options.ts), the
 * authority: the same verdict and the same options back (defaults, trimmed text, a field given
 * as undefined kept so), on generated options near each rule's edge.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportOptionsSchema } from '../../src/shared/export/options'
import { checkExportOptions } from '../../src/shared/export/options-check'

const EDGES: unknown[] = [
  undefined, null, 0, true, false, '', ' ', 'decimal', 'legal', 'alpha', 'roman', 'none', 'appendix', 'comments', 'Comments',
  'x'.repeat(100), ` ${'x'.repeat(100)} `, 'x'.repeat(101), 'x'.repeat(200), ` ${'x'.repeat(200)}\n`, 'x'.repeat(201), 'OFFICIAL', '  Jo  ',
  '2026-03-12', '2026-02-30', '2026-13-01', '2026-3-12', '12/03/2026', new Uint8Array([1, 2]), [1, 2], {},
]
const FIELDS = ['numbering', 'provenance', 'notesAsComments', 'tableOfContents', 'protectiveMarking', 'author', 'date', 'reference', 'format', 'against']
const options = fc.oneof(
  { weight: 12, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fc.constantFrom(...EDGES), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'decimal', [], 5) },
)

function agrees(input: unknown): boolean {
  const schema = exportOptionsSchema.safeParse(input)
  const hand = checkExportOptions(input)
  expect(hand !== null).toBe(schema.success)
  if (hand && schema.success) {
    expect(hand).toStrictEqual(schema.data)
    expect(Object.keys(hand)).toEqual(Object.keys(schema.data))
  }
  return schema.success
}

describe('the hand check of export options', () => {
  it('gives the schema verdict and options on generated options', () => {
    let valid = 0
    fc.assert(fc.property(options, (input) => void (agrees(input) && valid++)), { numRuns: 4000 })
    expect(valid).toBeGreaterThan(400)
  })

  it('gives it for every field set to every edge value alone, and for the options the service passes', () => {
    for (const field of FIELDS) for (const value of EDGES) agrees({ [field]: value })
    agrees({ numbering: undefined, provenance: undefined, notesAsComments: undefined, tableOfContents: undefined, protectiveMarking: undefined, author: undefined, date: undefined, reference: undefined })
  })
})
