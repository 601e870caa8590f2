/**
 * Checking one document (a source, or the user's draft) for what its author should resolve:
 * clauses that repeat each other, and pairs of clauses on the same topic whose duties look
 * opposed ("may" against "must not", "is allowed" against "is not allowed", "should" against
 * "should never") about the same act: high overlap of their words once the modal words are
 * set aside. Candidate pairs come from the same inverted index as the library's families.
 */
import type { Clause, ClauseId, TopicId } from '../../model'
import type { DocumentCheck, DocumentIssue, IssueKind } from '../../model-library'
import { contentTerms, TermStatistics } from '../text-features'
import { buildClauseIndex, forEachCandidate, type IndexSource, Visited } from './clause-index'
import { REPEAT_SIMILARITY } from './repeat-threshold'
import { similarity } from './sparse'
import { opposed, propositionsOf, quoteOf, stanceVerb, type Proposition } from './stance'

export interface CheckOptions {
  /**
   * Clauses at least this alike repeat each other, scored as similarClauses scores them (the
   * library's vectors, related words and topics): one threshold, shared (repeat-threshold.ts).
   */
  repeatSimilarity: number
  /** Opposed propositions on a shared topic conflict when the shorter shares this share of its IDF-weighted terms with the other. */
  minOverlap: number
  /**
   * Opposed propositions whose other words are the same or nearly so (this share of the
   * IDF-weighted terms of both, the longer included) conflict whatever their topics.
   */
  nearlySame: number
  /** Only clauses that share a topic can conflict (unless nearly the same, above). */
  requireSharedTopic: boolean
  /**
   * The other sources of the library, for word statistics: with them a pair of the document
   * scores exactly as similarClauses scores it. Without them the document's own statistics are
   * used, which in a short draft count every shared word as common.
   */
  library: readonly IndexSource[]
}

export type { DocumentCheck, DocumentIssue, IssueKind }

export const defaultCheckOptions: CheckOptions = { repeatSimilarity: REPEAT_SIMILARITY, minOverlap: 0.5, nearlySame: 0.75, requireSharedTopic: true, library: [] }

export function checkDocument(clauses: readonly Clause[], options: Partial<CheckOptions> = {}): DocumentCheck {
  const opts: CheckOptions = { ...defaultCheckOptions, ...options }
  // Candidates from the document's own words; opposition is judged below.
  const index = buildClauseIndex([{ id: 'document', clauses: [...clauses] }], { topicWeight: 0, relatedTerms: false })
  const n = index.clauses.length
  // Repeats are scored as similarClauses scores them: library statistics, related words, topics.
  const scoring = buildClauseIndex([...opts.library.filter((s) => s.clauses.length > 0), { id: 'document', clauses: [...clauses] }])
  const vectorOf = (i: number) => scoring.vectors[scoring.numberOf.get(index.clauses[i]!.id)!]!
  const names = clauseNames(index.clauses)
  const propositions: (Proposition[] | undefined)[] = new Array(n)
  const propsOf = (i: number): Proposition[] => (propositions[i] ??= propositionsOf(index.clauses[i]!.text))
  const statistics = new TermStatistics()
  for (const c of index.clauses) statistics.add(contentTerms(c.text))

  const repeats: DocumentIssue[] = []
  const conflicts: DocumentIssue[] = []
  const visited = new Visited(n)
  for (let i = 0; i < n; i++) {
    forEachCandidate(index, i, visited, (j) => {
      if (j < i) return
      const a = index.clauses[i]!
      const b = index.clauses[j]!
      const shared = a.topics.filter((t) => b.topics.includes(t))
      const minOverlap = !opts.requireSharedTopic || shared.length > 0 ? opts.minOverlap : Infinity
      if (!isException(a.text, b.text)) {
        const conflict = opposition(propsOf(i), propsOf(j), statistics, minOverlap, opts.nearlySame)
        if (conflict) {
          const [pa, pb, overlap] = conflict
          const reason = `${capital(names[i]!)} ${stanceVerb[pa.stance!]} what ${names[j]} ${stanceVerb[pb.stance!]}: “${quoteOf(a.text, pa)}” against “${quoteOf(b.text, pb)}”.`
          conflicts.push({ kind: 'opposed', clauseIds: [a.id, b.id], similarity: clamp(overlap), topics: shared, reason })
          return
        }
      }
      const s = similarity(vectorOf(i), vectorOf(j))
      // Note: alike in wording but opposed in duty ("Councillors may express political views"
      // against "Officers must not ...") is not a repeat: saying it twice is not the problem.
      if (s >= opts.repeatSimilarity && !opposedActs(propsOf(i), propsOf(j))) {
        const how = s > 0.999 ? 'the same words' : `${Math.round(s * 100)}% alike in wording`
        repeats.push({ kind: 'repeat', clauseIds: [a.id, b.id], similarity: s, topics: shared, reason: `${capital(names[j]!)} repeats ${names[i]} (${how}).` })
      }
    })
  }
  const order = (x: DocumentIssue, y: DocumentIssue): number => index.numberOf.get(x.clauseIds[0])! - index.numberOf.get(y.clauseIds[0])! || index.numberOf.get(x.clauseIds[1])! - index.numberOf.get(y.clauseIds[1])!
  return { repeats: repeats.sort(order), conflicts: conflicts.sort(order) }
}

/**
 * The most overlapping pair of propositions with opposed stances over the same act and the
 * same actor, if any overlap enough: the shorter's terms found in the other (`minOverlap`, on
 * a shared topic), or the terms of both alike (`nearlySame`, on any topic).
 */
function opposition(pa: Proposition[], pb: Proposition[], statistics: TermStatistics, minOverlap: number, nearlySame: number): [Proposition, Proposition, number] | null {
  let best: [Proposition, Proposition, number] | null = null
  for (const p of pa) {
    if (!p.stance || p.terms.length === 0) continue
    for (const q of pb) {
      if (!opposed(p.stance, q.stance) || q.terms.length === 0 || !p.act.some((t) => q.act.includes(t))) continue
      // Note: "Managers may approve posts" and "Staff must not approve posts" bind different people.
      if (p.actor.length > 0 && q.actor.length > 0 && !sameSet(p.actor, q.actor)) continue
      const overlap = containment(p.terms, q.terms, statistics)
      if (!headsFound(p, q) || !headsFound(q, p)) continue
      const alike = overlap >= minOverlap || weightedJaccard(p.terms, q.terms, statistics) >= nearlySame
      if (alike && (!best || overlap > best[2])) best = [p, q, overlap]
    }
  }
  return best
}

/** Whether any proposition of one is opposed to one of the other over the same act (whoever it binds). */
function opposedActs(pa: Proposition[], pb: Proposition[]): boolean {
  return pa.some((p) => pb.some((q) => opposed(p.stance, q.stance) && p.act.some((t) => q.act.includes(t))))
}

/**
 * A passive proposition's subject is what it allows or forbids ("Posting photographs ... is
 * allowed"): both of its head words must be in the other proposition, or the two speak of
 * different things ("Sharing job adverts ... is prohibited").
 */
function headsFound(p: Proposition, q: Proposition): boolean {
  return !p.passive || p.act.slice(0, 2).every((t) => q.terms.includes(t))
}

/** Note: "Staff" and "Press officers" (press, staff) are different people: one is a subset. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a)
  const sb = new Set(b)
  return sa.size === sb.size && [...sa].every((t) => sb.has(t))
}

/**
 * A clause that says it is an exception ("except", "unless", "apart from") to another it
 * otherwise repeats does not contradict it: rule and exception are one duty. Only the clause
 * holding the marker counts; if both hold one, neither is the other's exception.
 */
const EXCEPTION = /\b(except|excepting|unless|exception|apart from|other than|in which case)\b/i
function isException(a: string, b: string): boolean {
  return EXCEPTION.test(a) !== EXCEPTION.test(b)
}

/** Shared IDF weight over the weight of all terms of both: 1 when the two say the same words. */
function weightedJaccard(a: readonly string[], b: readonly string[], statistics: TermStatistics): number {
  const sa = new Set(a)
  const sb = new Set(b)
  let shared = 0
  let all = 0
  for (const t of new Set([...sa, ...sb])) {
    const w = statistics.idf(t)
    all += w
    if (sa.has(t) && sb.has(t)) shared += w
  }
  return all > 0 ? shared / all : 0
}

/**
 * How much of the shorter proposition the other one shares, weighting each term by its IDF:
 * one clause often adds a condition the other lacks ("where the team has agreed a business
 * case"), which a cosine would count against the pair.
 */
function containment(a: readonly string[], b: readonly string[], statistics: TermStatistics): number {
  const weight = (terms: ReadonlySet<string>): number => [...terms].reduce((sum, t) => sum + statistics.idf(t), 0)
  const sa = new Set(a)
  const sb = new Set(b)
  const shared = new Set([...sa].filter((t) => sb.has(t)))
  const smaller = Math.min(weight(sa), weight(sb))
  return smaller > 0 ? weight(shared) / smaller : 0
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x))
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * How a reason names each clause: "clause 4.1" by its printed label; where a label repeats in
 * the document (lists that restart in each section), with its heading; where there is no
 * label, by its first words.
 */
function clauseNames(clauses: readonly Clause[]): string[] {
  const label = (c: Clause): string | null => {
    const l = c.label?.trim().replace(/\.$/, '') ?? ''
    return l && /[\p{L}\p{N}]/u.test(l) ? l : null
  }
  const count = new Map<string, number>()
  for (const c of clauses) {
    const l = label(c)
    if (l) count.set(l, (count.get(l) ?? 0) + 1)
  }
  return clauses.map((c) => {
    const l = label(c)
    if (l && count.get(l) === 1) return `clause ${l}`
    const heading = c.section.at(-1)
    if (l && heading) return `clause ${l} under “${heading}”`
    const words = c.text.split(/\s+/).filter(Boolean)
    return `the clause “${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`
  })
}
