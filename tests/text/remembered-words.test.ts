/** A word function remembered word by word, bounded (the stemmer's and the tagger's memo). */
import { describe, expect, it } from 'vitest'
import { rememberedWords } from '../../src/shared/text/remembered-words'
import { stem } from '../../src/shared/compare/text-features'
import { wordForm } from '../../src/shared/topics/word-forms'

describe('rememberedWords', () => {
  it('works each word out once, and gives the same answer after', () => {
    const asked: string[] = []
    const upper = rememberedWords((w) => (asked.push(w), w.toUpperCase()))
    expect([upper('post'), upper('post'), upper('posts')]).toEqual(['POST', 'POST', 'POSTS'])
    expect(asked).toEqual(['post', 'posts'])
  })

  it('holds at most its size, starting again when full, with answers unchanged', () => {
    const asked: string[] = []
    const same = rememberedWords((w) => (asked.push(w), w), 2)
    for (const w of ['a', 'b', 'c', 'a']) expect(same(w)).toBe(w)
    // "c" found it full and started again, so "a" was worked out a second time.
    expect(asked).toEqual(['a', 'b', 'c', 'a'])
  })

  it('is what the stemmer and the word forms answer with', () => {
    expect([stem('posting'), stem('posting'), stem('posts')]).toEqual(['post', 'post', 'post'])
    expect([wordForm('approved'), wordForm('approves')]).toEqual([wordForm('approve'), wordForm('approve')])
  })
})
