/**
 * The keyboard model of a toolbar of its own (the draft pane's Undo … Close draft; issue 10):
 * ONE Tab stop, as WAI-ARIA's toolbar pattern has it. Left / Right move between the tools that
 * can be pressed, wrapping round; Home / End go to the first and last. Pure, so it is tested
 * under Node; RovingToolbar.tsx moves focus where it says.
 */
import type { KeyPress } from './clause-list-keys'

/** The tool a key moves to from `current`, among tools of which `enabled` says which can be pressed; null when the key is not the toolbar's. */
export function toolbarTarget(press: KeyPress, current: number, enabled: readonly boolean[]): number | null {
  if (press.ctrl || press.alt || press.meta || press.shift) return null
  const usable = enabled.flatMap((on, k) => (on ? [k] : []))
  if (usable.length === 0) return null
  if (press.key === 'Home') return usable[0]!
  if (press.key === 'End') return usable[usable.length - 1]!
  const by = press.key === 'ArrowRight' ? 1 : press.key === 'ArrowLeft' ? -1 : 0
  if (by === 0) return null
  for (let step = 1; step <= enabled.length; step++) {
    const k = (((current + by * step) % enabled.length) + enabled.length) % enabled.length
    if (enabled[k]) return k
  }
  return null
}

/** The tool holding the toolbar's Tab stop: the one last focused if it can still be pressed, else the nearest after it that can, else the first. */
export function toolbarStop(remembered: number, enabled: readonly boolean[]): number {
  for (let step = 0; step < enabled.length; step++) {
    const k = (remembered + step) % enabled.length
    if (enabled[k]) return k
  }
  return 0
}
