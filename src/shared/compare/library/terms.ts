/**
 * The terms a library comparison sees: the aligner's content terms (text-features.ts), with
 * the looser word groups of related-terms.json merged on top.
 */
import { contentTerms } from '../text-features'
import related from './related-terms.json' with { type: 'json' }

const headOf = new Map<string, string>()
for (const group of related.groups) {
  const head = contentTerms(group[0]!).join('_')
  for (const word of group) {
    const term = contentTerms(word)
    // Note: a word the aligner already merges into a phrase or drops is left alone.
    if (term.length === 1 && term[0] !== head) headOf.set(term[0]!, head)
  }
}

export function libraryTerms(text: string): string[] {
  return contentTerms(text).map((t) => headOf.get(t) ?? t)
}
