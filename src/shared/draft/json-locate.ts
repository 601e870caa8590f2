/**
 * Where JSON goes wrong, as an offset. JSON.parse's messages differ between engines and often
 * give no position ("Unexpected token '}', ... is not valid JSON"), and a person fixing a
 * recipe by hand needs a line and column. Only run after JSON.parse has failed.
 * Note: iterative, with an explicit stack, so deep nesting in a hostile file cannot overflow.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after'

/** The offset of the first character that is not valid JSON, text.length if it ends too soon, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length
  const stack: ('{' | '[')[] = []
  let i = 0
  let state: State = 'value'

  /** From the opening quote; true with i past the closing quote, false with i at the fault. */
  const string = (): boolean => {
    i++
    while (i < n) {
      const ch = text[i]!
      if (ch === '"') {
        i++
        return true
      }
      if (ch < ' ') return false
      if (ch === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
          continue
        }
        if (next === undefined || !ESCAPES.has(next)) return false
        i += 2
        continue
      }
      i++
    }
    return false
  }

  for (;;) {
    while (i < n && WHITESPACE.has(text[i]!)) i++
    const ch = text[i]
    if (state === 'after') {
      const top = stack.at(-1)
      if (top === undefined) return i < n ? i : -1
      if (ch === ',') {
        i++
        state = top === '{' ? 'key' : 'value'
      } else if (ch === (top === '{' ? '}' : ']')) {
        stack.pop()
        i++
      } else {
        return i
      }
      continue
    }
    if (ch === undefined) return n
    if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && ch === '}') {
        stack.pop()
        i++
        state = 'after'
        continue
      }
      if (ch !== '"' || !string()) return i
      while (i < n && WHITESPACE.has(text[i]!)) i++
      if (i >= n) return n
      if (text[i] !== ':') return i
      i++
      state = 'value'
      continue
    }
    // A value is expected.
    if (state === 'value-or-close' && ch === ']') {
      stack.pop()
      i++
      state = 'after'
      continue
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch)
      i++
      state = ch === '{' ? 'key-or-close' : 'value-or-close'
      continue
    }
    if (ch === '"') {
      if (!string()) return i
      state = 'after'
      continue
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i))
    if (literal) {
      i += literal.length
      state = 'after'
      continue
    }
    NUMBER.lastIndex = i
    const number = NUMBER.exec(text)
    if (!number) return i
    i += number[0].length
    state = 'after'
  }
}
