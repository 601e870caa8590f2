/** A composed draft's ids (commands/draft-ids.ts): version 4 UUIDs, unique, counted on from one random UUID. */
import { describe, expect, it } from 'vitest'
import { draftIds } from '../../src/main/cli/commands/draft-ids'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('draftIds', () => {
  it('gives version 4 UUIDs, all different, the first the one it starts from', () => {
    const next = draftIds('3b241101-e2bb-4255-8caf-4136c566a962')
    const ids = Array.from({ length: 10_000 }, next)
    expect(ids[0]).toBe('3b241101-e2bb-4255-8caf-4136c566a962')
    expect(ids[1]).toBe('3b241101-e2bb-4255-8caf-4136c566a963')
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(UUID_V4)
  })

  it('wraps its count within the last 48 bits, keeping the rest of the UUID', () => {
    const next = draftIds('3b241101-e2bb-4255-8caf-fffffffffffe')
    expect([next(), next(), next()]).toEqual(['3b241101-e2bb-4255-8caf-fffffffffffe', '3b241101-e2bb-4255-8caf-ffffffffffff', '3b241101-e2bb-4255-8caf-000000000000'])
  })

  it('starts each draft from a new random UUID', () => {
    const a = draftIds()()
    const b = draftIds()()
    expect(a).toMatch(UUID_V4)
    expect(b).toMatch(UUID_V4)
    expect(a.slice(0, 24)).not.toBe(b.slice(0, 24))
  })
})
