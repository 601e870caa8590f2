/**
 * `npm run eval` (topics part): the topic tagger against the tune sets
 * (tests/fixtures/topics/tune.json, tune-2.json, tune-3.json, tune-4.json, tune-5.json, tune-6.json, tune-7.json and tune-8.json, which cues are tuned on) and then the held-out set
 * (tests/fixtures/topics/held-out.json, kept out of cue tuning), each beside a
 * keyword-in-clause baseline and the tagging of the whole trail used before, per topic and
 * overall.
 *   npx tsx bench/eval-topics.ts          every set
 *   npx tsx bench/eval-topics.ts tune     the tune set only (for tuning: leaves the held-out set unscored)
 *   npx tsx bench/eval-topics.ts tune-4 --explain   a tune set's clauses the tagger got wrong
 *     (missed topics and wrong ones); refused for the held-out set, which is not looked into
 */
import { loadTopicSet, report, taggers, type TopicSet } from '../tests/topics/held-out'

const only = process.argv[2] as TopicSet | undefined
const explain = process.argv.includes('--explain')
if (explain) {
  if (!only || only === 'held-out') {
    console.error('--explain needs a tune set (tune, tune-2, tune-3, tune-4, tune-5, tune-6, tune-7 or tune-8): the held-out set is not looked into')
    process.exit(2)
  }
  for (const doc of loadTopicSet(only)) {
    const got = taggers.tagger!(doc)
    doc.clauses.forEach((c, i) => {
      const found = got[i]!
      const missed = c.expected.filter((t) => !found.includes(t))
      const wrong = found.filter((t) => !c.expected.includes(t))
      if (missed.length + wrong.length === 0) return
      console.log(`${c.text.slice(0, 110)}\n   [${c.section.at(-1)}]  missed: ${missed.join(', ') || '-'}  wrong: ${wrong.join(', ') || '-'}`)
    })
  }
} else {
  const sets: TopicSet[] = only ? [only] : ['tune', 'tune-2', 'tune-3', 'tune-4', 'tune-5', 'tune-6', 'tune-7', 'tune-8', 'held-out']
  console.log(sets.map((set) => report(loadTopicSet(set), set)).join('\n\n'))
}
