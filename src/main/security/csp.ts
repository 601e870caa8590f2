/**
 * The Content-Security-Policy of the renderer, in one place for every host: the Electron
 * app:// protocol, the browser host's HTTP headers and the <meta> tag in the built HTML.
 * Nothing imported (policies, web pages) is ever rendered as HTML, and nothing is fetched
 * from anywhere but the app itself.
 */
export function contentSecurityPolicy(mode: 'production' | 'development' = 'production'): string {
  const dev = mode === 'development'
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    // Note: Vite's dev server injects an inline React refresh preamble; production never does.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': dev ? ["'self'", 'ws:'] : ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Headers every response of the renderer carries, in the browser host and in Electron. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy()}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}
