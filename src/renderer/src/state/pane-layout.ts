/**
 * The shell's columns as data: the library and outline widths, which are collapsed, and how a
 * separator answers the keyboard (the WAI-ARIA window splitter pattern). The workspace
 * remembers what the user chose; what they have not chosen follows the window's width.
 */
import { PANE_WIDTH, type UiSettings } from '../../../shared/ui-settings'

export interface PaneLayout {
  libraryWidth: number
  outlineWidth: number
  libraryCollapsed: boolean
  outlineCollapsed: boolean
  /**
   * Wide compare: a comparison is showing and the user asked for it wide, so both side panes
   * are collapsed here (and only here): what the user chose for each pane is kept apart in
   * the settings and comes back when wide mode ends or another tab is shown.
   */
  wide: boolean
}

export const DEFAULT_WIDTHS = { libraryWidth: 260, outlineWidth: 320 } as const

/**
 * Below this window width the library starts collapsed (unless the user opened it), so that at
 * 1024 pixels the work area keeps a readable column beside the outline; but not while the
 * library is where the work is (`libraryNeeded`: it is empty, or an import is running or its
 * report is showing). Note: collapsed on first run at 1024x680, it hid "Import policies…",
 * which the Start tab sends the user to, and the import's progress bar and each file's outcome.
 */
export const COLLAPSE_LIBRARY_BELOW = 1180

/** The step of one arrow key press, in pixels; Shift is not needed, the range is small. */
export const KEY_STEP = 16

export const clampWidth = (width: number): number => Math.round(Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, width)))

export function paneLayout(settings: UiSettings, windowWidth: number, comparing = false, libraryNeeded = false): PaneLayout {
  const wide = comparing && settings.wideCompare === true
  return {
    libraryWidth: settings.libraryWidth ?? DEFAULT_WIDTHS.libraryWidth,
    outlineWidth: settings.outlineWidth ?? DEFAULT_WIDTHS.outlineWidth,
    libraryCollapsed: wide || (settings.libraryCollapsed ?? (windowWidth < COLLAPSE_LIBRARY_BELOW && !libraryNeeded)),
    outlineCollapsed: wide || (settings.outlineCollapsed ?? false),
    wide,
  }
}

/** The grid's columns: library, its separator, the work area, the outline's separator, the outline. */
export function gridColumns(layout: Omit<PaneLayout, 'wide'>): string {
  const library = layout.libraryCollapsed ? '0px' : `${layout.libraryWidth}px`
  const outline = layout.outlineCollapsed ? '0px' : `${layout.outlineWidth}px`
  return `${library} auto minmax(0, 1fr) auto ${outline}`
}

/**
 * What a key does on a separator. `grows` is the arrow that widens the pane (Right for the
 * library on the left, Left for the outline on the right). Enter collapses or restores.
 */
export function separatorKey(key: string, width: number, grows: 'ArrowRight' | 'ArrowLeft'): { width: number } | 'toggle' | null {
  const shrinks = grows === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight'
  if (key === grows) return { width: clampWidth(width + KEY_STEP) }
  if (key === shrinks) return { width: clampWidth(width - KEY_STEP) }
  if (key === 'Home') return { width: PANE_WIDTH.min }
  if (key === 'End') return { width: PANE_WIDTH.max }
  if (key === 'Enter') return 'toggle'
  return null
}

/** A drag of the separator: the pane's width at the start plus the pointer's travel (reversed for a pane on the right). */
export function draggedWidth(startWidth: number, startX: number, x: number, side: 'left' | 'right'): number {
  return clampWidth(startWidth + (side === 'left' ? x - startX : startX - x))
}
