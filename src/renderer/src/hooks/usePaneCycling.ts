/**
 * F6 and Shift+F6 move focus between the three panes, as in VS Code and web browsers, so a
 * keyboard user never has to tab through a whole list to reach the draft.
 */
import { useEffect, type RefObject } from 'react'

export function usePaneCycling(panes: RefObject<HTMLElement | null>[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F6') return
      event.preventDefault()
      const elements = panes.map((p) => p.current).filter((e): e is HTMLElement => e !== null && e.getClientRects().length > 0) // a collapsed pane is skipped
      const current = elements.findIndex((e) => e.contains(document.activeElement))
      const step = event.shiftKey ? -1 : 1
      const next = elements[(current + step + elements.length) % elements.length]
      next?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [panes])
}
