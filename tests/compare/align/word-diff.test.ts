/** Word diff inside a pair: exact texts back from the ops, readable runs, and a hard bound. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_EDIT_LENGTH, sourceOf, targetOf, wordDiff, wordTokens } from '../../../src/shared/compare/word-diff'

describe('wordDiff', () => {
  it('shows the words that changed, with whole words and the spaces between them kept', () => {
    const { ops, rewritten } = wordDiff('Questions should be answered within two working days.', 'Questions should be answered within one working day.')
    expect(rewritten).toBe(false)
    expect(ops).toEqual([
      { op: 'equal', text: 'Questions should be answered within ' },
      { op: 'delete', text: 'two' },
      { op: 'insert', text: 'one' },
      { op: 'equal', text: ' working ' },
      { op: 'delete', text: 'days' },
      { op: 'insert', text: 'day' },
      { op: 'equal', text: '.' },
    ])
  })

  it('folds a lone shared space into the change around it, so a changed phrase reads as one', () => {
    const { ops } = wordDiff('Staff must reply', 'Administrators should reply')
    expect(ops).toEqual([
      { op: 'delete', text: 'Staff must' },
      { op: 'insert', text: 'Administrators should' },
      { op: 'equal', text: ' reply' },
    ])
  })

  it('gives one equal op for the same text, and nothing for two empty texts', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual({ ops: [{ op: 'equal', text: 'Same words.' }], rewritten: false })
    expect(wordDiff('', '')).toEqual({ ops: [], rewritten: false })
    expect(wordDiff('', 'New.')).toEqual({ ops: [{ op: 'insert', text: 'New.' }], rewritten: false })
  })

  it('keeps the texts exactly: equal + delete is A, equal + insert is B', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.constantFrom('staff', 'must', 'not', 'post', ' ', '  ', '.', ',', '\n', 'é', '😀', "don't"), { maxLength: 30 }).map((w) => w.join(''))),
        fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.constantFrom('staff', 'should', 'never', 'post', ' ', '.', '\t', 'ü', "won't"), { maxLength: 30 }).map((w) => w.join(''))),
        fc.integer({ min: 0, max: 40 }),
        (a, b, maxEditLength) => {
          const { ops, rewritten } = wordDiff(a, b, { maxEditLength })
          expect(sourceOf(ops)).toBe(a)
          expect(targetOf(ops)).toBe(b)
          expect(ops.every((o) => o.text.length > 0)).toBe(true)
          if (rewritten) expect(ops.map((o) => o.op)).toEqual([...(a ? ['delete'] : []), ...(b ? ['insert'] : [])])
        },
      ),
      { numRuns: 400 },
    )
  })

  it('tokenises into words, spaces and marks that join back to the text', () => {
    expect(wordTokens("Don't post 3.2 e-mails  now.")).toEqual(["Don't", ' ', 'post', ' ', '3', '.', '2', ' ', 'e', '-', 'mails', '  ', 'now', '.'])
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(wordTokens(s).join('')).toBe(s)
    }))
  })

  it('gives up past the bound: two unrelated 5,000-word texts are "rewritten", quickly', () => {
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const words = (prefix: string): string => Array.from({ length: 5000 }, () => `${prefix}${Math.floor(next() * 2000)}`).join(' ')
    const a = words('alpha')
    const b = words('beta')
    // Note: no clock here. Past the bound an unbounded diff of these texts runs for minutes, so
    // the test's own time limit below is what catches a lost bound; the assertions check that
    // the bound gave the whole-text answer.
    const { ops, rewritten } = wordDiff(a, b)
    expect(rewritten).toBe(true)
    expect(ops).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ])
    // The same words shuffled share many tokens yet still stay within the bound.
    const shuffled = a.split(' ').reverse().join(' ')
    expect(wordDiff(a, shuffled).rewritten).toBe(true)
    expect(DEFAULT_MAX_EDIT_LENGTH).toBeGreaterThan(100)
  }, 30_000)

  it('diffs long texts with a few changes word by word (common ends are free)', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `word${i % 97}`).join(' ')
    const b = a.replace('word5 word6', 'word5 changed word6')
    const { ops, rewritten } = wordDiff(a, b)
    expect(rewritten).toBe(false)
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'insert', text: 'changed ' }])
  })

  it('honours a wall-clock bound when one is asked for', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ')
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ')
    expect(wordDiff(a, b, { maxEditLength: 1e9, timeoutMs: 0 }).rewritten).toBe(true)
  })
})
