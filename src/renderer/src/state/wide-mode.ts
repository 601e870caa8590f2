/**
 * Wide mode: the side panes step aside so a comparison has the whole window. Announced as a
 * 'workbench:wide-mode' event (detail: { wide }) for the shell's collapsible panes to follow,
 * and marked on the root element so the shell's CSS can hide the panes even where no one
 * listens yet. Note: a DOM event rather than a prop so the compare view and the shell stay
 * apart; the shell owns its panes.
 */
export const WIDE_MODE_EVENT = 'workbench:wide-mode'

export interface WideModeDetail {
  wide: boolean
}

export function setWideMode(wide: boolean): void {
  document.documentElement.classList.toggle('wide-mode', wide)
  window.dispatchEvent(new CustomEvent<WideModeDetail>(WIDE_MODE_EVENT, { detail: { wide } }))
}
