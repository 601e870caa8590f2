/**
 * `npm run eval` (topics part): the topic tagger against the tune set
 * (tests/fixtures/topics/tune.json and tune-2.json, which cues are tuned on) and then the held-out set
 * (tests/fixtures/topics/held-out.json, kept out of cue tuning), each beside a
 * keyword-in-clause baseline and the tagging of the whole trail used before, per topic and
 * overall.
 *   npx tsx bench/eval-topics.ts          both sets
 *   npx tsx bench/eval-topics.ts tune     the tune set only (for tuning: leaves the held-out set unscored)
 *   npx tsx bench/eval-topics.ts tune-2   the second tune set only
 */
import { loadTopicSet, report, type TopicSet } from '../tests/topics/held-out'

const only = process.argv[2] as TopicSet | undefined
const sets: TopicSet[] = only ? [only] : ['tune', 'tune-2', 'held-out']
console.log(sets.map((set) => report(loadTopicSet(set), set)).join('\n\n'))
