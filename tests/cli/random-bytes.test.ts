/** The CLI's random bytes and UUIDs (random-bytes.ts): the system's random source, node:crypto where there is none. */
import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes, randomUuid } from '../../src/main/cli/random-bytes'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const platform = Object.getOwnPropertyDescriptor(process, 'platform')!

afterEach(() => {
  Object.defineProperty(process, 'platform', platform)
})

describe('random bytes', () => {
  it('gives as many bytes as asked, different each time', () => {
    const draws = Array.from({ length: 50 }, () => randomBytes(16).toString('hex'))
    for (const d of draws) expect(d).toHaveLength(32)
    expect(new Set(draws).size).toBe(draws.length)
    expect(randomBytes(4)).toHaveLength(4)
  })

  it('gives version 4 UUIDs, all different', () => {
    const ids = Array.from({ length: 500 }, randomUuid)
    for (const id of ids) expect(id).toMatch(UUID_V4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("falls back to node:crypto where there is no /dev/urandom (Windows)", () => {
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' })
    expect(randomUuid()).toMatch(UUID_V4)
    expect(randomBytes(8)).toHaveLength(8)
  })
})
