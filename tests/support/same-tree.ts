/**
 * Deep equality for trees too deep for a recursive comparison: `toEqual` walks a 2,000-level
 * hast tree with several stack frames per level, and whether that fits depends on whether V8
 * has optimised the comparer yet (interpreted frames are larger), so the same test passed on
 * one run and overflowed on the next. This walk keeps its own stack. Like `toEqual`, it treats
 * a property set to undefined as absent. Returns null when the trees are the same, otherwise
 * the path of the first difference and what each side holds there.
 */
export function treeDifference(actual: unknown, expected: unknown): string | null {
  const stack: Array<[unknown, unknown, string]> = [[actual, expected, '$']]
  while (stack.length > 0) {
    const [a, b, at] = stack.pop()!
    if (Object.is(a, b)) continue
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return `${at}: ${show(a)} against ${show(b)}`
    }
    if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array against non-array`
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return `${at}: length ${a.length} against ${b.length}`
      for (let i = a.length - 1; i >= 0; i--) stack.push([a[i], b[i], `${at}[${i}]`])
      continue
    }
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)].filter((k) => ra[k] !== undefined || rb[k] !== undefined))
    for (const key of [...keys].reverse()) stack.push([ra[key], rb[key], `${at}.${key}`])
  }
  return null
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
