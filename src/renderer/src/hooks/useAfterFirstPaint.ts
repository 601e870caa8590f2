/**
 * False on a component's first render and true soon after that render has been painted: what
 * a view leaves out of sight at first (cells scrolled out of view) it adds then, so the part a
 * person sees is on screen sooner.
 */
import { useEffect, useState } from 'react'

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // Note: a timer set in an animation frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [])
  return painted
}
