/**
 * The source a person is likeliest to compare with the one they opened (likely-partner.ts):
 * the one holding most of its clause texts word for word, prepared right after it.
 */
import { describe, expect, it } from 'vitest'
import { likelyPartner, PARTNER_SHARE } from '../../src/main/service/likely-partner'
import type { Clause } from '../../src/shared/model'
import { testSource } from '../support/sources'

const clause = (source: string, i: number, text: string): Clause => ({ id: `${source}.${i}`, sourceId: source, section: [], label: `${i + 1}.`, level: 1, text, inline: text, topics: [] })
const source = (id: string, texts: readonly string[]) => testSource(id, texts.map((t, i) => clause(id, i, t)))
const texts = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} rule ${i}: staff must not post about residents.`)

describe('likelyPartner', () => {
  const opened = source('a', texts('shared', 10))

  it('picks the source sharing the largest share of clause texts, not the newest or the largest', () => {
    const revision = source('rev', [...texts('shared', 8), ...texts('new', 2)])
    const template = source('tpl', [...texts('shared', 6), ...texts('other', 4)])
    const big = source('big', [...texts('shared', 9), ...texts('more', 30)])
    expect(likelyPartner(opened, [template, big, revision])?.id).toBe('rev')
  })

  it('finds none below the share a revision keeps, and never the opened source itself', () => {
    const few = source('few', [...texts('shared', 4), ...texts('else', 6)])
    expect(4 / 10).toBeLessThan(PARTNER_SHARE)
    expect(likelyPartner(opened, [few, opened])).toBeUndefined()
    expect(likelyPartner(source('empty', []), [opened])).toBeUndefined()
  })

  it('keeps the first of two equal candidates (they come newest first)', () => {
    const one = source('one', texts('shared', 10))
    const two = source('two', texts('shared', 10))
    expect(likelyPartner(opened, [two, one])?.id).toBe('two')
  })
})
