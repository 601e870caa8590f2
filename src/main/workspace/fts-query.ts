/**
 * A search box query (parseQuery: words, "phrases", -excluded) as an FTS5 MATCH expression.
 *
 * No user text ever reaches FTS5 as syntax: every term is rebuilt from runs of letters and
 * digits and put inside double quotes, where FTS5 reads nothing but a string to tokenize, so
 * AND, NEAR, *, ^, :, ( and quotes typed by the person are just text (or dropped). Words are
 * prefix terms ("photo" finds "photographs") once they have 3 or more characters; a word that
 * punctuation splits ("e-mail", "3.2") is a phrase of its parts; "phrases" are FTS5 phrases;
 * -excluded words are taken out with NOT.
 */
import { parseQuery } from '../../shared/search/query'

/** Shorter words match whole: "it" should not find every word starting with "it". */
export const MIN_PREFIX_LENGTH = 3

/** Runs of letters and digits (with their combining marks), as unicode61 splits text. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** A quoted FTS5 string: inside double quotes a double quote is written twice. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

/** One word or phrase as an FTS5 phrase term, or null when it has no letters or digits. */
export function ftsTerm(text: string, prefix: boolean): string | null {
  const tokens = tokensOf(text)
  if (tokens.length === 0) return null
  const last = tokens.at(-1)!
  return quote(tokens.join(' ').toLowerCase()) + (prefix && [...last].length >= MIN_PREFIX_LENGTH ? '*' : '')
}

export interface FtsQuery {
  /** Every word and phrase must match. */
  all: string
  /** Any word may match (the fallback when nothing has them all); null when it would be the same. */
  any: string | null
}

/** The MATCH expressions for a query, or null when it has nothing to look for. */
export function toFtsQuery(query: string): FtsQuery | null {
  const { words, phrases, excluded } = parseQuery(query)
  const wordTerms = words.map((w) => ftsTerm(w, true)).filter((t): t is string => t !== null)
  const phraseTerms = phrases.map((p) => ftsTerm(p, false)).filter((t): t is string => t !== null)
  const excludedTerms = excluded.map((x) => ftsTerm(x, true)).filter((t): t is string => t !== null)
  const uniqueWords = [...new Set(wordTerms)]
  const positive = [...new Set([...uniqueWords, ...phraseTerms])]
  if (positive.length === 0) return null
  const not = excludedTerms.length > 0 ? ` NOT (${[...new Set(excludedTerms)].join(' OR ')})` : ''
  const all = `(${positive.join(' AND ')})${not}`
  const any = phraseTerms.length === 0 && uniqueWords.length > 1 ? `(${uniqueWords.join(' OR ')})${not}` : null
  return { all, any }
}
