/**
 * The evidence bonus of family-evidence.ts, worked out for many pairs of one library at once:
 * the same figures as `evidenceBonus(evidenceOf(a), evidenceOf(b))` without stances, over term
 * numbers instead of strings. Each clause's terms are marked once in a scratch array, each
 * term's related words are looked up once, and each pair of section headings is compared once
 * (most clauses share their heading with others). Note: at 40,000 clauses the string sets cost
 * about a third of building the families.
 */
import { comparisonTerms, relatedTerms } from '../text-features'
import type { ClauseIndex } from './clause-index'
import type { EvidenceWeights } from './family-evidence'

export class LibraryEvidence {
  private readonly terms: Int32Array[]
  private readonly related: (Int32Array | undefined)[]
  private readonly termOf: string[]
  private readonly headingOf: Int32Array
  private readonly headings: ReadonlySet<string>[] = []
  private readonly headingDice = new Map<number, number>()
  private readonly mark: Int32Array
  private generation = 0
  private marked = -1

  constructor(private readonly index: ClauseIndex) {
    const vocabulary = index.vocabulary
    this.termOf = new Array(vocabulary.size)
    for (const [t, id] of vocabulary) this.termOf[id] = t
    this.related = new Array(vocabulary.size)
    this.mark = new Int32Array(vocabulary.size)
    this.terms = index.terms.map((list) => {
      const ids = new Set<number>()
      for (const t of list) ids.add(vocabulary.get(t)!)
      return Int32Array.from(ids)
    })
    const headingNumber = new Map<string, number>()
    this.headingOf = Int32Array.from(index.clauses, (c) => {
      const title = c.section.at(-1) ?? ''
      let h = headingNumber.get(title)
      if (h === undefined) {
        h = this.headings.length
        headingNumber.set(title, h)
        this.headings.push(new Set(comparisonTerms(title)))
      }
      return h
    })
  }

  bonus(a: number, b: number, w: EvidenceWeights): number {
    let sum = 0
    if (w.heading !== 0) sum += w.heading * this.dice(a, b)
    if (w.lexical !== 0 || w.related !== 0) {
      const ta = this.terms[a]!
      const tb = this.terms[b]!
      // The smaller clause's terms against the larger's (ties: the first), as relatedShare does.
      const [small, large, largeClause] = ta.length <= tb.length ? [ta, tb, b] : [tb, ta, a]
      this.markTerms(largeClause, large)
      let shared = 0
      let found = 0
      for (const t of small) {
        if (this.mark[t] === this.generation) {
          shared++
          continue
        }
        for (const r of this.relatedOf(t)) {
          if (this.mark[r] === this.generation) {
            found++
            break
          }
        }
      }
      if (w.lexical !== 0 && ta.length > 0 && tb.length > 0) sum += w.lexical * ((2 * shared) / (ta.length + tb.length))
      if (w.related !== 0 && small.length > 0) sum += w.related * (found / small.length)
    }
    return sum
  }

  private markTerms(clause: number, terms: Int32Array): void {
    if (this.marked === clause) return
    this.generation++
    this.marked = clause
    for (const t of terms) this.mark[t] = this.generation
  }

  private relatedOf(t: number): Int32Array {
    let r = this.related[t]
    if (!r) {
      const ids: number[] = []
      for (const word of relatedTerms(this.termOf[t]!)) {
        const id = this.index.vocabulary.get(word)
        if (id !== undefined) ids.push(id)
      }
      this.related[t] = r = Int32Array.from(ids)
    }
    return r
  }

  private dice(a: number, b: number): number {
    const ha = this.headingOf[a]!
    const hb = this.headingOf[b]!
    const key = ha < hb ? ha * this.headings.length + hb : hb * this.headings.length + ha
    let d = this.headingDice.get(key)
    if (d === undefined) {
      const x = this.headings[ha]!
      const y = this.headings[hb]!
      let shared = 0
      for (const t of x) if (y.has(t)) shared++
      d = x.size === 0 || y.size === 0 ? 0 : (2 * shared) / (x.size + y.size)
      this.headingDice.set(key, d)
    }
    return d
  }
}
