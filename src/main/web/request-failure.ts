/**
 * What the browser host logs when a request fails. A client that closes the connection before
 * its answer (a reload, a closed tab, a cancelled upload) is ordinary, so it gets one line; any
 * other failure is a bug and keeps its stack trace.
 */
const CLIENT_GONE = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'])

export function isClientGone(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code
  // Node's IncomingMessage rejects an aborted body with a plain Error('aborted').
  return (code !== undefined && CLIENT_GONE.has(code)) || error.message === 'aborted'
}

export function describeFailure(error: unknown, url: string): string {
  const path = url.split('?')[0]
  if (isClientGone(error)) return `browser host: the client closed the connection before ${path} was answered`
  return `browser host: ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
}
