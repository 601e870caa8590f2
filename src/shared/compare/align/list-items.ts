/**
 * Titles written as list items against the terse items of a checklist. headingLike reads the
 * text alone: a label, a few capitalised words, no closing punctuation. That fits "5. Personal
 * use", a title with the clauses of its part nested under it, and just as well "ID badge
 * returned" or "Purchasing card cancelled with Finance", items of a leaver's checklist that
 * stand beside their sibling items. Which one it is shows in the structure: a title is
 * followed, in its section, by clauses at another level (those nested under it); an item by
 * the next item of its list, at its own level.
 */
import type { Clause } from '../../model'

/** A bullet label ("•", "-", "*", a task box): no number or letter, unlike a numbered title ("5."). */
const BULLET = /^[^\p{L}\p{N}]+$/u

/**
 * Indices of the clauses read as titles (`titles[k]`) that are bulleted and whose next clause
 * stands in the same section at the same level: items of a list, which are clauses. Note: a
 * title written as a list item is numbered ("1. Introduction"); a numbered one is left a title. Note: on the tune set a leaver
 * checklist's twenty-one items were all read as titles and none could pair with the sentences
 * that replaced them.
 */
export function listItemsNotTitles(clauses: readonly Clause[], titles: readonly boolean[]): number[] {
  const level = (c: Clause | undefined): number => (typeof c?.level === 'number' ? c.level : 0)
  const section = (c: Clause | undefined): string => (Array.isArray(c?.section) ? c.section.join('\u0000') : '')
  const out: number[] = []
  for (let k = 0; k + 1 < clauses.length; k++) {
    if (!titles[k] || !BULLET.test(clauses[k]!.label ?? '')) continue
    const next = clauses[k + 1]
    if (section(next) === section(clauses[k]) && level(next) === level(clauses[k])) out.push(k)
  }
  return out
}
