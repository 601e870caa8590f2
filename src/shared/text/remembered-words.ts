/**
 * A word function remembered word by word: the same words recur in every clause, so the
 * stemmer (compare/text-features.ts) and the topic tagger's word forms (topics/word-forms.ts)
 * each work a word out once. Pure: the function must give one answer per word.
 * Note: bounded, so a long-lived process reading many documents does not grow without end;
 * when full it starts again rather than tracking use, which costs a few words worked out twice.
 */
export function rememberedWords(work: (word: string) => string, size = 50_000): (word: string) => string {
  const known = new Map<string, string>()
  return (word) => {
    const seen = known.get(word)
    if (seen !== undefined) return seen
    const out = work(word)
    if (known.size >= size) known.clear()
    known.set(word, out)
    return out
  }
}
