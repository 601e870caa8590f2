/**
 * A toolbar that is ONE Tab stop (state/toolbar-keys.ts, components/RovingToolbar.tsx), as the
 * draft pane's Undo … Close draft now is (issue 10: seven Tab stops before).
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RovingToolbar } from '../../src/renderer/src/components/RovingToolbar'
import { toolbarStop, toolbarTarget } from '../../src/renderer/src/state/toolbar-keys'

const press = (key: string, mods: Partial<{ shift: boolean; ctrl: boolean; alt: boolean; meta: boolean }> = {}) => ({ key, shift: false, ctrl: false, alt: false, meta: false, ...mods })

describe('toolbar keys', () => {
  // Undo, Redo (disabled), Versions, Check.
  const enabled = [true, false, true, true]

  it('move Left / Right over the tools that can be pressed, wrapping round', () => {
    expect(toolbarTarget(press('ArrowRight'), 0, enabled)).toBe(2)
    expect(toolbarTarget(press('ArrowRight'), 3, enabled)).toBe(0)
    expect(toolbarTarget(press('ArrowLeft'), 2, enabled)).toBe(0)
    expect(toolbarTarget(press('ArrowLeft'), 0, enabled)).toBe(3)
  })

  it('go Home and End to the first and last that can be pressed', () => {
    expect(toolbarTarget(press('Home'), 3, [false, true, true, false])).toBe(1)
    expect(toolbarTarget(press('End'), 1, [false, true, true, false])).toBe(2)
  })

  it('leave other keys, modified arrows and a toolbar with nothing to press alone', () => {
    expect(toolbarTarget(press('ArrowDown'), 0, enabled)).toBeNull()
    expect(toolbarTarget(press('Enter'), 0, enabled)).toBeNull()
    expect(toolbarTarget(press('ArrowRight', { alt: true }), 0, enabled)).toBeNull()
    expect(toolbarTarget(press('ArrowRight'), 0, [false, false])).toBeNull()
  })

  it('keep the stop on the tool last used, or the next that can be pressed when it cannot', () => {
    expect(toolbarStop(2, enabled)).toBe(2)
    expect(toolbarStop(1, enabled)).toBe(2)
    expect(toolbarStop(0, [false, false, true])).toBe(2)
  })
})

describe('RovingToolbar', () => {
  it('is one Tab stop: the first tool that can be pressed holds it, the others are out of the Tab order', () => {
    const html = renderToStaticMarkup(
      createElement(RovingToolbar, {
        label: 'Draft',
        className: 'draft-toolbar',
        children: [
          createElement('button', { key: 'u', type: 'button', disabled: true }, 'Undo'),
          createElement('button', { key: 'r', type: 'button' }, 'Redo'),
          createElement('button', { key: 'v', type: 'button' }, 'Versions'),
        ],
      }),
    )
    expect(html).toContain('role="toolbar" aria-label="Draft"')
    const buttons = html.match(/<button\b[^>]*>/g)!
    expect(buttons.map((b) => b.match(/tabindex="(-?\d)"/)?.[1])).toEqual(['-1', '0', '-1'])
    expect(buttons[0]).toContain('disabled')
  })
})
