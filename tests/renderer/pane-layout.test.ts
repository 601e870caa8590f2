import { describe, expect, it } from 'vitest'
import { clampWidth, COLLAPSE_LIBRARY_BELOW, draggedWidth, gridColumns, paneLayout, separatorKey } from '../../src/renderer/src/state/pane-layout'
import { PANE_WIDTH } from '../../src/shared/ui-settings'

describe('pane layout', () => {
  it('follows the window until the user chooses: the library collapses on a small screen', () => {
    expect(paneLayout({}, 1366).libraryCollapsed).toBe(false)
    expect(paneLayout({}, 1024).libraryCollapsed).toBe(true)
    expect(paneLayout({ libraryCollapsed: false }, 1024).libraryCollapsed).toBe(false)
    expect(paneLayout({ libraryCollapsed: true }, COLLAPSE_LIBRARY_BELOW + 100).libraryCollapsed).toBe(true)
    expect(paneLayout({ outlineWidth: 333 }, 1366)).toMatchObject({ outlineWidth: 333, outlineCollapsed: false })
  })

  it('keeps the library open on a small screen while it is where the work is: empty, or importing', () => {
    // First run at 1024x680: "Import policies…" and the import's progress are in the library.
    expect(paneLayout({}, 1024, false, true).libraryCollapsed).toBe(false)
    // Once there is a library and nothing importing, it steps aside again.
    expect(paneLayout({}, 1024, false, false).libraryCollapsed).toBe(true)
    // What the user chose still wins, and wide compare still collapses it.
    expect(paneLayout({ libraryCollapsed: true }, 1024, false, true).libraryCollapsed).toBe(true)
    expect(paneLayout({ wideCompare: true }, 1024, true, true).libraryCollapsed).toBe(true)
  })

  it('wide compare collapses both panes only while a comparison shows, keeping what the user chose', () => {
    const chosen = { libraryCollapsed: false, outlineCollapsed: false, wideCompare: true }
    expect(paneLayout(chosen, 1366, true)).toMatchObject({ wide: true, libraryCollapsed: true, outlineCollapsed: true })
    expect(gridColumns(paneLayout(chosen, 1366, true))).toBe('0px auto minmax(0, 1fr) auto 0px')
    // Another tab: the panes are back as the user left them.
    expect(paneLayout(chosen, 1366, false)).toMatchObject({ wide: false, libraryCollapsed: false, outlineCollapsed: false })
    expect(paneLayout({ ...chosen, wideCompare: false }, 1366, true)).toMatchObject({ wide: false, libraryCollapsed: false })
  })

  it('gives a collapsed pane no width and the work area the rest', () => {
    expect(gridColumns({ libraryWidth: 250, outlineWidth: 300, libraryCollapsed: false, outlineCollapsed: false })).toBe('250px auto minmax(0, 1fr) auto 300px')
    expect(gridColumns({ libraryWidth: 250, outlineWidth: 300, libraryCollapsed: true, outlineCollapsed: true })).toBe('0px auto minmax(0, 1fr) auto 0px')
  })

  it('answers the keyboard as a window splitter: arrows resize within bounds, Home/End, Enter collapses', () => {
    expect(separatorKey('ArrowRight', 260, 'ArrowRight')).toEqual({ width: 276 })
    expect(separatorKey('ArrowLeft', 260, 'ArrowRight')).toEqual({ width: 244 })
    // The outline sits on the right: Left widens it.
    expect(separatorKey('ArrowLeft', 300, 'ArrowLeft')).toEqual({ width: 316 })
    expect(separatorKey('ArrowLeft', PANE_WIDTH.min, 'ArrowRight')).toEqual({ width: PANE_WIDTH.min })
    expect(separatorKey('Home', 300, 'ArrowLeft')).toEqual({ width: PANE_WIDTH.min })
    expect(separatorKey('End', 300, 'ArrowLeft')).toEqual({ width: PANE_WIDTH.max })
    expect(separatorKey('Enter', 300, 'ArrowLeft')).toBe('toggle')
    expect(separatorKey('a', 300, 'ArrowLeft')).toBeNull()
  })

  it('follows a drag, reversed for the pane on the right, and never past the bounds', () => {
    expect(draggedWidth(260, 100, 140, 'left')).toBe(300)
    expect(draggedWidth(300, 900, 860, 'right')).toBe(340)
    expect(draggedWidth(300, 900, 0, 'right')).toBe(PANE_WIDTH.max)
    expect(clampWidth(12.4)).toBe(PANE_WIDTH.min)
  })
})
