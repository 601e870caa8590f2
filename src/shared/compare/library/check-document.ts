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
import { buildClauseIndex, forEachCandidate, Visited } from './clause-index'
import { similarity } from './sparse'
import { opposed, propositionsOf, quoteOf, stanceVerb, type Proposition } from './stance'

export interface CheckOptions {
  /** Clauses at least this alike (cosine of their word vectors) repeat each other. */
  repeatSimilarity: number
  /** Opposed propositions conflict when the shorter shares this share of its IDF-weighted terms with the other. */
  minOverlap: number
  /** Only clauses that share a topic can conflict. */
  requireSharedTopic: boolean
}

export type { DocumentCheck, DocumentIssue, IssueKind }

export const defaultCheckOptions: CheckOptions = { repeatSimilarity: 0.8, minOverlap: 0.5, requireSharedTopic: true }

export function checkDocument(clauses: readonly Clause[], options: Partial<CheckOptions> = {}): DocumentCheck {
  const opts: CheckOptions = { ...defaultCheckOptions, ...options }
  // Words only: a repeat is a repeat of wording, and opposition is judged below.
  const index = buildClauseIndex([{ id: 'document', clauses: [...clauses] }], { topicWeight: 0, relatedTerms: false })
  const n = index.clauses.length
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
      if (!opts.requireSharedTopic || shared.length > 0) {
        const conflict = opposition(propsOf(i), propsOf(j), statistics, opts.minOverlap)
        if (conflict) {
          const [pa, pb, overlap] = conflict
          const reason = `${capital(names[i]!)} ${stanceVerb[pa.stance!]} what ${names[j]} ${stanceVerb[pb.stance!]}: “${quoteOf(a.text, pa)}” against “${quoteOf(b.text, pb)}”.`
          conflicts.push({ kind: 'opposed', clauseIds: [a.id, b.id], similarity: clamp(overlap), topics: shared, reason })
          return
        }
      }
      const s = similarity(index.vectors[i]!, index.vectors[j]!)
      if (s >= opts.repeatSimilarity) {
        const how = s > 0.999 ? 'the same words' : `${Math.round(s * 100)}% alike in wording`
        repeats.push({ kind: 'repeat', clauseIds: [a.id, b.id], similarity: s, topics: shared, reason: `${capital(names[j]!)} repeats ${names[i]} (${how}).` })
      }
    })
  }
  const order = (x: DocumentIssue, y: DocumentIssue): number => index.numberOf.get(x.clauseIds[0])! - index.numberOf.get(y.clauseIds[0])! || index.numberOf.get(x.clauseIds[1])! - index.numberOf.get(y.clauseIds[1])!
  return { repeats: repeats.sort(order), conflicts: conflicts.sort(order) }
}

/** The most overlapping pair of propositions with opposed stances, if any overlap enough. */
function opposition(pa: Proposition[], pb: Proposition[], statistics: TermStatistics, minOverlap: number): [Proposition, Proposition, number] | null {
  let best: [Proposition, Proposition, number] | null = null
  for (const p of pa) {
    if (!p.stance || p.terms.length === 0) continue
    for (const q of pb) {
      if (!opposed(p.stance, q.stance) || q.terms.length === 0 || !p.act.some((t) => q.act.includes(t))) continue
      const overlap = containment(p.terms, q.terms, statistics)
      if (overlap >= minOverlap && (!best || overlap > best[2])) best = [p, q, overlap]
    }
  }
  return best
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
