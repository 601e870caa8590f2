/**
 * "Compare with…": once a person has settled on a source to compare with (the choice left
 * alone for CHOICE_SETTLED_MS), the service is told, so it compares the pair in idle time and
 * the Compare button that follows is answered from its cache (Library.compareSoon).
 * Note: only a hint. Arrowing through the list changes the choice every few hundred
 * milliseconds at most, so a choice passed over is never sent; a failed hint is ignored, since
 * the comparison itself reports any problem in words.
 */
import { useCallback, useEffect, useRef } from 'react'
import { api } from '../api/client'
import { CHOICE_SETTLED_MS } from '../state/compare-choice'

/** Returns `chosen(b)`: call it with each choice of B for source `a` ('' for none). */
export function useCompareSoon(a: string): (b: string) => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
  }, [])
  useEffect(() => clear, [a, clear])
  return useCallback(
    (b: string) => {
      clear()
      if (!b || b === a) return
      timer.current = setTimeout(() => {
        timer.current = null
        api.compareSoon({ a, b }).catch(() => undefined)
      }, CHOICE_SETTLED_MS)
    },
    [a, clear],
  )
}
