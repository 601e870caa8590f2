/**
 * Concept cues (taxonomy.json `concepts`): a topic told by two or three ideas met anywhere in
 * one clause, each idea a group of words, in any order and any voice. "Posts need the
 * manager's OK", "Incident updates: only after Control has released them" and "Before anything
 * is posted it must be checked" all meet [post, update...] and [ok, released, checked...]
 * without sharing a phrase, where a phrase list needs one cue per wording. A group is written
 * as words separated by commas; each word (or phrase) is a cue of tag-topics.ts, matched by
 * stem, "word*" or "=word".
 */
import type { ConceptPart, Cue } from './cue-index'

export interface CompiledConcepts {
  /** One cue for each word of each group, with the concept and group it stands for. */
  parts: { topic: number; part: ConceptPart; cue: Cue }[]
  /** The topic of each concept, by concept number. */
  topicOf: number[]
  /** How many groups each concept has, by concept number. */
  groupCounts: number[]
}

/** `byTopic[t]` is topic t's concepts, each a list of groups written "word, word, phrase". */
export function compileConcepts(byTopic: readonly (readonly (readonly string[])[])[], compile: (phrase: string) => Cue): CompiledConcepts {
  const out: CompiledConcepts = { parts: [], topicOf: [], groupCounts: [] }
  byTopic.forEach((concepts, topic) => {
    for (const groups of concepts) {
      const concept = out.topicOf.length
      out.topicOf.push(topic)
      out.groupCounts.push(groups.length)
      groups.forEach((group, g) => {
        for (const phrase of group.split(',')) {
          const cue = compile(phrase.trim())
          if (cue.words.length > 0) out.parts.push({ topic, part: { concept, group: g }, cue })
        }
      })
    }
  })
  return out
}

/**
 * The groups of each concept found in one clause, in its own words and in its headings (with
 * its list introduction). Note: a concept is met in one or the other, never half in each: made
 * of a heading's word and a clause's, "this guide" in the heading "What this guide is about"
 * and "apply" in "The same expectations apply online" made a statement of scope.
 */
export class ConceptMatches {
  private readonly inText = new Map<number, Set<number>>()
  private readonly inHeading = new Map<number, Set<number>>()

  constructor(private readonly groupCounts: readonly number[]) {}

  add(part: ConceptPart, inText: boolean): void {
    const map = inText ? this.inText : this.inHeading
    const groups = map.get(part.concept)
    if (groups) groups.add(part.group)
    else map.set(part.concept, new Set([part.group]))
  }

  /** Every concept whose groups were all found in the clause's words, or all in its headings. */
  met(): { concept: number; inText: boolean }[] {
    const out: { concept: number; inText: boolean }[] = []
    for (const [concept, groups] of this.inText) if (groups.size === this.groupCounts[concept]) out.push({ concept, inText: true })
    for (const [concept, groups] of this.inHeading) {
      if (groups.size === this.groupCounts[concept] && this.inText.get(concept)?.size !== groups.size) out.push({ concept, inText: false })
    }
    return out
  }
}
