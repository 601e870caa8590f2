/**
 * The app:// protocol: the packaged renderer is served from app://workbench/ rather than
 * file://, which gives it a real origin (for the IPC sender check and navigation rules) and
 * lets every response carry the Content-Security-Policy header.
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { securityHeaders } from '../security/csp'
import { APP_SCHEME } from '../security/navigation'
import { mimeTypeOf, resolveStaticPath } from '../security/static-files'

/**
 * Must run before the app is ready. Note: `codeCache` (Electron 28+, standard schemes only) lets
 * V8 keep the renderer's compiled code between launches, as it does for http(s) pages; without
 * it every start compiled the 500 KB bundle's functions again, and the first open of each view
 * paid for compiling its code (the renderer bench's first opens in a fresh page show that cost).
 * The bundle's file names carry a content hash, so a cache entry never outlives its code.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'workbench' ? resolveStaticPath(rendererDir, url.pathname) : null
    const body = file ? await readFile(file).catch(() => null) : null
    if (!file || !body) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(body), {
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeOf(file) },
    })
  })
}
