/** Locating JSON syntax errors: agrees with JSON.parse on what is valid, and points at the fault. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset } from '../../src/shared/draft/json-locate'

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 7],
    ['[01]', 2],
    ['{} x', 3],
    ['', 0],
    ['{"a": [1, {"b": null}]]', 22],
  ])('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(jsonErrorOffset(text)).toBe(offset)
  })

  it('finds no fault in any JSON that JSON.stringify writes, and one in what JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : undefined))).toBe(-1)
      }),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid)
      }),
    )
  })

  it('agrees with JSON.parse on JSON with one character changed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '{', '[', '"', ':', '\\', 'x', '0', ' ', '\n'), (value, at, ch) => {
        const json = JSON.stringify(value, null, 1)
        const i = at % (json.length + 1)
        const text = json.slice(0, i) + ch + json.slice(i + 1)
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid)
      }),
      { numRuns: 300 },
    )
  })

  it('copes with very deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000)
  })
})
