/**
 * An element's width (its clientWidth, px) as the browser first lays it out after the view
 * mounts, told by a ResizeObserver: a view that sizes its first real render by it (the coverage
 * heat map draws the columns in sight first) has it without reading layout while rendering.
 *
 * Note: observed from the mount of the view's loading state, so the width is known by the time
 * its data arrives; a ResizeObserver reports after layout, so reading clientWidth in its
 * callback forces none. Read while rendering, it forces a style and layout pass whenever the
 * page changed since its last frame (cheap only as long as the loading state happened to be
 * painted first). Watched once, then let go: only the first render uses it, and a width that
 * followed every resize would re-render the view for nothing.
 */
import { useEffect, useState } from 'react'

/** Null until the element has been laid out (or when there is no such element or no ResizeObserver). */
export function useWidthOnOpen(elementId: string): number | null {
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const element = document.getElementById(elementId)
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (element.clientWidth <= 0) return
      observer.disconnect()
      setWidth(element.clientWidth)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [elementId])
  return width
}
