/**
 * Opening statements: the sentence at the top of a policy that says what the document is for
 * ("This policy sets out the annual leave entitlement of employees of ..." / "This page answers
 * the questions we're asked most often about holidays: ..."; "This policy sets out the
 * conditions under which employees ... may drive vehicles" / "It explains when you can get behind
 * the wheel of one of our cars, vans or minibuses"). A rewrite in a new voice keeps the
 * statement and its place and changes every word, and its words are the document's own topic,
 * near every clause in meaning, so no lexical or vector rule can pair it.
 *
 * Its form and its place are the evidence: in a revision, two left-over statements about the
 * document itself (this policy / guide / page ... does, or "it explains ..."), each the only
 * one left over before the first in-order anchor of its document, pair.
 */
import type { Anchor } from './gaps'

/** A sentence about the document itself, by its opening words. */
const ABOUT_THE_DOCUMENT = /^(?:this|the) (?:policy|guide|guidance|page|procedure|document|code|protocol|strategy|standard|leaflet|booklet|handbook|note)\b|^it (?:explains|sets out|tells|describes|covers|says)\b/i

/**
 * Whether a clause states what the document is for, in its first sentence or a later one.
 * Note: a guide written for people going through something hard often opens with a sentence
 * that meets the reader first ("We know that losing someone close is one of the hardest things
 * anyone goes through. This guide explains the time off you can have ..."): the statement is its
 * second sentence, in the same place.
 */
export function openingStatement(identity: string): boolean {
  return identity.split(/(?<=[.!?])\s+/).some((sentence) => ABOUT_THE_DOCUMENT.test(sentence))
}

/**
 * The pair of opening statements (i of A, j of B), or none. first: the first in-order anchor;
 * identities: each side's identity texts (label removed).
 */
export function openingStatementPair(
  first: Anchor | undefined,
  identities: { a: readonly string[]; b: readonly string[] },
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
): [number, number] | undefined {
  if (!first) return undefined
  const before = (ids: readonly string[], free: (k: number) => boolean, end: number): number[] => {
    const out: number[] = []
    for (let k = 0; k < end; k++) if (free(k) && openingStatement(ids[k]!)) out.push(k)
    return out
  }
  const as = before(identities.a, freeA, Math.min(...first.a))
  const bs = before(identities.b, freeB, Math.min(...first.b))
  return as.length === 1 && bs.length === 1 ? [as[0]!, bs[0]!] : undefined
}
