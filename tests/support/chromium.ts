/**
 * Finding Debian's Chromium for end-to-end tests. A missing browser must never pass quietly:
 * in CI (CI=true) it is a failure; on a developer's machine a loud banner explains the skip.
 */
import { existsSync } from 'node:fs'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const chromiumFound = existsSync(chromiumPath)
export const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1'

export function announceMissingChromium(): void {
  const line = '!'.repeat(78)
  console.warn(
    `\n${line}\n!! END-TO-END TESTS SKIPPED: no Chromium at ${chromiumPath}.\n` +
      `!! Install it with: apt-get update && apt-get install -y chromium\n` +
      `!! (or set CHROMIUM_PATH). In CI this is a failure, not a skip.\n${line}\n`,
  )
}

/** Flags for headless Chromium on a machine with no display and a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
