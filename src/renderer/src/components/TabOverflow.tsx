/**
 * Beside the tab strip: a button listing every open tab (the strip scrolls sideways once
 * there are many), and the rule that the active tab is always scrolled into view.
 */
import { useEffect, useRef, useState } from 'react'
import type { TabsAction, TabsState } from '../state/tabs'
import './TabOverflow.css'

interface Props {
  state: TabsState
  dispatch(action: TabsAction): void
  /** The id of a tab's button in the strip. */
  tabId(key: string): string
}

export function TabOverflow({ state, dispatch, tabId }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false)
  const menu = useRef<HTMLUListElement>(null)

  useEffect(() => {
    // Note: in the next animation frame, whose layout is due anyway, not at once: scrolling
    // reads the layout, and in the effects of the click that opened a tab that laid the whole
    // page out in the click itself, before the new view's request (a comparison, the coverage
    // matrix) had left.
    const frame = requestAnimationFrame(() => document.getElementById(tabId(state.active))?.scrollIntoView({ block: 'nearest', inline: 'nearest' }))
    return () => cancelAnimationFrame(frame)
  }, [state.active, state.tabs.length, tabId])

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[aria-current="true"], button')?.focus()
  }, [open])

  const choose = (key: string): void => {
    setOpen(false)
    dispatch({ type: 'activate', key })
    document.getElementById(tabId(key))?.focus()
  }

  return (
    <div className="tab-overflow">
      <button type="button" className="tab-overflow-button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)} title="All open tabs (Alt+PageDown / Alt+PageUp cycle, Alt+W closes)">
        All tabs ({state.tabs.length})
      </button>
      {open && (
        <ul
          ref={menu}
          className="tab-overflow-list"
          aria-label="Open tabs"
          onKeyDown={(e) => {
            const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
            const i = items.indexOf(document.activeElement as HTMLButtonElement)
            const target = e.key === 'ArrowDown' ? items[i + 1] : e.key === 'ArrowUp' ? items[i - 1] : undefined
            if (e.key === 'Escape') setOpen(false)
            else if (target) target.focus()
            else return
            e.preventDefault()
          }}
        >
          {state.tabs.map((tab) => (
            <li key={tab.key}>
              <button type="button" aria-current={tab.key === state.active ? 'true' : undefined} onClick={() => choose(tab.key)}>
                {tab.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
