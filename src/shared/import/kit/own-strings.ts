/**
 * A block's strings as their own flat copies, one byte a character where they fit. Block texts
 * are cut from the file's text (V8 keeps such a cut as a pointer into the whole text, which it
 * then keeps alive) or built from pieces, and a file with one character past Latin-1 (an arrow)
 * makes every string cut from it two bytes a character: the blocks of a 1 MB Markdown file held
 * 5.9 MB with the text, their own copies 2.2 MB (issue 12). The characters are unchanged.
 *
 * Note: JSON.parse makes a fresh flat string, in one byte a character when it can; stringify
 * then parse gives back exactly the same characters, lone surrogates included.
 */
import type { Block } from '../blocks'

export function ownString(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string
}

/**
 * Replace, in place, every string field of these blocks with its own copy. A paragraph's
 * inline Markdown is most often its text (nothing to escape): the two fields then share one
 * copy, as they shared one string before.
 */
export function ownBlockStrings(blocks: readonly Block[], from = 0): void {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i] as unknown as Record<string, unknown>
    let lastValue: string | undefined
    let lastOwn = ''
    for (const key of Object.keys(block)) {
      const value = block[key]
      if (typeof value !== 'string') continue
      if (value !== lastValue) {
        lastValue = value
        lastOwn = ownString(value)
      }
      block[key] = lastOwn
    }
  }
}
