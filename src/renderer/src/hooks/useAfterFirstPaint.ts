/**
 * False on a component's first render and true soon after that render has been painted: what
 * a view leaves out of sight at first (cells scrolled out of view) it adds then, so the part a
 * person sees is on screen sooner.
 */
import { useEffect, useState } from 'react'

/** `wanted` false (fixed for a component's life): true at once, and no re-render after the paint. */
export function useAfterFirstPaint(wanted = true): boolean {
  const [painted, setPainted] = useState(!wanted)
  useEffect(() => {
    if (!wanted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // Note: a timer set in an animation frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [wanted])
  return painted
}
