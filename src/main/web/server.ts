/**
 * The browser host: serves the built renderer and the WorkbenchService over JSON POST on
 * 127.0.0.1, so the whole UI runs in an ordinary browser where Electron cannot. It is the
 * same service the Electron window uses; only the transport differs.
 *
 *   GET  /...              the built renderer (no data in it, so no token needed)
 *   POST /api/<method>     body: the request JSON (or empty); header X-Workbench-Token
 *                          answer: a WireResult, always HTTP 200 once the caller is trusted
 */
import { randomBytes } from 'node:crypto'
import { createReadStream, promises as fs } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { TOKEN_HEADER, type WorkbenchApi } from '../../shared/api'
import { securityHeaders } from '../security/csp'
import { mimeTypeOf, resolveStaticPath } from '../security/static-files'
import { handleRequest } from '../service/handle-request'
import { toWire } from '../../shared/wire/wire-values'
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from './body-limit'
import { isAllowedHost, isAllowedOrigin, isValidToken } from './guard'
import { describeFailure } from './request-failure'

export { MAX_BODY_BYTES } from './body-limit'

/** How long a client refused with 413 may go on sending (discarded) before its socket is closed. */
const DRAIN_GRACE_MS = 1000

export interface WebHostOptions {
  service: WorkbenchApi
  /** Folder holding the built renderer (index.html and assets). */
  rendererDir: string
  /** 0 (the default) lets the system choose a free port. */
  port?: number
  /** Fixed only in tests; otherwise random per launch. */
  token?: string
}

export interface WebHost {
  port: number
  token: string
  /** Base URL, without the token. */
  origin: string
  /** What a person opens: the token rides in the fragment, which browsers never send. */
  url: string
  close(): Promise<void>
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' })
  res.end(body)
}

/**
 * The body, or 'too-large' as soon as it passes MAX_BODY_BYTES: from Content-Length before a
 * byte is read, or while counting. Past the limit nothing more is kept (the chunks so far are
 * dropped and the rest is read and discarded), so a 500 MiB body never sits in memory.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve('too-large')
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk)
      chunks = []
      req.off('data', onData)
      resolve('too-large')
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Answers 413 while the client is still sending. Note: closing the socket at once (as before)
 * meant the client never read the answer, since a close with unread data resets the
 * connection; so the rest of the body is read and thrown away, for at most DRAIN_GRACE_MS
 * after the answer is out, and then the socket is closed.
 */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('Connection', 'close')
  send(res, 413, BODY_TOO_LARGE_MESSAGE)
  if (req.complete) return
  req.resume()
  res.on('finish', () => {
    const timer = setTimeout(() => req.socket.destroy(), DRAIN_GRACE_MS)
    timer.unref()
    req.on('end', () => clearTimeout(timer))
    req.socket.on('close', () => clearTimeout(timer))
  })
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  service: WorkbenchApi,
  method: string,
  token: string,
): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'Use POST for API calls.')
  if (!isValidToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
    return send(res, 401, 'Missing or wrong workbench token. Open the URL printed when the host started.')
  }
  const type = req.headers['content-type'] ?? ''
  if (!type.startsWith('application/json')) return send(res, 415, 'API calls must send application/json.')
  const body = await readBody(req)
  if (body === 'too-large') return refuseTooLarge(req, res)
  let payload: unknown
  try {
    payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))
  } catch {
    return send(res, 400, 'The request body is not valid JSON.')
  }
  // JSON has no undefined: null stands for "no request".
  const result = await handleRequest(service, method, payload === null ? undefined : payload)
  send(res, 200, JSON.stringify(toWire(method, result)), 'application/json; charset=utf-8')
}

async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.')
  const file = resolveStaticPath(rendererDir, req.url ?? '/')
  const stat = file ? await fs.stat(file).catch(() => null) : null
  if (!file || !stat?.isFile()) return send(res, 404, 'Not found.')
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': mimeTypeOf(file),
    'Content-Length': String(stat.size),
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const server = http.createServer((req, res) => {
    // Checks come before routing, so a foreign page learns nothing, not even a 404.
    if (!isAllowedHost(req.headers.host, port)) return send(res, 403, 'Forbidden: unknown Host.')
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'Forbidden: foreign Origin.')
    if (req.headers['sec-fetch-site'] === 'cross-site') return send(res, 403, 'Forbidden: cross-site request.')
    const url = req.url ?? '/'
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.split('?')[0]!)
    const work = api
      ? handleApi(req, res, options.service, api[1]!, token)
      : url.startsWith('/api/')
        ? Promise.resolve(send(res, 404, 'No such API method.'))
        : handleStatic(req, res, options.rendererDir)
    work.catch((error: unknown) => {
      // One line for a browser that went away mid-request; the whole trace only for a bug.
      console.error(describeFailure(error, url))
      if (!res.headersSent) send(res, 500, 'Internal error.')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    port,
    token,
    origin,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
