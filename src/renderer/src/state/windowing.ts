/**
 * The arithmetic of a windowed list, as data: where each item starts (from measured or
 * estimated heights), which items a scroll position needs, and the pieces to render — runs
 * of items with spacers of the right height between them, so the scroll height stays true.
 * Pure: tested under Node; hooks/useWindowedList.ts ties it to the DOM.
 */

/** Items [start, end). */
export interface Span {
  start: number
  end: number
}

/** What the list renders, in order: runs of items, and spacers standing for the items between. */
export type WindowPiece = { kind: 'items'; start: number; end: number } | { kind: 'gap'; start: number; end: number; height: number }

/**
 * Note: below this many items a list renders whole: a policy of ordinary length then stays
 * findable with the browser's own Find (Ctrl+F) and printable, and the cost is a few ms.
 */
export const WINDOW_FROM = 200

/**
 * Items a list rendered whole draws per frame after its first screen (hooks/useWindowedList.ts
 * firstScreenFirst): a few screens' worth, so each step is a short task and the list is whole
 * within a few frames.
 */
export const DRAW_STEP = 40

/** Where a list drawn in steps stands after the next step: Infinity once every item is drawn. */
export function drawnEnd(drawn: number, count: number, step: number): number {
  const next = drawn + step
  return next >= count ? Infinity : next
}

/** Each item's top, and the list's height as the last entry (length count + 1). */
export function offsetsOf(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1)
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!
  return offsets
}

/** The first item whose bottom lies below y (binary search over the offsets). */
function itemAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid + 1]! <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The items that meet [top, bottom] of the list's own coordinates, widened by `overscan` px each way. */
export function spanAt(offsets: Float64Array, top: number, bottom: number, overscan: number): Span {
  const count = offsets.length - 1
  if (count === 0) return { start: 0, end: 0 }
  const start = Math.min(count - 1, itemAt(offsets, Math.max(0, top - overscan)))
  const end = Math.max(start + 1, Math.min(count, itemAt(offsets, bottom + overscan) + 1))
  return { start, end }
}

/** Whether `inner` lies inside `outer`. */
export const covers = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end

/**
 * The span plus the pinned items (the focused one, the current row, the tab stop: they must
 * stay in the document wherever the user scrolls), as runs and spacers.
 */
export function windowPieces(offsets: Float64Array, span: Span, pinned: readonly (number | null | undefined)[]): WindowPiece[] {
  const count = offsets.length - 1
  const runs: Span[] = [span, ...pinned.flatMap((p) => (p !== null && p !== undefined && p >= 0 && p < count ? [{ start: p, end: p + 1 }] : []))]
    .filter((r) => r.end > r.start)
    .sort((x, y) => x.start - y.start)
  const merged: Span[] = []
  for (const run of runs) {
    const last = merged.at(-1)
    if (last && run.start <= last.end) last.end = Math.max(last.end, run.end)
    else merged.push({ ...run })
  }
  const pieces: WindowPiece[] = []
  let at = 0
  for (const run of merged) {
    if (run.start > at) pieces.push({ kind: 'gap', start: at, end: run.start, height: offsets[run.start]! - offsets[at]! })
    pieces.push({ kind: 'items', start: run.start, end: run.end })
    at = run.end
  }
  if (at < count) pieces.push({ kind: 'gap', start: at, end: count, height: offsets[count]! - offsets[at]! })
  return pieces
}
