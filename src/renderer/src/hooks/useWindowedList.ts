/**
 * A long list that renders only what is in (and near) its scroll container's viewport, with
 * spacers for the rest so the scroll height is right. Heights start as estimates (per kind of
 * item, then the mean of those measured) and are measured as items render: each rendered
 * item's height is the distance to the next one (so margins count), kept current by a
 * ResizeObserver. Pinned items (the focused one, the current row) stay rendered wherever the
 * user scrolls, so focus and the roving tab stop are never lost. Lists shorter than
 * WINDOW_FROM render whole. Asked to (`firstScreenFirst`), a list draws only its first
 * screenful (and the pinned items) on its first render, from estimated heights and without
 * reading layout, and once that frame is painted the rest (a list rendered whole: DRAW_STEP
 * items a frame) or starts measuring and following the scroll (a windowed one). The
 * arithmetic is state/windowing.ts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { covers, DRAW_STEP, drawnEnd, offsetsOf, spanAt, windowPieces, WINDOW_FROM, type Span, type WindowPiece } from '../state/windowing'
import { useAfterFirstPaint } from './useAfterFirstPaint'

interface Options {
  count: number
  /** A kind per item ('row', 'section'…): unmeasured items are estimated from measured ones of their kind. */
  kindOf(index: number): string
  /** A first guess of an item's height in px, before any of its kind is measured. */
  estimate(index: number): number
  /** Changes when the items change (a filter), so old measurements are dropped. */
  itemsKey: unknown
  /** Items kept rendered wherever the view is scrolled. */
  pinned: readonly (number | null | undefined)[]
  /**
   * The first render draws only the first screenful and the pinned items (spacers for the
   * rest) and reads no layout; once that frame is painted, a list rendered whole draws the
   * rest and a windowed one measures: what is in view shows sooner. Note: the pinned items are
   * drawn even then, so a keystroke in that first moment (the next difference, far down)
   * finds its item in the document.
   */
  firstScreenFirst?: boolean
}

export interface WindowedList {
  /** On the element that holds the items (its top is the first item's top). */
  listRef: React.RefObject<HTMLElement | null>
  /** False when the list renders whole. */
  windowed: boolean
  /** True while a list rendered whole still has items to draw (its first frame): say so with aria-busy. */
  drawing: boolean
  pieces: WindowPiece[]
}

/** Past the viewport, each way: enough for a fast wheel turn without a blank frame. */
const OVERSCAN_PX = 900
/** The first render's guess of the viewport, before the scroll container is known. */
const FIRST_VIEW_PX = 1200

/** The nearest ancestor that scrolls (the tab panel). */
function scrollerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY
    if (overflow === 'auto' || overflow === 'scroll') return p
  }
  return document.documentElement
}

export function useWindowedList({ count, kindOf, estimate, itemsKey, pinned, firstScreenFirst = false }: Options): WindowedList {
  const windowed = count >= WINDOW_FROM
  // Note: only a windowed list waits for its first paint (to measure); one rendered whole draws in steps below.
  const painted = useAfterFirstPaint(firstScreenFirst && windowed)
  // A list rendered whole, drawn a step a frame after its first screen: how far it is drawn
  // (0: the first screen only; Infinity: all, and whatever it holds later).
  const [drawnTo, setDrawnTo] = useState(firstScreenFirst ? 0 : Infinity)
  const drawing = !windowed && drawnTo < count
  // Note: a windowed list asked for its first screen first reads no layout before that frame
  // is painted (measuring forced a layout of the whole page, then drew again at the measured
  // heights, all before anything was shown); the estimates serve that frame.
  const measuring = windowed && (!firstScreenFirst || painted)
  const listRef = useRef<HTMLElement | null>(null)
  const measured = useRef<Float64Array>(new Float64Array(0))
  const [version, setVersion] = useState(0)
  // The span the viewport asked for, for the items it was asked for (a filter starts again).
  const [asked, setAsked] = useState<{ key: unknown; span: Span } | null>(null)

  // New items: forget the old heights, start again from the top of the list.
  const keyRef = useRef<unknown>(undefined)
  if (keyRef.current !== itemsKey || measured.current.length !== count) {
    keyRef.current = itemsKey
    measured.current = new Float64Array(count)
  }

  const offsets = useMemo(() => {
    const known = measured.current
    const sums = new Map<string, { total: number; n: number }>()
    for (let i = 0; i < count; i++) {
      if (!known[i]) continue
      const kind = kindOf(i)
      const s = sums.get(kind) ?? { total: 0, n: 0 }
      s.total += known[i]!
      s.n++
      sums.set(kind, s)
    }
    const heights = new Float64Array(count)
    for (let i = 0; i < count; i++) {
      const s = known[i] ? null : sums.get(kindOf(i))
      heights[i] = known[i] || (s ? s.total / s.n : estimate(i))
    }
    return offsetsOf(heights)
    // Note: version stands for the measured heights, which live in a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, itemsKey, version])

  // Before the container is known: the first screenful and a bit.
  const span = asked && asked.key === itemsKey && asked.span.end <= count ? asked.span : null
  const firstScreen = windowed || drawing ? spanAt(offsets, 0, FIRST_VIEW_PX, 0) : null
  const shown = windowed ? (span ?? firstScreen!) : drawing ? { start: 0, end: Math.max(firstScreen!.end, Math.min(count, drawnTo)) } : { start: 0, end: count }
  const pieces = useMemo(() => (windowed || drawing ? windowPieces(offsets, shown, pinned) : [{ kind: 'items' as const, start: 0, end: count }]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [windowed, drawing, offsets, shown.start, shown.end, count, pinned.join(',')])

  // Note: the rest of a list rendered whole is drawn DRAW_STEP items a frame, each step once the
  // frame before it is painted (a timer set in an animation frame runs after that paint), not
  // all at once: a 300 x 300 comparison's 110 rows past the first screen were one task of
  // React work and a style pass over them all, which held back the next frame.
  useEffect(() => {
    if (!drawing) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawnTo(drawnEnd(shown.end, count, DRAW_STEP)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [drawing, shown.end, count])

  const offsetsRef = useRef(offsets)
  offsetsRef.current = offsets
  const spanRef = useRef(shown)
  spanRef.current = shown

  /** The span the viewport needs now; a new one only when the rendered one no longer covers it. */
  const follow = useCallback((): void => {
    const list = listRef.current
    if (!list) return
    const scroller = scrollerOf(list)
    const top = scroller.getBoundingClientRect().top - list.getBoundingClientRect().top
    const bottom = top + scroller.clientHeight
    const need = spanAt(offsetsRef.current, top, bottom, OVERSCAN_PX / 3)
    if (!covers(spanRef.current, need)) setAsked({ key: keyRef.current, span: spanAt(offsetsRef.current, top, bottom, OVERSCAN_PX) })
  }, [])

  // Follow scrolling and resizing of the container.
  useEffect(() => {
    const list = listRef.current
    if (!measuring || !list) return
    const scroller = scrollerOf(list)
    let frame = 0
    const onScroll = (): void => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        follow()
      })
    }
    const target = scroller === document.documentElement ? window : scroller
    target.addEventListener('scroll', onScroll, { passive: true })
    const resized = new ResizeObserver(onScroll)
    resized.observe(scroller)
    follow()
    return () => {
      cancelAnimationFrame(frame)
      target.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [measuring, follow, itemsKey])

  // Measure what rendered; re-measure when an item changes size (wide mode, a list opened).
  const observer = useRef<ResizeObserver | null>(null)
  const measure = useCallback((): void => {
    const list = listRef.current
    if (!list) return
    const items = list.querySelectorAll<HTMLElement>('[data-vindex]')
    const known = measured.current
    let changed = false
    for (let k = 0; k < items.length; k++) {
      const el = items[k]!
      const i = Number(el.dataset['vindex'])
      const next = items[k + 1]
      const rect = el.getBoundingClientRect()
      const height = next && Number(next.dataset['vindex']) === i + 1 ? next.getBoundingClientRect().top - rect.top : rect.height
      if (height > 0 && Math.abs((known[i] ?? 0) - height) > 0.5) {
        known[i] = height
        changed = true
      }
    }
    if (changed) setVersion((v) => v + 1)
  }, [])
  // Note: only when the rendered items change; a re-render of the same items (a keystroke in
  // the draft beside) changes no height, and a size that does change is the observer's news.
  useLayoutEffect(() => {
    const list = listRef.current
    if (!measuring || !list) return
    measure()
    observer.current ??= new ResizeObserver(() => measure())
    observer.current.disconnect()
    list.querySelectorAll('[data-vindex]').forEach((el) => observer.current!.observe(el))
  }, [measuring, pieces, measure])
  useEffect(() => () => observer.current?.disconnect(), [])
  // Heights became known: the viewport may need other items than first guessed.
  useEffect(() => {
    if (measuring) follow()
  }, [measuring, version, follow])

  return { listRef, windowed, drawing, pieces }
}

/**
 * Scroll an item into view within its own scroll container only. Note: not scrollIntoView,
 * which also scrolls every scrollable ancestor, the page included, and so shifted the whole
 * shell up when wide mode moved the current row. The item's scroll-margin (the compare
 * view's sticky stepper) is kept clear.
 */
function scrollWithin(el: HTMLElement, block: 'center' | 'nearest'): void {
  const scroller = scrollerOf(el)
  const view = scroller.getBoundingClientRect()
  const rect = el.getBoundingClientRect()
  const style = getComputedStyle(el)
  const top = rect.top - view.top - (parseFloat(style.scrollMarginTop) || 0)
  const bottom = rect.bottom - view.top + (parseFloat(style.scrollMarginBottom) || 0)
  const height = scroller.clientHeight
  let by = 0
  if (block === 'center') by = rect.top + rect.height / 2 - (view.top + height / 2)
  else if (top < 0) by = top
  else if (bottom > height) by = Math.min(bottom - height, top)
  if (by !== 0) scroller.scrollTop += by
}

/**
 * Scroll an item into view in a windowed list, and again over the next frames while the
 * items around it are measured (their true heights move it from where the estimates put it).
 */
export function revealInWindow(el: HTMLElement, block: 'center' | 'nearest'): void {
  scrollWithin(el, block)
  let frames = 4
  let lastTop = el.getBoundingClientRect().top
  const again = (): void => {
    if (!el.isConnected || --frames < 0) return
    const top = el.getBoundingClientRect().top
    if (Math.abs(top - lastTop) > 1) scrollWithin(el, block)
    lastTop = el.getBoundingClientRect().top
    requestAnimationFrame(again)
  }
  requestAnimationFrame(again)
}
