/** The draft document's keys (issue 10): one list of headings and clauses, Enter or F2 to write, Escape back. */
import { describe, expect, it } from 'vitest'
import { draftKeyAction, itemAfterRemoval, undoKeyAction } from '../../src/renderer/src/state/draft-doc-keys'

const press = (key: string, mods: Partial<{ shift: boolean; ctrl: boolean; alt: boolean; meta: boolean }> = {}) => ({ key, shift: false, ctrl: false, alt: false, meta: false, ...mods })

describe('the draft document\'s keys', () => {
  it('moves between items with the source reader\'s keys', () => {
    expect(draftKeyAction(press('ArrowDown'), { on: 'item' })).toEqual({ type: 'move', by: 1 })
    expect(draftKeyAction(press('ArrowUp'), { on: 'item' })).toEqual({ type: 'move', by: -1 })
    expect(draftKeyAction(press('Home'), { on: 'item' })).toEqual({ type: 'first' })
    expect(draftKeyAction(press('End'), { on: 'item' })).toEqual({ type: 'last' })
    expect(draftKeyAction(press('ArrowRight'), { on: 'item' })).toEqual({ type: 'into-tools' })
  })

  it('writes in an item with Enter or F2, and leaves its text with Escape', () => {
    expect(draftKeyAction(press('Enter'), { on: 'item' })).toEqual({ type: 'edit' })
    expect(draftKeyAction(press('F2'), { on: 'item' })).toEqual({ type: 'edit' })
    expect(draftKeyAction(press('Escape'), { on: 'field', multiline: true })).toEqual({ type: 'leave-field' })
    expect(draftKeyAction(press('Escape'), { on: 'field', multiline: false })).toEqual({ type: 'leave-field' })
  })

  it('leaves every other key in a clause\'s text to the writing: arrows, Home, End, Enter', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', 'F2', 'a', ' ']) {
      expect(draftKeyAction(press(key), { on: 'field', multiline: true })).toBeNull()
    }
    // A heading is one line: Enter is done with it, as Escape is.
    expect(draftKeyAction(press('Enter'), { on: 'field', multiline: false })).toEqual({ type: 'leave-field' })
    expect(draftKeyAction(press('ArrowDown'), { on: 'field', multiline: false })).toBeNull()
  })

  it('leaves modified keys to others: Alt+Up / Down move a clause, Shift+Enter is not Enter', () => {
    expect(draftKeyAction(press('ArrowUp', { alt: true }), { on: 'item' })).toBeNull()
    expect(draftKeyAction(press('ArrowDown', { alt: true }), { on: 'item' })).toBeNull()
    expect(draftKeyAction(press('Enter', { shift: true }), { on: 'item' })).toBeNull()
    expect(draftKeyAction(press('Escape', { shift: true }), { on: 'field', multiline: true })).toBeNull()
  })

  it('moves along a toolbar, and back to the item with Escape or Left from the first tool; Enter presses the tool', () => {
    expect(draftKeyAction(press('ArrowRight'), { on: 'tool', tool: 0 })).toEqual({ type: 'tool', by: 1 })
    expect(draftKeyAction(press('ArrowLeft'), { on: 'tool', tool: 2 })).toEqual({ type: 'tool', by: -1 })
    expect(draftKeyAction(press('ArrowLeft'), { on: 'tool', tool: 0 })).toEqual({ type: 'to-clause' })
    expect(draftKeyAction(press('Escape'), { on: 'tool', tool: 3 })).toEqual({ type: 'to-clause' })
    expect(draftKeyAction(press('Enter'), { on: 'tool', tool: 1 })).toBeNull()
  })
})

describe('undo and redo on the draft\'s items', () => {
  it('are Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac), as in the draft pane', () => {
    expect(undoKeyAction(press('z', { ctrl: true }))).toBe('undo')
    expect(undoKeyAction(press('Z', { ctrl: true, shift: true }))).toBe('redo')
    expect(undoKeyAction(press('y', { ctrl: true }))).toBe('redo')
    expect(undoKeyAction(press('z', { meta: true }))).toBe('undo')
  })
  it('leave other keys alone', () => {
    expect(undoKeyAction(press('z'))).toBeNull()
    expect(undoKeyAction(press('z', { ctrl: true, alt: true }))).toBeNull()
    expect(undoKeyAction(press('x', { ctrl: true }))).toBeNull()
  })
})

describe('the focus after a removal', () => {
  const keys = ['s:1', 'c:a', 'c:b', 's:2', 'c:c']
  it('goes to the item after the removed ones, else the one before', () => {
    expect(itemAfterRemoval(keys, new Set(['c:a']))).toBe('c:b')
    expect(itemAfterRemoval(keys, new Set(['c:c']))).toBe('s:2')
    expect(itemAfterRemoval(keys, new Set(['s:2', 'c:c']))).toBe('c:b')
    expect(itemAfterRemoval(keys, new Set(['s:1', 'c:a', 'c:b']))).toBe('s:2')
  })
  it('is none when nothing listed was removed, or nothing is left', () => {
    expect(itemAfterRemoval(keys, new Set(['c:x']))).toBeNull()
    expect(itemAfterRemoval(['c:a'], new Set(['c:a']))).toBeNull()
  })
})
