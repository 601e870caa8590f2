/**
 * Windowed postings (postings.ts): each key's clauses in one list, a long list in neighbour
 * order (sketch value, then clause number), and each clause's place in each list it is filed
 * under, as the candidate loops read them.
 */
import { describe, expect, it } from 'vitest'
import { windowedPostings } from '../../../src/shared/compare/library/postings'
import { random } from './synthetic'

describe('windowedPostings', () => {
  it('lists short keys in clause order and long ones by sketch, with every clause at its recorded place', () => {
    const rand = random(3)
    const n = 300
    // Keys 0-9 are common (long lists), 10-59 rare; each clause has up to 6 distinct keys.
    const keys = Array.from({ length: n }, () => Int32Array.from(new Set(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => (rand() < 0.5 ? Math.floor(rand() * 10) : 10 + Math.floor(rand() * 50))))))
    const sketch = Uint32Array.from({ length: n }, () => Math.floor(rand() * 20))
    const pairAllUpTo = 12
    const { lists, positions } = windowedPostings(keys, sketch, pairAllUpTo)

    const expected = new Map<number, number[]>()
    keys.forEach((ks, i) => ks.forEach((k) => expected.set(k, [...(expected.get(k) ?? []), i])))
    // The same keys, in the order clauses first file under them.
    expect([...lists.keys()]).toEqual([...expected.keys()])
    let long = 0
    for (const [key, clauses] of expected) {
      if (clauses.length > pairAllUpTo) {
        long++
        clauses.sort((a, b) => sketch[a]! - sketch[b]! || a - b)
      }
      expect(Array.from(lists.get(key)!)).toEqual(clauses)
    }
    expect(long).toBeGreaterThan(0)
    keys.forEach((ks, i) => ks.forEach((k, t) => expect(lists.get(k)![positions[i]![t]!]).toBe(i)))
  })

  it('gives nothing for no keys', () => {
    const { lists, positions } = windowedPostings([new Int32Array(0), new Int32Array(0)], new Uint32Array(2), 4)
    expect(lists.size).toBe(0)
    expect(positions.map((p) => p.length)).toEqual([0, 0])
  })
})
