/**
 * What the desktop app remembers between runs that is not part of any workspace: the window's
 * size and position and the recent workspaces. One small JSON file beside the default
 * workspace (desktop.json); anything unreadable in it is dropped, never trusted, because a
 * window placed off every screen would be lost to the user.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface WindowBounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

export interface DesktopSettings {
  window: WindowBounds | null
  /** Most recent first. */
  recentWorkspaces: string[]
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const DESKTOP_SETTINGS_FILE = 'desktop.json'
export const MIN_WINDOW = { width: 960, height: 600 }
const MAX_RECENT = 8

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** The settings as read from disk, repaired at the boundary: a bad field falls back to its default. */
export function parseDesktopSettings(raw: unknown): DesktopSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const w = (r['window'] && typeof r['window'] === 'object' ? r['window'] : null) as Record<string, unknown> | null
  const window =
    w && isNumber(w['x']) && isNumber(w['y']) && isNumber(w['width']) && isNumber(w['height'])
      ? { x: Math.round(w['x']), y: Math.round(w['y']), width: Math.round(w['width']), height: Math.round(w['height']), maximized: w['maximized'] === true }
      : null
  const recent = Array.isArray(r['recentWorkspaces']) ? r['recentWorkspaces'].filter((p): p is string => typeof p === 'string' && p.length > 0) : []
  return { window, recentWorkspaces: [...new Set(recent)].slice(0, MAX_RECENT) }
}

/**
 * Where to open the window: the remembered bounds if at least a usable corner of the title bar
 * is on one of today's screens (a monitor may have gone), else null for the default placement.
 */
export function restoreBounds(saved: WindowBounds | null, screens: readonly Rect[]): WindowBounds | null {
  if (!saved) return null
  const width = Math.max(saved.width, MIN_WINDOW.width)
  const height = Math.max(saved.height, MIN_WINDOW.height)
  const titleBar = { x: saved.x, y: saved.y, width: Math.min(width, 200), height: 40 }
  const visible = screens.some(
    (s) => titleBar.x < s.x + s.width && titleBar.x + titleBar.width > s.x && titleBar.y >= s.y && titleBar.y + titleBar.height <= s.y + s.height,
  )
  return visible ? { ...saved, width, height } : null
}

/** The list with `workspace` first, once. */
export function withRecent(recent: readonly string[], workspace: string): string[] {
  return [workspace, ...recent.filter((p) => p !== workspace)].slice(0, MAX_RECENT)
}

export function readDesktopSettings(file: string): DesktopSettings {
  try {
    return parseDesktopSettings(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {})
  } catch {
    return parseDesktopSettings({})
  }
}

/** Written whole to a temporary file and renamed, so a crash never leaves half a file. */
export function writeDesktopSettings(file: string, settings: DesktopSettings): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(settings, null, 2))
  renameSync(temp, file)
}
