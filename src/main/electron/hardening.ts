/**
 * Electron's security checklist, applied to every web contents the app ever creates:
 * no new windows, no navigation away from the app, no <webview>, no permissions, and the
 * CSP header on dev-server responses too. The policy itself is in ../security/navigation.ts.
 */
import { app, session, shell } from 'electron'
import { contentSecurityPolicy } from '../security/csp'
import { isAllowedNavigation, isSafeExternalUrl } from '../security/navigation'

export function hardenApp(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // A link to the outside world opens in the user's browser, never inside the app.
      if (isSafeExternalUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

export function hardenSession(devServerUrl: string | undefined): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  if (devServerUrl) {
    // The dev server sends no CSP of its own; add the development policy.
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [contentSecurityPolicy('development')],
        },
      })
    })
  }
}
