/**
 * A clause alone restates its source's clause under another section heading only on its words
 * (`loneRestatementTopics`): the topic dimensions of the index give two clauses that share
 * nothing but their subject about 0.4, which was the whole restatement fit (topic-part.ts).
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { dot, similarity } from '../../../src/shared/compare/library/sparse'
import { TopicPart } from '../../../src/shared/compare/library/topic-part'
import { loadMiniLibrary, scoreMiniLibrary, together } from './fixtures'
import { expectFamilyInvariants } from './invariants'

describe('families: a clause alone restates under another heading on its words', () => {
  const set = loadMiniLibrary('duty-set-4.json')
  const index = buildClauseIndex(set.sources)
  // Note: with the topic choice off in both (topic-choice.ts, session 16): it also keeps the
  // tenants' panel out of the befriending family, so with it on the rule here has nothing to show.
  const before = buildFamilies(index, { loneRestatementTopics: 1, topicChoiceMargin: 2 })
  const after = buildFamilies(index, { topicChoiceMargin: 2 })

  it('keeps tenant clauses of other duties out of the family of befriending tenants (duty set 4)', () => {
    // Fernleigh's "Our tenants' panel helped us write this approach" (under "When things go
    // wrong") and "We don't become friends online with the tenants we work with" (under "Our
    // tenants") share the word "tenants" and the service-users topic, and nothing else.
    const topic = new TopicPart(index)
    const [panel, friends] = [index.numberOf.get('fernleigh.30')!, index.numberOf.get('fernleigh.8')!]
    const cosine = similarity(index.vectors[panel]!, index.vectors[friends]!)
    expect(topic.dot(panel, friends)).toBeGreaterThan(cosine / 2)
    expect(together(before, 'fernleigh.30', 'fernleigh.8')).toBe(true)
    expect(together(after, 'fernleigh.30', 'fernleigh.8')).toBe(false)
    // So for the logo on personal accounts and personal use in breaks (Kelbrook 5.3, 2.1), and
    // captions and photo consent (Fernleigh). Note: since the logo concept (session 15) the
    // logo clause joins Ashmere's crest before the restatement pass, with either setting.
    expect(together(before, 'kelbrook.31', 'ashmere.23')).toBe(true)
    expect(together(after, 'kelbrook.31', 'kelbrook.2')).toBe(false)
    expect(together(after, 'fernleigh.23', 'fernleigh.11')).toBe(false)
    // The duties themselves are still families of their sources.
    expect(together(after, 'fernleigh.8', 'ashmere.6')).toBe(true)
    expect(together(after, 'kelbrook.2', 'oakridge.1')).toBe(true)
    expectFamilyInvariants(index, after)
    // Note: 0.05 or more until session 15; the logo and accessibility concepts now keep two of
    // those clauses out with either setting (0.031 measured).
    expect(scoreMiniLibrary(after, set.familyOf).precision - scoreMiniLibrary(before, set.familyOf).precision).toBeGreaterThan(0.02)
  })

  it('still lets a clause alone restate under its own heading, topic and all', () => {
    // Oakridge's "Clerk keeps the list of council accounts and admins" and "Two admins per page,
    // minimum" sit under one heading ("Council page"): the rule does not reach them.
    expect(together(after, 'oakridge.14', 'oakridge.9')).toBe(together(before, 'oakridge.14', 'oakridge.9'))
  })
})

describe('TopicPart', () => {
  it('is the part of the cosine the topic dimensions give: the topic weight itself for two clauses of one topic', () => {
    const clause = (source: string, text: string) => ({ id: `${source}.0`, sourceId: source, section: [], label: null, level: 0, text, inline: text, topics: [] })
    const sources = [
      { id: 'a', clauses: [clause('a', 'Never post photographs of children without consent.')] },
      { id: 'b', clauses: [clause('b', 'Pictures of pupils need a signed form from a parent.')] },
    ]
    const index = buildClauseIndex(sources)
    const part = new TopicPart(index)
    // Both speak to photos and consent alone, so their topic dimensions meet in full.
    expect(part.dot(0, 1)).toBeCloseTo(index.options.topicWeight, 12)
    expect(part.dot(1, 0)).toBe(part.dot(0, 1))
    // The rest of the cosine is the words: the topic view and the word view add up to the vector.
    const words = (i: number) => {
      const v = index.vectors[i]!
      const keep = Array.from(v.ids, (id) => id < index.vocabulary.size)
      return { ids: v.ids.filter((_, k) => keep[k]), weights: v.weights.filter((_, k) => keep[k]) }
    }
    expect(part.topics(0).ids.length + words(0).ids.length).toBe(index.vectors[0]!.ids.length)
    expect(dot(words(0), words(1)) + part.dot(0, 1)).toBeCloseTo(similarity(index.vectors[0]!, index.vectors[1]!), 12)
  })
})
