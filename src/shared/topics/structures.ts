/**
 * Structure cues (taxonomy.json `structures`): a topic told by the shape of a sentence rather
 * than by its phrases. A structure is two or three groups of words (as in a concept) that must
 * stand close together: each within `within` words of the one before it, in the order written
 * when `ordered`, else in any order. "Mr Okafor reads every post before it goes up" and
 * "Notices go up only when the PM has checked them" are one structure (a word of agreeing or
 * checking + a word of coming first + an act of saying or posting), met in any voice; "are
 * never photographed or shared" and "shall not be circulated beyond Board members" another (a
 * negation just before a verb of passing on). Where a concept asks only that its ideas are
 * somewhere in the clause, a structure asks that they are said together, so its groups can be
 * wider without meeting words of unrelated sentences.
 */
import type { Cue, StructurePart } from './cue-index'

export interface StructureDefinition {
  parts: readonly string[]
  within: number
  ordered?: boolean
}

export interface CompiledStructures {
  /** One cue for each word of each group, with the structure and group it stands for. */
  parts: { topic: number; part: StructurePart; cue: Cue }[]
  /** The topic of each structure, by structure number. */
  topicOf: number[]
  definitions: StructureDefinition[]
}

export function compileStructures(byTopic: readonly (readonly StructureDefinition[])[], compile: (phrase: string) => Cue): CompiledStructures {
  const out: CompiledStructures = { parts: [], topicOf: [], definitions: [] }
  byTopic.forEach((structures, topic) => {
    for (const definition of structures) {
      const structure = out.topicOf.length
      out.topicOf.push(topic)
      out.definitions.push(definition)
      definition.parts.forEach((group, g) => {
        for (const phrase of group.split(',')) {
          const cue = compile(phrase.trim())
          if (cue.words.length > 0) out.parts.push({ topic, part: { structure, group: g }, cue })
        }
      })
    }
  })
  return out
}

/** Where a group's word stands: its first word and the word after its last. */
interface Place {
  start: number
  end: number
}

/** The places of each structure's groups in one clause's words, and the structures they make. */
export class StructureMatches {
  private readonly places = new Map<number, Place[][]>()

  constructor(private readonly definitions: readonly StructureDefinition[]) {}

  add(part: StructurePart, start: number, length: number): void {
    let groups = this.places.get(part.structure)
    if (!groups) {
      groups = this.definitions[part.structure]!.parts.map(() => [])
      this.places.set(part.structure, groups)
    }
    groups[part.group]!.push({ start, end: start + length })
  }

  /** Every structure with one place per group, each near the one before it. */
  met(): number[] {
    const out: number[] = []
    for (const [structure, groups] of this.places) {
      if (groups.some((g) => g.length === 0)) continue
      const { within, ordered = false } = this.definitions[structure]!
      if (placed(groups, [], within, ordered)) out.push(structure)
    }
    return out
  }
}

/**
 * Whether one place per group (from `chosen.length` on) can be chosen so that, read in the
 * order of the clause, no two overlap and each starts at most `within` words after the one
 * before it ends. Note: a brute search; a clause has two or three groups met a few times each.
 */
function placed(groups: readonly Place[][], chosen: Place[], within: number, ordered: boolean): boolean {
  if (chosen.length === groups.length) {
    const byStart = ordered ? chosen : [...chosen].sort((a, b) => a.start - b.start)
    return byStart.every((p, i) => i === 0 || (p.start >= byStart[i - 1]!.end && p.start - byStart[i - 1]!.end <= within))
  }
  for (const place of groups[chosen.length]!) {
    chosen.push(place)
    const ok = placed(groups, chosen, within, ordered)
    chosen.pop()
    if (ok) return true
  }
  return false
}
