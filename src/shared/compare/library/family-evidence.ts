/**
 * Evidence beyond the cosine of two clause vectors that two clauses of different sources
 * state the same duty, the same evidence the aligner weighs when it pairs rewritten clauses:
 * - the same section heading in other words ("Confidentiality" / "Keep it private" share
 *   nothing, but "Confidentiality" / "Confidentiality and personal data" do);
 * - common synonyms from WordNet (related-words.json: "accept" / "take"), over the terms the
 *   library index already reads (so no clause is read twice at scale);
 * - the same stance (both forbid, both permit): a clause that forbids what another requires
 *   is not the same duty, however alike the words ("must not respond" / "should be answered").
 * Each is weak alone; they are added to the cosine as small bonuses, never enough by
 * themselves to make a pair.
 */
import type { Clause } from '../../model'
import { comparisonTerms, relatedTerms } from '../text-features'
import { propositionsOf, type Stance } from './stance'

export interface ClauseEvidence {
  /** Terms of the clause text: the library index's own when given, else comparison terms (derivations merged). */
  terms: ReadonlySet<string>
  /** Comparison terms of the clause's own section heading (its number dropped). */
  heading: ReadonlySet<string>
  /** The stances its propositions take, in order, without repeats (empty unless asked for). */
  stances: readonly Stance[]
}

const headingCache = new Map<string, ReadonlySet<string>>()

/**
 * What a clause offers as evidence. Stances are read only when asked (`withStances`): they
 * cost a sentence parse per clause, too much for every clause of a large library.
 */
export function evidenceOf(clause: Clause, withStances = false, terms: readonly string[] = comparisonTerms(clause.text)): ClauseEvidence {
  const title = clause.section.at(-1) ?? ''
  // Note: many clauses share a heading, so its terms are worked out once.
  let heading = headingCache.get(title)
  if (!heading) {
    if (headingCache.size > 10_000) headingCache.clear()
    headingCache.set(title, (heading = new Set(comparisonTerms(title))))
  }
  const stances: Stance[] = []
  if (withStances) for (const p of propositionsOf(clause.text)) if (p.stance && !stances.includes(p.stance)) stances.push(p.stance)
  return { terms: new Set(terms), heading, stances }
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Share of the smaller clause's terms that the other holds only as a related word. */
function relatedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let found = 0
  for (const t of small) {
    if (large.has(t)) continue
    for (const r of relatedTerms(t)) {
      if (large.has(r)) {
        found++
        break
      }
    }
  }
  return found / small.size
}

/** Every stance of one is opposed by a stance of the other: forbid against permit or oblige. */
export function stancesOpposed(a: readonly Stance[], b: readonly Stance[]): boolean {
  if (a.length !== 1 || b.length !== 1) return false
  return a[0] !== b[0] && (a[0] === 'forbid' || b[0] === 'forbid')
}

export interface EvidenceWeights {
  heading: number
  /** Dice overlap of the terms: mostly what the cosine already says (0 by default). */
  lexical: number
  related: number
}

/**
 * The bonus two clauses earn beyond their cosine: same heading words, shared words
 * (derivations merged), related words; none when their stances are opposed.
 */
export function evidenceBonus(a: ClauseEvidence, b: ClauseEvidence, w: EvidenceWeights): number {
  if (stancesOpposed(a.stances, b.stances)) return 0
  return w.heading * dice(a.heading, b.heading) + w.lexical * dice(a.terms, b.terms) + w.related * relatedShare(a.terms, b.terms)
}
