/**
 * What the disk under a workspace allows, asked when SQLite's own answer is ambiguous: SQLite
 * says "disk I/O error" both for a damaged file and for a healthy one on a full disk (it cannot
 * make its -shm file), and "unable to open" for a folder it may not write. Injected in tests,
 * since a full or read-only disk cannot be made without root.
 */
import { accessSync, constants, existsSync, statfsSync } from 'node:fs'
import path from 'node:path'

export interface DiskFacts {
  /** Bytes the current user may still write in this folder, or null when it cannot be told. */
  freeBytes(folder: string): number | null
  /** Whether the file (or, when it does not exist, the folder it would be made in) and its folder may be written. */
  canWrite(file: string): boolean
}

/**
 * Below this the disk counts as full: SQLite needs its 32 KiB -shm file and a -wal page or
 * two to open a workspace for writing.
 */
export const FULL_BELOW_BYTES = 1024 * 1024

const isRefusal = (error: unknown): boolean => ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK)
    return true
  } catch (error) {
    if (isRefusal(error)) return false
    throw error
  }
}

/** The nearest folder of the path that exists: where a missing workspace's folders would be made. */
function existingFolder(file: string): string {
  let folder = path.dirname(file)
  while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder)
  return folder
}

export const realDisk: DiskFacts = {
  freeBytes(folder) {
    try {
      const stats = statfsSync(folder)
      return stats.bavail * stats.bsize
    } catch {
      return null
    }
  },
  canWrite(file) {
    // Note: SQLite writes -wal and -shm files beside the workspace, so its folder must be writable too.
    if (!existsSync(file)) return writable(existingFolder(file))
    return writable(file) && writable(path.dirname(file))
  },
}

export function isDiskFull(disk: DiskFacts, file: string): boolean {
  const free = disk.freeBytes(existingFolder(file))
  return free !== null && free < FULL_BELOW_BYTES
}
