/**
 * A search box query: words (matched as prefixes, so "photo" finds "photographs"), "quoted
 * phrases" (matched exactly, ignoring case and spacing), and -excluded words.
 */
export interface ParsedQuery {
  words: string[]
  phrases: string[]
  excluded: string[]
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = []
  const rest = query.replace(/"([^"]*)"?/g, (_m, phrase: string) => {
    const clean = phrase.trim().replace(/\s+/g, ' ')
    if (clean) phrases.push(clean.toLowerCase())
    return ' '
  })
  const words: string[] = []
  const excluded: string[] = []
  for (const raw of rest.split(/\s+/)) {
    if (!raw) continue
    if (raw.startsWith('-') && raw.length > 1) excluded.push(raw.slice(1).toLowerCase())
    else words.push(raw)
  }
  return { words, phrases, excluded }
}
