/** normaliseSpace leaves single spaces alone for speed (issue 12) yet gives what /\s+/ → ' ' gives. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseSpace } from '../../src/shared/text/normalise-space'

const spacey = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é'), maxLength: 60 })

describe('normaliseSpace', () => {
  it('equals every whitespace run as one space, ends trimmed', () => {
    fc.assert(fc.property(spacey, (text) => {
      expect(normaliseSpace(text)).toBe(text.replace(/\s+/g, ' ').trim())
    }), { numRuns: 2000 })
  })
})
