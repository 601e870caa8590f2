/**
 * Where the Electron window may go. Pure, so the policy is unit-tested without Electron; the
 * adapter in ../electron applies it to will-navigate, window.open and IPC senders.
 */

/** The origin the packaged renderer is served from (see electron/protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://workbench`

function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    // Custom schemes have an opaque origin ("null"); rebuild it from protocol and host.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`
  } catch {
    return null
  }
}

/** True when url belongs to the app itself: the app:// origin, or the dev server in development. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url)
  if (origin === null) return false
  if (origin === APP_ORIGIN) return true
  return devServerUrl !== undefined && origin === originOf(devServerUrl)
}

/** Navigation inside the app is allowed; everything else is blocked. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl)
}

/** Links a user clicks to the outside world may open in their own browser, never in the app. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'mailto:'
  } catch {
    return false
  }
}
