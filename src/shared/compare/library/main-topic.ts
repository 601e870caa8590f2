/**
 * The main topic each clause may lend to family pairing (families.ts): two clauses with the same
 * one need a weaker pair and linkage, since the same subject is evidence of the same duty that
 * words alone miss. A topic is weak evidence, and a richer tagger (more cues, list
 * introductions read as headings) gives more clauses more topics, so a clause's first topic
 * counts here only when two things hold:
 * - dominance: its clause's own words (not only its headings or list introduction) speak to it
 *   at least `dominance` times as strongly as to any other topic. A clause that speaks to
 *   several subjects about equally ("do not disclose confidential information ... or personal
 *   information about service users ... Data Protection Act") has no one subject to vouch for
 *   its pairs;
 * - spread: at most `spread` of its source's clauses (and never fewer than one) have it as their
 *   main topic in this sense. A topic a policy gives to many clauses is the policy's subject,
 *   not a duty's, as with duty concepts (family-concepts.ts): in duty set 3, "logins are never
 *   shared" and "two named officers for each channel" are both official accounts, two duties.
 * Measured (precision / recall; corpus duties, duty set 3, duty set 4, mini library) with the
 * issue-11 tagger: the first topic whatever it is 0.878 / 0.833, 0.868 / 0.885, 0.699 / 0.553,
 * 0.922 / 0.965; dominance 2 alone 0.913 / 0.865, 0.868 / 0.885, 0.704 / 0.542, 0.922 / 0.965;
 * both (2, 0.15) 0.909 / 0.865, 0.979 / 0.885, 0.704 / 0.542, 0.965 / 0.965.
 */
import type { TopicId } from '../../model'
import { topicScores } from '../../topics/tag-topics'
import type { ClauseIndex } from './clause-index'

export interface MainTopicOptions {
  /** How many times stronger, in the clause's own words, than any other topic; 0: the first topic, unchecked. */
  dominance: number
  /** The largest share of a source's clauses one main topic may have and still count; over 1: any. */
  spread: number
}

/** Each clause's main topic for pairing (by clause number), or undefined where it lends none. */
export function mainTopics(index: ClauseIndex, options: MainTopicOptions): (TopicId | undefined)[] {
  const n = index.clauses.length
  const out: (TopicId | undefined)[] = new Array(n)
  // Note: a library holds many clauses word for word (versions of one policy, shared model
  // wording); each text is weighed once, since weighing re-reads every cue.
  const weighed = new Map<string, boolean>()
  for (let i = 0; i < n; i++) {
    const { text, topics } = index.clauses[i]!
    const first = topics[0]
    if (first === undefined) continue
    const key = `${first}\u0000${text}`
    let holds = weighed.get(key)
    if (holds === undefined) weighed.set(key, (holds = dominant(text, first, options.dominance)))
    if (holds) out[i] = first
  }
  if (options.spread > 1) return out
  // Clauses per source and per (source, main topic).
  const perSource = new Map<number, number>()
  const perTopic = new Map<string, number>()
  const key = (i: number): string => `${index.sourceOf[i]}\u0000${out[i]}`
  for (let i = 0; i < n; i++) {
    perSource.set(index.sourceOf[i]!, (perSource.get(index.sourceOf[i]!) ?? 0) + 1)
    if (out[i] !== undefined) perTopic.set(key(i), (perTopic.get(key(i)) ?? 0) + 1)
  }
  for (let i = 0; i < n; i++) {
    if (out[i] === undefined) continue
    // Note: at least one clause always counts, so a short policy's topics still vouch for its pairs.
    const allowed = Math.max(1, options.spread * perSource.get(index.sourceOf[i]!)!)
    if (perTopic.get(key(i))! > allowed) out[i] = undefined
  }
  return out
}

/** Whether the clause's own words speak to `topic` at least `dominance` times as strongly as to any other. */
function dominant(text: string, topic: TopicId, dominance: number): boolean {
  if (dominance <= 0) return true
  let mine = 0
  let other = 0
  for (const [id, score] of topicScores(text)) {
    if (id === topic) mine = score
    else if (score > other) other = score
  }
  return mine > 0 && mine >= dominance * other
}
