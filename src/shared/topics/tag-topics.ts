/**
 * Tagging clauses with topics from the taxonomy (taxonomy.json, data a policy officer can
 * read and extend). Transparent on purpose: a topic is given for cue phrases and concepts found
 * in the clause or its section headings, and for structures (structures.ts) in the clause's own
 * words, so a researcher can see why, and no training data is needed.
 */
import type { TopicId } from '../model'
import taxonomy from './taxonomy.json' with { type: 'json' }
import { compileConcepts, ConceptMatches } from './concepts'
import { compileCue, CueIndex, words, type Cue, type CueRef } from './cue-index'
import { compileStructures, StructureMatches, type StructureDefinition } from './structures'

export { words } from './cue-index'

export interface Topic {
  id: TopicId
  label: string
  description: string
}

interface CompiledTopic extends Topic {
  cues: Cue[]
}

const STRONG = 1
const WEAK = 0.5
/** Cues in section headings count this much of their weight. */
const HEADING_SHARE = 0.5
const THRESHOLD = 1

const compiled: CompiledTopic[] = taxonomy.topics.map((t) => ({
  id: t.id,
  label: t.label,
  description: t.description,
  cues: [
    ...t.strong.map((c) => compileCue(c, STRONG)),
    ...t.weak.map((c) => compileCue(c, WEAK)),
    ...(t.context ?? []).map((c) => ({ ...compileCue(c, WEAK), context: true })),
  ],
}))

/** The taxonomy, in its published order. */
export const topics: readonly Topic[] = compiled.map(({ id, label, description }) => ({ id, label, description }))

const allCues: CueRef[] = []
compiled.forEach((topic, t) => topic.cues.forEach((cue) => allCues.push({ id: allCues.length, topic: t, cue })))
const concepts = compileConcepts(
  taxonomy.topics.map((t) => t.concepts ?? []),
  (phrase) => compileCue(phrase, 0),
)
for (const { topic, part, cue } of concepts.parts) allCues.push({ id: allCues.length, topic, cue, part })
const structures = compileStructures(
  taxonomy.topics.map((t) => ((t as { structures?: StructureDefinition[] }).structures ?? [])),
  (phrase) => compileCue(phrase, 0),
)
for (const { topic, part, cue } of structures.parts) allCues.push({ id: allCues.length, topic, cue, structure: part })
const index = new CueIndex(allCues)

/** Where the words of a list introduction are counted, after any heading's. */
const LEAD_OFFSET = 1_000_000

/**
 * What a clause's words are read for: the cue phrases as written, or also the other forms of
 * their words (word-forms.ts) and the concepts (concepts.ts), as tagging reads them.
 * Note: families (compare/library) weigh `topicScores(text)` as features of a clause, with
 * weights measured on the cues as written; read with word forms and concepts, the corpus duties
 * fell from precision 0.909 recall 0.865 to 0.879 / 0.800. So the cues as written stay the
 * default of topicScores until families are measured again with the fuller reading.
 */
export type Reading = 'as written' | 'full'

/**
 * How strongly a clause speaks to each topic (only topics with some evidence are listed).
 * `lead` is the introduction of the list the clause is an item of ("Check with your manager
 * before you post:"): it says what each item is about, as a heading does, and counts as one.
 */
export function topicScores(text: string, section: readonly string[] = [], lead?: string, reading: Reading = 'as written'): Map<TopicId, number> {
  const full = reading === 'full'
  // Made only for a clause with a structure word (structures.ts), read in the clause's own words.
  let structuresMet: StructureMatches | undefined
  const inBody = index.found(words(text), full, 0, undefined, (ref, at) => {
    structuresMet ??= new StructureMatches(structures.definitions)
    structuresMet.add(ref.structure!, at, ref.cue.words.length)
  })
  // The nearest two headings describe the clause; the title above them rarely does.
  const inHeading = index.found(words(section.slice(-2).join(' ')), full)
  // Note: the lead is matched on its own, so no cue is made of its last words and a heading's first.
  if (lead) index.found(words(lead), full, LEAD_OFFSET, inHeading)
  const scores = new Map<TopicId, number>()
  // Note: the same words count once for a topic. Read by their forms, "check" and "checks", or
  // "reply to" and "replying to", meet the same words, and "political*" and "politically" meet
  // "politically": counted twice, two weak cues made a strong one of one word, and a heading
  // "Personal, political and council roles" tagged every clause under it.
  const spansUsed = new Set<number>()
  // Made only for a clause with a concept word (most clauses of a large library have none).
  let conceptsMet: ConceptMatches | undefined
  const strongSeen = new Set<TopicId>()
  const fromContext = new Map<TopicId, number>()
  // Note: only the cues found, in cue order (as a walk over every cue would meet them, so ties
  // keep their order): a walk over all cues cost a third of indexing 40,000 clauses.
  const found = inHeading.size === 0 ? [...inBody.keys()] : [...new Set([...inBody.keys(), ...inHeading.keys()])]
  for (const cueId of found.sort((a, b) => a - b)) {
    const ref = allCues[cueId]!
    const inText = inBody.has(ref.id)
    if (ref.part) {
      conceptsMet ??= new ConceptMatches(concepts.groupCounts)
      conceptsMet.add(ref.part, inText)
      continue
    }
    // A number for (topic, body or heading, first word, length): words are counted from 0 in
    // the body and in the headings, and from LEAD_OFFSET in a lead.
    const start = (inText ? 0 : 2 * LEAD_OFFSET) + (inText ? inBody : inHeading).get(ref.id)!
    const span = (start * 64 + ref.cue.words.length) * 32 + ref.topic
    if (spansUsed.has(span)) continue
    spansUsed.add(span)
    const weight = inText ? ref.cue.weight : ref.cue.weight * HEADING_SHARE
    const id = compiled[ref.topic]!.id
    scores.set(id, (scores.get(id) ?? 0) + weight)
    if (ref.cue.weight === STRONG) strongSeen.add(id)
    if (ref.cue.context) fromContext.set(id, (fromContext.get(id) ?? 0) + weight)
  }
  // A concept met in the clause's own words counts as a strong cue; met in its headings or list
  // introduction alone, at the heading's share.
  for (const { concept, inText } of conceptsMet?.met() ?? []) {
    const id = compiled[concepts.topicOf[concept]!]!.id
    scores.set(id, (scores.get(id) ?? 0) + (inText ? STRONG : STRONG * HEADING_SHARE))
    strongSeen.add(id)
  }
  // A structure met in the clause's own words counts as a strong cue.
  for (const structure of structuresMet?.met() ?? []) {
    const id = compiled[structures.topicOf[structure]!]!.id
    scores.set(id, (scores.get(id) ?? 0) + STRONG)
    strongSeen.add(id)
  }
  // Note: a topic's setting words count only beside a strong cue or concept of it: "school" and
  // "parents" made a photos-and-consent clause of every clause of a school policy that named both.
  for (const [id, weight] of fromContext) {
    if (strongSeen.has(id)) continue
    const left = scores.get(id)! - weight
    if (left > 0) scores.set(id, left)
    else scores.delete(id)
  }
  return scores
}

/** The topics a clause is about, strongest first, read fully (word forms and concepts too). */
export function tagTopics(text: string, section: readonly string[] = [], lead?: string): TopicId[] {
  return [...topicScores(text, section, lead, 'full')]
    .filter(([, score]) => score >= THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id)
}

