/** Text with the words of a search query marked. Plain text only: nothing is parsed as HTML. */
import { parseQuery } from '../../../shared/search/query'

function patternFor(query: string): RegExp | null {
  const { words, phrases } = parseQuery(query)
  const parts = [...phrases, ...words.filter((w) => w.length >= 2)].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  // Words match at the start of a word, as the search does (prefixes).
  return parts.length ? new RegExp(`\\b(${parts.join('|')})[\\p{L}]*`, 'giu') : null
}

export function Highlighted({ text, query }: { text: string; query: string }): React.JSX.Element {
  const pattern = patternFor(query)
  if (!pattern) return <>{text}</>
  const out: React.ReactNode[] = []
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index))
    out.push(<mark key={m.index}>{m[0]}</mark>)
    last = m.index + m[0].length
  }
  out.push(text.slice(last))
  return <>{out}</>
}
