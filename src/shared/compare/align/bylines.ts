/**
 * Bylines: the organisation's name set above a document's first section ("Fernley Borough
 * Council", "Elmsford District Council, for all staff", "Kingsmere Borough Council, Facilities
 * team"). Importers keep such a line as a clause, and it shares the organisation's name, the
 * rarest words of the whole document, with the opening clause of the other version ("This policy
 * sets out the framework within which Fernley Borough Council supports ..."), which it then
 * takes from that clause's real rewording. A byline is read as a title: it never pairs with a
 * clause (features.ts neverPaired), only with another title.
 *
 * What marks one, from the structure and the line alone: it stands before the document's first
 * section (no clause before it sits deeper, and a later one does), carries no label, ends in no
 * sentence punctuation, is short, and holds a name of several capitalised words. Or, in a guide's
 * voice, one sentence saying who wrote it, however long ("Written by the People and Culture Team
 * at Marlow Vale District Council for everyone who works here ..., this guide replaces ..."): it
 * opens with the authorship ("Written by", "Published by", "Issued by" ...) and names the
 * organisation (several capitalised words), and says nothing a clause of the other version does.
 */
import type { Clause } from '../../model'

/** A byline is at most this many words. */
const BYLINE_WORDS = 10

/** Capitalised words after the first: a name of several words ("Borough Council"). */
const NAME_WORDS = 2

/** Indices of the clauses that are bylines (see the top of this file). */
export function bylineClauses(clauses: readonly Clause[], identities: readonly string[]): number[] {
  const depth = (c: Clause | undefined): number => (Array.isArray(c?.section) ? c.section.length : 0)
  const first = depth(clauses[0])
  const deeper = clauses.findIndex((c) => depth(c) > first)
  if (deeper <= 0) return []
  const out: number[] = []
  for (let k = 0; k < deeper; k++) {
    const c = clauses[k]!
    const identity = identities[k] ?? ''
    if (authorshipLine(c, identity)) {
      out.push(k)
      continue
    }
    // Note: a table row (document control) is joined with "|" in the text; its identity has none.
    if ((typeof c.label === 'string' && c.label !== '') || /[.!?;:]$/.test(identity) || (typeof c.text === 'string' && c.text.includes('|'))) continue
    const words = identity.split(' ').filter((w) => /\p{L}/u.test(w))
    if (words.length === 0 || words.length > BYLINE_WORDS) continue
    if (words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length >= NAME_WORDS) out.push(k)
  }
  return out
}

/** "Written by", "Published by" ... at the start of an unlabelled line: who wrote the document. */
const AUTHORSHIP = /^(?:written|published|issued|prepared|produced|compiled|maintained|owned) by\b/i

/** A byline written as one sentence of authorship naming the organisation (see the top of this file). */
function authorshipLine(c: Clause, identity: string): boolean {
  if ((typeof c.label === 'string' && c.label !== '') || !AUTHORSHIP.test(identity)) return false
  // One sentence: a second one would be policy text about something else.
  if (identity.split(/(?<=[.!?])\s+/).length > 1) return false
  const words = identity.split(' ').filter((w) => /\p{L}/u.test(w))
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length >= NAME_WORDS
}
