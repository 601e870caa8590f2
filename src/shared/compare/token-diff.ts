/**
 * The difference of two token lists, exactly as jsdiff's `diffArrays` gives it (same runs, same
 * choice among equally short scripts: Myers' search with jsdiff's pruning at the edges of the
 * edit graph and its preference for the path farther along the old list), for tokens compared
 * with `===` and no other option but the bounds.
 *
 * Note: jsdiff keeps every path as a linked list of objects and makes two or three per step;
 * a comparison of two policies where a fifth of the clauses were replaced diffs rows that
 * share little, and that search (and the garbage it left) was a tenth of a new pair's CPU, and
 * most of the first comparison after a start, when its code still ran in the interpreter.
 * Here the tokens are numbered, and the runs are entries of typed arrays shared by the paths
 * (a run extended is a new entry: the old one may still belong to another path).
 * tests/compare/token-diff.test.ts holds the two to each other.
 */

export interface TokenRun {
  /** 'equal' (in both), 'insert' (only in the new list) or 'delete' (only in the old). */
  op: 'equal' | 'insert' | 'delete'
  /** Where the run starts in the list it is read from: the new list, or the old for 'delete'. */
  start: number
  count: number
}

const EQUAL = 0
const ADDED = 1
const REMOVED = 2

/**
 * The runs that turn `older` into `newer`, in order; undefined when no script of at most
 * `maxEditLength` insertions and deletions was found (or, with `timeoutMs`, the clock ran out
 * first), as jsdiff gives up.
 */
export function diffTokens(older: readonly string[], newer: readonly string[], maxEditLength?: number, timeoutMs?: number): TokenRun[] | undefined {
  const oldLen = older.length
  const newLen = newer.length
  const maxEdit = maxEditLength != null ? Math.min(newLen + oldLen, maxEditLength) : newLen + oldLen
  const abortAt = timeoutMs !== undefined ? Date.now() + timeoutMs : Infinity
  const [a, b] = numbered(older, newer)

  // The runs of all paths: kind, length and the run before it (-1: none).
  let kind = new Uint8Array(64)
  let count = new Int32Array(64)
  let before = new Int32Array(64)
  let runs = 0
  const run = (k: number, n: number, prev: number): number => {
    if (runs === kind.length) {
      const grown = 2 * runs
      kind = copied(kind, new Uint8Array(grown))
      count = copied(count, new Int32Array(grown))
      before = copied(before, new Int32Array(grown))
    }
    kind[runs] = k
    count[runs] = n
    before[runs] = prev
    return runs++
  }
  // A change added to a path: the last run one longer (as a new entry) when it is of that kind.
  const extend = (last: number, k: number): number => (last >= 0 && kind[last] === k ? run(k, count[last]! + 1, before[last]!) : run(k, 1, last))

  // The best path on each diagonal (old position minus new position), offset to be an index.
  const offset = maxEdit + 1
  const size = 2 * maxEdit + 3
  const alive = new Uint8Array(size)
  const pathOld = new Int32Array(size)
  const pathLast = new Int32Array(size)

  // Seed: the common start (edit length 0).
  let oldPos = -1
  let newPos = -1
  let common = 0
  while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
    newPos++
    oldPos++
    common++
  }
  let last = common ? run(EQUAL, common, -1) : -1
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return built(last, kind, count, before)
  alive[offset] = 1
  pathOld[offset] = oldPos
  pathLast[offset] = last

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= maxEdit && (abortAt === Infinity || Date.now() <= abortAt); editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const removeAt = d - 1 + offset
      const addAt = d + 1 + offset
      const hasRemove = alive[removeAt] === 1
      const removeOld = pathOld[removeAt]!
      // No other diagonal reads this path again.
      if (hasRemove) alive[removeAt] = 0
      let canAdd = false
      if (alive[addAt] === 1) {
        const addNew = pathOld[addAt]! - d
        canAdd = addNew >= 0 && addNew < newLen
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen
      if (!canAdd && !canRemove) {
        alive[d + offset] = 0
        continue
      }
      // The path farther along the old list, within the graph; an insertion when they tie.
      if (!canRemove || (canAdd && removeOld < pathOld[addAt]!)) {
        oldPos = pathOld[addAt]!
        last = extend(pathLast[addAt]!, ADDED)
      } else {
        oldPos = removeOld + 1
        last = extend(pathLast[removeAt]!, REMOVED)
      }
      newPos = oldPos - d
      common = 0
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
        newPos++
        oldPos++
        common++
      }
      if (common) last = run(EQUAL, common, last)
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return built(last, kind, count, before)
      alive[d + offset] = 1
      pathOld[d + offset] = oldPos
      pathLast[d + offset] = last
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1)
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1)
    }
  }
  return undefined
}

/** Both lists as numbers, one per distinct token: equal numbers for equal tokens. */
function numbered(older: readonly string[], newer: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  const number = (list: readonly string[]): Int32Array => {
    const out = new Int32Array(list.length)
    for (let k = 0; k < list.length; k++) {
      const token = list[k]!
      let id = ids.get(token)
      if (id === undefined) ids.set(token, (id = ids.size))
      out[k] = id
    }
    return out
  }
  return [number(older), number(newer)]
}

function copied<T extends Uint8Array | Int32Array>(from: T, into: T): T {
  into.set(from)
  return into
}

/** The runs of the path ending in `last`, in order, each placed in the list it is read from. */
function built(last: number, kind: Uint8Array, count: Int32Array, before: Int32Array): TokenRun[] {
  const chain: number[] = []
  for (let r = last; r >= 0; r = before[r]!) chain.push(r)
  const out: TokenRun[] = []
  let oldPos = 0
  let newPos = 0
  for (let k = chain.length - 1; k >= 0; k--) {
    const r = chain[k]!
    const n = count[r]!
    if (kind[r] === REMOVED) {
      out.push({ op: 'delete', start: oldPos, count: n })
      oldPos += n
    } else {
      out.push({ op: kind[r] === ADDED ? 'insert' : 'equal', start: newPos, count: n })
      newPos += n
      if (kind[r] === EQUAL) oldPos += n
    }
  }
  return out
}
