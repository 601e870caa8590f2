/**
 * Blocks keep their own copies of their strings (kit/own-strings.ts, issue 12), with
 * exactly the characters they had: past Latin-1, astral and lone surrogates alike.
 */
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/shared/import/blocks'
import { ownBlockStrings, ownString } from '../../src/shared/import/kit/own-strings'

describe('own strings', () => {
  it('are the same characters', () => {
    const whole = 'Arrows → and quotes “ ” and 😀 and a lone \ud800 surrogate, "quoted" \\ and \u0000 controls'
    for (let i = 0; i < whole.length; i += 7) expect(ownString(whole.slice(i, i + 20))).toBe(whole.slice(i, i + 20))
    expect(ownString('')).toBe('')
  })

  it('replace every string field of the blocks from the given index on, and nothing else', () => {
    const text = 'x'.repeat(100) + '→'
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: text.slice(0, 50) },
      { kind: 'paragraph', label: text.slice(0, 2), level: 2, text: text.slice(10, 60), inline: text.slice(10, 61) },
    ]
    const before = structuredClone(blocks)
    ownBlockStrings(blocks, 1)
    expect(blocks).toEqual(before)
  })
})
