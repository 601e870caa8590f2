/**
 * Random bytes and random UUIDs (version 4) for a CLI run, read from the system's random source,
 * as node:crypto reads them. Why: loading node:crypto (about 20 modules of Node's own) cost a
 * short compose run 2 to 3 ms of CPU (1 December 2026) for 20 random bytes in all: a temporary
 * file name (write-file-atomic.ts) and the ids of the composed draft (commands/draft-ids.ts).
 * Note: where there is no /dev/urandom (Windows) or it cannot be read, node:crypto after all.
 */
import { closeSync, openSync, readSync } from 'node:fs'

export function randomBytes(count: number): Buffer {
  const bytes = Buffer.alloc(count)
  if (process.platform !== 'win32' && readSystemRandom(bytes)) return bytes
  return process.getBuiltinModule('node:crypto').randomBytes(count)
}

/** A random UUID of version 4 (RFC 9562), as crypto.randomUUID gives. */
export function randomUuid(): string {
  const b = randomBytes(16)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = b.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function readSystemRandom(into: Buffer): boolean {
  try {
    const fd = openSync('/dev/urandom', 'r')
    try {
      for (let read = 0; read < into.length; ) {
        const n = readSync(fd, into, read, into.length - read, null)
        if (n <= 0) return false
        read += n
      }
      return true
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}
