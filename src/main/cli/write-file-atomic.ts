/**
 * A file written whole or not at all: the bytes go to a temporary name beside the target (same
 * folder, so the same file system and an atomic rename), are flushed to disk, then renamed over
 * the target. An export interrupted half way (a full disk, Ctrl-C, a crash) leaves the old file
 * as it was, or no file, never a half-written one; a failed write removes its temporary file.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

/** The temporary name: hidden, beside the target, unique to this write. */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`)
}

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryNameFor(target)
  let handle: fs.FileHandle | undefined
  try {
    // 'wx': never follow or overwrite something already at the temporary name.
    handle = await fs.open(temporary, 'wx', 0o644)
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temporary, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temporary, { force: true }).catch(() => undefined)
    throw error
  }
}
