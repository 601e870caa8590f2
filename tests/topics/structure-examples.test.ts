/**
 * Every structure of taxonomy.json earns its place and needs its shape: its example clause
 * (structure-examples.ts) gets the structure's topic and would not without it (its score less a
 * strong cue's weight is under the threshold), the same clause without one group's word does
 * not get the topic, and neither do the same words with the parts too far apart or out of order.
 */
import { describe, expect, it } from 'vitest'
import type { Cue } from '../../src/shared/topics/cue-index'
import { compileStructures, StructureMatches } from '../../src/shared/topics/structures'
import { tagTopics, topicScores } from '../../src/shared/topics/tag-topics'
import taxonomy from '../../src/shared/topics/taxonomy.json' with { type: 'json' }
import { structureExamples } from './structure-examples'

const THRESHOLD = 1

type WithStructures = { id: string; structures?: unknown[] }

describe('structures', () => {
  it.each(structureExamples)('%s, structure %i: "%s" (and not "%s", nor "%s")', (topic, k, text, without, apart) => {
    const t = (taxonomy.topics as WithStructures[]).find((x) => x.id === topic)!
    expect(t.structures?.[k], `${topic} has a structure ${k}`).toBeDefined()
    expect(tagTopics(text)).toContain(topic)
    expect(topicScores(text, [], undefined, 'full').get(topic)! - 1).toBeLessThan(THRESHOLD)
    expect(tagTopics(without)).not.toContain(topic)
    expect(tagTopics(apart)).not.toContain(topic)
  })

  it('has one example per structure', () => {
    const all = (taxonomy.topics as WithStructures[]).flatMap((t) => (t.structures ?? []).map((_, k) => `${t.id} ${k}`))
    expect(structureExamples.map(([topic, k]) => `${topic} ${k}`).sort()).toEqual(all.sort())
  })

  it('are read only in the full reading: topicScores as written (what families weigh) finds none', () => {
    for (const [topic, , text] of structureExamples) expect(topicScores(text).get(topic) ?? 0, text).toBeLessThan(THRESHOLD)
  })

  it('meets a structure at any place its words stand, not only where they first stand', () => {
    // The first "never forward" passes on no papers; the second does.
    expect(tagTopics('Never forward a chain letter to friends, and never forward the minutes.')).toContain('confidentiality')
    expect(tagTopics('Never forward a chain letter to friends, and never forward the jokes.')).not.toContain('confidentiality')
  })

  it('are read in the clause\'s own words only, not in its headings', () => {
    expect(tagTopics('Thank you.', ['The clerk reads each newsletter before it is sent'])).not.toContain('approval')
  })
})

describe('a structure is met when its groups stand close enough, in order when it says so', () => {
  // Groups of one word each, so places are easy to read: "a" then "b" then "c".
  const cue = (w: string): Cue => ({ weight: 0, words: [{ exact: w }] })
  const compiled = compileStructures([[{ parts: ['a', 'b', 'c'], within: 2, ordered: true }, { parts: ['x', 'y'], within: 1 }]], cue)
  const met = (places: [number, number, number][]): number[] => {
    const m = new StructureMatches(compiled.definitions)
    for (const [structure, group, at] of places) m.add({ structure, group }, at, 1)
    return m.met()
  }

  it('needs every group', () => {
    expect(met([[0, 0, 0], [0, 1, 1]])).toEqual([])
    expect(met([[0, 0, 0], [0, 1, 1], [0, 2, 2]])).toEqual([0])
  })

  it('needs each group within `within` words of the one before it', () => {
    expect(met([[0, 0, 0], [0, 1, 3], [0, 2, 6]])).toEqual([0])
    expect(met([[0, 0, 0], [0, 1, 4], [0, 2, 5]])).toEqual([])
  })

  it('keeps the written order when ordered, and takes any order otherwise', () => {
    expect(met([[0, 0, 2], [0, 1, 1], [0, 2, 3]])).toEqual([])
    expect(met([[1, 1, 0], [1, 0, 2]])).toEqual([1])
    expect(met([[1, 1, 0], [1, 0, 3]])).toEqual([])
  })

  it('tries every place of a group: a later word may stand close where the first did not', () => {
    expect(met([[0, 0, 0], [0, 0, 8], [0, 1, 9], [0, 2, 10]])).toEqual([0])
  })

  it('never counts one word for two groups', () => {
    expect(met([[1, 0, 4], [1, 1, 4]])).toEqual([])
  })
})

describe('set phrases that are no structure words', () => {
  // Note: "read out" is said aloud, not read over: "posts results only once each has been read
  // out" was tagged approval (read + only once + posts) until it was a name (taxonomy.json).
  it('reads results "read out" before they are posted as no approval, and a post read before it goes out as approval', () => {
    expect(tagTopics('The team posts the scores only once each has been read out.')).not.toContain('approval')
    expect(tagTopics('The team posts the scores only once each has been read.')).toContain('approval')
  })
})
