/**
 * The shell's layout: what the workspace remembers (read once, written on each change) and
 * the window's width, for panes the user has not chosen about. A failed save leaves its
 * message in `error` for the status bar; the layout still changes on screen.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { UiSettings } from '../../../shared/ui-settings'
import { api } from '../api/client'
import { errorMessage } from '../api/error-message'
import { paneLayout, type PaneLayout } from '../state/pane-layout'

export interface PaneLayoutSession {
  layout: PaneLayout
  error: string | null
  setWidth(pane: 'library' | 'outline', width: number, save: boolean): void
  /** Opening a pane by hand ends wide mode: the user wants the pane back. */
  setCollapsed(pane: 'library' | 'outline', collapsed: boolean): void
  /** Wide compare on or off, remembered like the panes. */
  setWide(wide: boolean): void
}

/**
 * `comparing`: a comparison is the active tab, so wide mode, if chosen, applies.
 * `libraryNeeded`: the library is empty or importing, so a narrow window does not collapse it.
 */
export function usePaneLayout(comparing: boolean, libraryNeeded = false): PaneLayoutSession {
  const [settings, setSettings] = useState<UiSettings>({})
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api.getSettings().then(
      (stored) => live && setSettings((now) => ({ ...stored, ...now })),
      (e: unknown) => live && setError(errorMessage(e)),
    )
    const onResize = (): void => setWindowWidth(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => {
      live = false
      window.removeEventListener('resize', onResize)
    }
  }, [])

  const save = useCallback((change: UiSettings, key: keyof UiSettings) => {
    setSettings((now) => ({ ...now, ...change }))
    const value = change[key]
    if (value === undefined) return
    const request = typeof value === 'boolean' ? { key: key as 'libraryCollapsed' | 'outlineCollapsed' | 'wideCompare', value } : { key: key as 'libraryWidth' | 'outlineWidth', value }
    api.setSetting(request).then(
      () => setError(null),
      (e: unknown) => setError(errorMessage(e)),
    )
  }, [])

  const layout = useMemo(() => paneLayout(settings, windowWidth, comparing, libraryNeeded), [settings, windowWidth, comparing, libraryNeeded])
  const setWidth = useCallback(
    (pane: 'library' | 'outline', width: number, persist: boolean) => {
      const key = pane === 'library' ? 'libraryWidth' : 'outlineWidth'
      if (persist) save({ [key]: width }, key)
      else setSettings((now) => ({ ...now, [key]: width }))
    },
    [save],
  )
  const wide = layout.wide
  const setCollapsed = useCallback(
    (pane: 'library' | 'outline', collapsed: boolean) => {
      const key = pane === 'library' ? 'libraryCollapsed' : 'outlineCollapsed'
      if (wide && !collapsed) save({ wideCompare: false }, 'wideCompare')
      save({ [key]: collapsed }, key)
    },
    [wide, save],
  )
  const setWide = useCallback((on: boolean) => save({ wideCompare: on }, 'wideCompare'), [save])
  // Note: one object while the layout stands, so the memoised separators and panes keep still when a tab opens.
  return useMemo(() => ({ layout, error, setWidth, setCollapsed, setWide }), [layout, error, setWidth, setCollapsed, setWide])
}
