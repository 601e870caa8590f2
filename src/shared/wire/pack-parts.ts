/**
 * Clause ids are `<first 16 characters of the source id>.<position>` (import/segment.ts), so a
 * packed answer (source-pack.ts, comparison-pack.ts) sends the prefix once and a position per
 * clause; an id of any other shape travels as it is. And the tables such answers share.
 */
export const idPrefixOf = (sourceId: string): string => sourceId.slice(0, 16)

/** k when `id` is exactly `<prefix>.<k>` with k written as JSON would write it back; else null. */
export function positionIn(id: string, prefix: string): number | null {
  if (id.length <= prefix.length + 1 || !id.startsWith(prefix) || id[prefix.length] !== '.') return null
  const digits = id.slice(prefix.length + 1)
  const k = Number(digits)
  return Number.isSafeInteger(k) && k >= 0 && String(k) === digits ? k : null
}

/** The id a position stands for, or the id sent as it was. */
export const idAt = (sent: number | string, prefix: string): string => (typeof sent === 'number' ? `${prefix}.${sent}` : sent)

/**
 * Values said once in a packed answer (section trails, topic ids): each is sent in `values`
 * and referred to by its index. Note: trails are keyed by JSON, not a join: [] and [""] stay two.
 */
export class ValueTable<T> {
  readonly values: T[] = []
  private readonly index = new Map<string, number>()

  constructor(private readonly keyOf: (value: T) => string) {}

  indexOf(value: T): number {
    const key = this.keyOf(value)
    let k = this.index.get(key)
    if (k === undefined) {
      k = this.values.length
      this.values.push(value)
      this.index.set(key, k)
    }
    return k
  }
}

export const trailTable = (): ValueTable<string[]> => new ValueTable<string[]>((trail) => JSON.stringify(trail))

/** Every own field of `value` that `known` does not name, to travel as it is; undefined when none. */
export function restOf(value: object, known: ReadonlySet<string>): Record<string, unknown> | undefined {
  let rest: Record<string, unknown> | undefined
  for (const [key, v] of Object.entries(value)) {
    if (!known.has(key)) (rest ??= {})[key] = v
  }
  return rest
}
