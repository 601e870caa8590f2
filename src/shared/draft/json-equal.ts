/**
 * Deep equality of plain JSON values (the draft model is nothing else). Used to tell a batch
 * whose steps cancel out (add, then remove) from a real change, so it makes no undo entry.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined)
  const otherKeys = Object.keys(rb).filter((k) => rb[k] !== undefined)
  return keys.length === otherKeys.length && keys.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]))
}
