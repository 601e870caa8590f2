/**
 * Words that name a table's column ("Account", "Run by", "Kind of content", "Who approves it").
 * A PDF keeps no mark of which row is a table's header: printed bold it shows itself, but a
 * plain first row over rows of short names ("Account  Run by" over "Main council feed
 * Communications team") reads like one more row. What tells them apart is what the cells say:
 * a header names kinds of thing (an account, a team, a date, a role), its rows name the things.
 *
 * A cell is a column heading when its last word is one of the nouns tables are headed with, or
 * it ends in "by" ("Run by", "Managed by"), or it starts with a question word ("Who approves
 * it", "When to post"). The list is short on purpose: a cell that is not plainly a column's name
 * leaves the row a clause, as before.
 */

const HEAD_NOUNS = new Set(
  [
    'account', 'action', 'activity', 'address', 'approver', 'area', 'audience', 'author', 'category',
    'change', 'channel', 'comment', 'contact', 'content', 'date', 'deadline', 'definition', 'department',
    'description', 'detail', 'document', 'example', 'format', 'frequency', 'guidance', 'handle', 'item',
    'kind', 'lead', 'link', 'location', 'meaning', 'name', 'note', 'number', 'officer', 'owner', 'page',
    'platform', 'purpose', 'question', 'answer', 'reference', 'requirement', 'responsibility', 'risk',
    'role', 'section', 'service', 'site', 'stage', 'status', 'step', 'summary', 'task', 'team', 'term',
    'timescale', 'title', 'tool', 'topic', 'type', 'use', 'version',
  ],
)

const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which'])

/** The word without a plural ending, for the noun list ("Responsibilities", "Notes", "Details"). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1)
  return word
}

/** True when the cell reads as the name of a table column. */
export function isColumnHeading(cell: string): boolean {
  const words = cell.toLowerCase().match(/[\p{L}']+/gu)
  if (!words || words.length === 0 || words.length > 5) return false
  const last = words[words.length - 1]!
  return HEAD_NOUNS.has(last) || HEAD_NOUNS.has(singular(last)) || last === 'by' || QUESTION_WORDS.has(words[0]!)
}
