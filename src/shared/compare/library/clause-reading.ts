/**
 * The text a clause is read as when the library compares it: its own words, after its question
 * when it answers one. A policy written as questions and answers puts each question in a
 * heading and leans on it in the answer ("Can I use the council's logo on my own page?" /
 * "No, it's for official channels only."): the answer alone states no duty another policy
 * could be found to share.
 *
 * Note: only the clause's own (last) heading, and only when it is a question; any other
 * heading names a whole section's subject, and reading it into every clause of a long section
 * tags them all alike (see the index's `topicWeight` note).
 */
import type { Clause } from '../../model'

export function clauseReading(clause: Pick<Clause, 'text' | 'section'>): string {
  const heading = clause.section.at(-1)?.trim()
  return heading && heading.endsWith('?') ? `${heading} ${clause.text}` : clause.text
}
