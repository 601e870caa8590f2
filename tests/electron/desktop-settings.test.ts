/** Window size and position and recent workspaces, remembered in desktop.json and repaired when read. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDesktopSettings, readDesktopSettings, restoreBounds, withRecent, writeDesktopSettings } from '../../src/main/desktop-settings'

const dir = mkdtempSync(path.join(tmpdir(), 'pw-desktop-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const screen = { x: 0, y: 0, width: 1920, height: 1080 }

describe('desktop settings', () => {
  it('round-trip through the file, and a damaged file gives the defaults', () => {
    const file = path.join(dir, 'nested', 'desktop.json')
    const settings = { window: { x: 10, y: 20, width: 1200, height: 800, maximized: true }, recentWorkspaces: ['/a.sqlite'] }
    writeDesktopSettings(file, settings)
    expect(readDesktopSettings(file)).toEqual(settings)
    writeFileSync(file, '{ not json')
    expect(readDesktopSettings(file)).toEqual({ window: null, recentWorkspaces: [] })
    expect(readDesktopSettings(path.join(dir, 'missing.json'))).toEqual({ window: null, recentWorkspaces: [] })
  })

  it('drop fields of the wrong type, duplicates and empty paths', () => {
    expect(parseDesktopSettings({ window: { x: '1', y: 0, width: 1, height: 1 }, recentWorkspaces: ['/a', '/a', '', 3, '/b'] })).toEqual({ window: null, recentWorkspaces: ['/a', '/b'] })
  })

  it('restore the window where it was if its title bar is on a screen, never smaller than the minimum', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 700, maximized: false }, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 700, maximized: false })
    expect(restoreBounds({ x: 100, y: 50, width: 300, height: 200, maximized: false }, [screen])).toMatchObject({ width: 960, height: 600 })
    // The second monitor it was on has gone: default placement.
    expect(restoreBounds({ x: 2500, y: 100, width: 1200, height: 700, maximized: false }, [screen])).toBeNull()
    expect(restoreBounds({ x: 100, y: -30, width: 1200, height: 700, maximized: false }, [screen])).toBeNull()
    expect(restoreBounds(null, [screen])).toBeNull()
  })

  it('put the workspace in use first in the recent list, once', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c'])
  })
})
