/**
 * Who may talk to the browser host. It listens on 127.0.0.1 only, and still:
 * - the Host header must name this server, which defeats DNS rebinding (a foreign page whose
 *   domain is made to resolve to 127.0.0.1 still sends its own name as Host);
 * - a browser's Origin header, when sent, must be this server, so other local pages are out;
 * - every API call carries the per-launch token, which only the printed URL reveals.
 */
import { timingSafeEqual } from 'node:crypto'

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase())
}

/** An absent Origin is fine (same-origin GETs and non-browser clients); a foreign one is not. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true
  return allowedHosts(port).some((h) => originHeader.toLowerCase() === `http://${h}`)
}

export function isValidToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
