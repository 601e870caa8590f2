/** Small, fast, seedable hashes: the same input gives the same number on every run and host. */

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit number. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The finaliser of MurmurHash3: spreads the bits of a 32-bit number. */
export function mix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Eight hex digits: short, stable identifiers for things derived from ids. */
export function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0')
}
