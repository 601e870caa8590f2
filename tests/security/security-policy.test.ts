/** The Electron window's policies, tested without Electron: navigation, CSP, static paths. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/main/security/csp'
import { APP_ORIGIN, isAllowedNavigation, isAppUrl, isSafeExternalUrl } from '../../src/main/security/navigation'
import { mimeTypeOf, resolveStaticPath } from '../../src/main/security/static-files'

describe('navigation policy', () => {
  it('allows the app itself, and the dev server only when one is running', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })

  it.each(['https://example.org/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url', 'http://localhost:5174/'])(
    'blocks %s',
    (url) => {
      expect(isAllowedNavigation(url, 'http://localhost:5173')).toBe(false)
      expect(isAppUrl(url, 'http://localhost:5173')).toBe(false)
    },
  )

  it('opens only https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://www.gov.uk/')).toBe(true)
    expect(isSafeExternalUrl('mailto:comms@example.gov.uk')).toBe(true)
    for (const url of ['http://example.org', 'file:///C:/x', 'javascript:alert(1)', 'smb://share/x']) expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only the app own scripts and styles in production', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe')
    expect(csp).toContain("object-src 'none'")
  })

  it('relaxes only what the dev server needs in development', () => {
    expect(contentSecurityPolicy('development')).toContain("script-src 'self' 'unsafe-inline'")
    expect(contentSecurityPolicy('development')).toContain('ws:')
  })
})

describe('static file paths', () => {
  const root = path.resolve('/srv/renderer')
  it('maps URL paths into the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/index.js?v=1')).toBe(path.join(root, 'assets', 'index.js'))
    expect(mimeTypeOf('a/index.js')).toContain('javascript')
  })

  it.each(['/../secret', '/%2e%2e/secret', '/..%5c..%5csecret', '/a/%00', '/%E0%A4%A'])('refuses %s', (p) => {
    const resolved = resolveStaticPath(root, p)
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true)
    if (p.includes('..')) expect(resolved).toBeNull()
  })
})
