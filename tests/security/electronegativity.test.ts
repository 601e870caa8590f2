/**
 * Electron's security linter over src/, as part of npm test: every finding must be listed,
 * with its reason and the code that guards it, in security/electronegativity-allowlist.json.
 *
 * Note: the Electron version is pinned (-e) so the tool does not need the network to learn it;
 * without a network it prints "Could not retrieve updated translations", which is harmless.
 * Its output is SARIF (JSON), read here; its exit code is 0 with or without findings.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const cli = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')
const ELECTRON_VERSION = '45.4.1'

interface Accepted {
  check: string
  severity: string
  file: string
  reason: string
}

interface Finding {
  check: string
  file: string
  line: number
}

interface Sarif {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[]
}

/** The findings in `input` (a folder), read from the SARIF file the tool writes. */
async function runElectronegativity(input: string): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'))
  try {
    const out = path.join(dir, 'findings.sarif')
    await promisify(execFile)(process.execPath, [cli, '-i', input, '-e', ELECTRON_VERSION, '-r', '-o', out], { cwd: root, timeout: 80_000 })
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as Sarif
    return sarif.runs.flatMap((r) =>
      r.results.map((result) => {
        const where = result.locations[0]!.physicalLocation
        return { check: result.ruleId, file: where.artifactLocation.uri, line: where.region.startLine }
      }),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const allowlist = (JSON.parse(readFileSync(path.join(root, 'security/electronegativity-allowlist.json'), 'utf8')) as { accepted: Accepted[] }).accepted
const isAccepted = (f: Finding): boolean => allowlist.some((a) => a.check === f.check && a.file === f.file)

/** A window with two switches every Electron app must keep off: the tool must report both. */
const UNSAFE_WINDOW = "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n"

describe('electronegativity', () => {
  let ours: Finding[] = []
  let unsafe: Finding[] = []

  // Note: both runs at once, since most of each run is the tool waiting for the network it
  // does not get (its translations and Electron's release list); about 12 s in all.
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-src-'))
    try {
      writeFileSync(path.join(dir, 'window.js'), UNSAFE_WINDOW)
      ;[ours, unsafe] = await Promise.all([runElectronegativity('src'), runElectronegativity(dir)])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)

  it('every allowlist entry names a check, a file under src/ and a reason that points at code', () => {
    for (const entry of allowlist) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/)
      expect(readFileSync(path.join(root, 'src', entry.file), 'utf8').length).toBeGreaterThan(0)
      // A reason says where the guard is: a source file of ours.
      expect(entry.reason).toMatch(/src\/[\w/-]+\.ts/)
    }
  })

  it('finds nothing in src/ beyond the reviewed allowlist, and every entry is still needed', () => {
    const unlisted = ours.filter((f) => !isAccepted(f)).map((f) => `${f.check} at src/${f.file}:${f.line}`)
    expect(unlisted, 'new electronegativity findings: fix them, or review them and list them with a reason').toEqual([])
    const stale = allowlist.filter((a) => !ours.some((f) => f.check === a.check && f.file === a.file)).map((a) => `${a.check} in ${a.file}`)
    expect(stale, 'allowlist entries with no finding any more: remove them').toEqual([])
  })

  it('reports what it has not been told about (the check is live)', () => {
    expect(unsafe.map((f) => f.check)).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']))
    expect(unsafe.filter(isAccepted)).toEqual([])
  })
})
