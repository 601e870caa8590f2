/**
 * `npm run eval` (topics part): the topic tagger against the held-out set
 * (tests/fixtures/topics/held-out.json), beside a keyword-in-clause baseline and the tagging
 * of the whole trail used before, per topic and overall. The set is kept out of cue tuning.
 *   npx tsx bench/eval-topics.ts
 */
import { loadHeldOut, report } from '../tests/topics/held-out'

console.log(report(loadHeldOut()))
