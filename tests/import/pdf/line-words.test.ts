/**
 * A PDF line keeps its words as its text plus which words are bold (pdf/line-words.ts, issue
 * 12): reading them back gives the words the line was made from, mixed emphasis included.
 */
import { describe, expect, it } from 'vitest'
import { linesOfPage } from '../../../src/shared/import/pdf/lines'
import { boldFlags, firstWord, wordsOf } from '../../../src/shared/import/pdf/line-words'
import type { TextRun } from '../../../src/shared/import/pdf/types'

function run(text: string, x: number, bold = false): TextRun {
  return { text, x, baseline: 100, width: text.length * 5, size: 10, font: bold ? 'B' : 'R', bold }
}

describe('a line’s words', () => {
  it('come back from the text and the bold flags, with mixed emphasis', () => {
    const [line] = linesOfPage({ pageNumber: 1, width: 600, height: 800, runs: [run('Never', 60, true), run('share', 92), run('passwords', 125, true)] })
    expect(line!.text).toBe('Never share passwords')
    expect(line!.boldWords).toEqual([true, false, true])
    expect(wordsOf(line!)).toEqual([{ text: 'Never', bold: true }, { text: 'share', bold: false }, { text: 'passwords', bold: true }])
    expect(firstWord(line!)).toBe('Never')
  })

  it('store one flag for a line all bold or all plain', () => {
    expect(boldFlags([{ text: 'a', bold: true }, { text: 'b', bold: true }])).toBe(true)
    expect(boldFlags([{ text: 'a', bold: false }])).toBe(false)
    expect(wordsOf({ text: 'one two', boldWords: false })).toEqual([{ text: 'one', bold: false }, { text: 'two', bold: false }])
    expect(firstWord({ text: 'alone' })).toBe('alone')
  })
})
