/**
 * Continuations: a revision in a plainer voice cuts a clause into sentences so short that they
 * share no word with the old clause ("Permits are not transferable and remain the property of
 * the Council." / "Only you can use it." + "It still belongs to us, not to you."; "Information
 * about local stop-smoking services, which are free of charge and offer evening appointments,
 * ..." / "Occupational Health can tell you about stop-smoking services near you." + "They cost
 * nothing." + "Many can see you after work."). No lexical or meaning measure reaches such a
 * part, but its form does: it opens with a word that points back ("It", "They", "A new one",
 * "If they ..."), so it says more about what the clause before it said, and cannot stand alone.
 *
 * The same holds the other way round: a part that opens by spelling out the sentence before it
 * ("That means ...", "For example ...") makes that short left-over sentence a part too.
 *
 * Evidence, all of it needed, in a close revision (half of each side aligned): the clause is
 * left over, stands directly after a part of a group whose other side is one clause (the whole),
 * in that part's section; it opens with a word that points back; it is short (a few ideas); the
 * parts leave a quarter of the whole's term weight unsaid; and it is no statement of what the
 * document is for (opening-statements.ts: "It tells you what to do if you are too ill to come to
 * work." after a part of "It applies to all employees ..." is the rewording of "This procedure
 * explains ..."). Note: the group's similarity is not asked to hold: a part with no word of the
 * whole lowers it by its length alone ("They cost nothing." 0.40 -> 0.34).
 * Measured once (a diagnostic, not kept) over every corpus, revision and generated-variant
 * comparison, taking the clause right after a part that opens with any pointing word: between two different
 * corpus policies 32 candidates, 12 opening "This" or "These" ("These guidelines will be reviewed
 * ...": the document, not the clause before), the others long ("It applies to the use of social
 * media on council equipment ...", 19 words and more) or in no close revision; on the tune set
 * the long ones were a new clause or a part of another whole ("Nor does anything that earns
 * money for your family.", 9 words). With every gate, the rule changed no corpus or variant
 * comparison and took 6 true parts and no false one on the tune pairs (at five ideas a part; at four, 5).
 */
import { coverage, type FeatureSet, joinFeatures, similarityOf, type ClauseFeatures } from './features'
import type { AlignedGroup } from './groups'
import { MAX_PARTS } from './grow-groups'
import { openingStatement } from './opening-statements'

/** The part may hold at most this many distinct terms: one short sentence ("If it does, someone from outside the team involved will look into it.": five). */
export const CONTINUATION_TERMS = 5

/** The parts so far must leave at least this share of the whole's term weight unsaid. */
export const CONTINUATION_LEFT = 0.25

/**
 * Opening words that point back at the clause before, after any label ("B3.", "•"). Note: "If
 * they", "If it", "If so" and "If you do" open the second half of a cut condition ("If they
 * won't, you can leave."); "A new one" stands for a noun of the clause before.
 */
const POINTS_BACK = /^(?:it|they|them|many|most|some|both|neither|otherwise|a new one|if (?:so|not|they|it|he|she|you do|you don't))\b/i

/**
 * Opening words of a part that spell out the sentence before it ("Anyone who relies on you for
 * help." + "That means your husband, wife or civil partner, ..."): that sentence is the head the
 * part elaborates, a part of the same whole whatever its words. Note: "This" alone points at the
 * document ("This guide ..."); "This means" at the sentence before.
 */
const SPELLS_OUT = /^(?:(?:that|this) (?:means|includes|covers)|(?:these|those) (?:include|are)|for example|in other words)\b/i

/** Whether the clause's text opens by spelling out the sentence before it (SPELLS_OUT). */
export function spellsOut(identity: string): boolean {
  return SPELLS_OUT.test(identity.trim())
}

/** Whether the clause's text (its identity: label dropped, quotes plain) opens by pointing back. */
export function pointsBack(identity: string): boolean {
  return POINTS_BACK.test(identity.trim())
}

/**
 * Grows groups in place by continuations, one clause a round, until none is taken. sections:
 * each clause's section key, per side; free: 1 for a clause in no group (updated). Returns how
 * many parts were taken.
 */
export function growByContinuations(
  groups: readonly AlignedGroup[],
  set: FeatureSet,
  sections: { a: readonly string[]; b: readonly string[] },
  free: { a: Uint8Array; b: Uint8Array },
  termWeight: number,
): number {
  let taken = 0
  for (let round = 1; round < MAX_PARTS; round++) {
    let now = 0
    for (const g of groups) {
      for (const side of ['a', 'b'] as const) {
        const whole = side === 'b' ? g.a : g.b
        const parts = side === 'b' ? g.b : g.a
        if (whole.length !== 1 || parts.length >= MAX_PARTS) continue
        const features = set[side]
        const p = continuationOf(parts, features, free[side], sections[side])
        if (p < 0) continue
        const f = features[p]!
        if (f.heading || new Set(f.terms).size > CONTINUATION_TERMS || openingStatement(f.identity)) continue
        if (placeOpposite(groups, side, p, whole[0]!, free)) continue
        const w = (side === 'b' ? set.a : set.b)[whole[0]!]!
        const said = new Set(parts.flatMap((q) => features[q]!.terms))
        if (1 - coverage(w.terms, said, set.termStats) < CONTINUATION_LEFT) continue
        const next = [...parts, p].sort((x, y) => x - y)
        const together = similarityOf(w, joinAll(next.map((q) => features[q]!), set), { termWeight })
        free[side][p] = 0
        if (side === 'b') g.b = next
        else g.a = next
        g.kind = side === 'b' ? 'split' : 'merged'
        g.similarity = Math.min(1, together)
        g.identical = false
        now++
      }
    }
    taken += now
    if (now === 0) break
  }
  return taken
}

/**
 * The left-over clause that continues the parts: right after the last, pointing back; or right
 * before the first, which spells it out ("That means ..."); in that part's section. -1 if none.
 */
function continuationOf(parts: readonly number[], features: readonly ClauseFeatures[], free: Uint8Array, sections: readonly string[]): number {
  const after = Math.max(...parts) + 1
  if (after < features.length && free[after] && sections[after] === sections[after - 1] && pointsBack(features[after]!.identity)) return after
  const first = Math.min(...parts)
  const before = first - 1
  if (before >= 0 && free[before] && sections[before] === sections[first] && spellsOut(features[first]!.identity)) return before
  return -1
}

/**
 * Whether clause p of `side` stands in a place of its own: the clause after it is aligned, and
 * between the whole (`whole`, on the other side) and that clause's partner the other side holds
 * exactly one clause, left over. Then p is that clause's rewording in place, a lone clause between
 * aligned neighbours on both sides ("Each assessment shall consider the task, the individual, the
 * load and the working environment." / "They think about four things: what you are doing, who is
 * doing it, ..."), not a continuation of the whole before it, however it opens.
 */
function placeOpposite(groups: readonly AlignedGroup[], side: 'a' | 'b', p: number, whole: number, free: { a: Uint8Array; b: Uint8Array }): boolean {
  const other = side === 'b' ? 'a' : 'b'
  const next = groups.find((g) => g[side].includes(p + 1))
  if (!next) return false
  const to = Math.min(...next[other])
  if (to !== whole + 2) return false
  return free[other][whole + 1] === 1
}

function joinAll(parts: readonly ClauseFeatures[], set: FeatureSet): ClauseFeatures {
  return parts.slice(1).reduce((acc, q) => joinFeatures(acc, q, set), parts[0]!)
}
