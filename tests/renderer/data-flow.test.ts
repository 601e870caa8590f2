/**
 * Views call hooks, hooks call the API: only files under src/renderer/src/hooks/ import the
 * API client, so fetching, stale answers and failures are handled in one place per need.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'

const rendererSrc = path.join(repoRoot, 'src/renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Static and dynamic imports; enough for our own files, which import in the usual ways. */
function importsOf(code: string): string[] {
  return [...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!)
}

describe('renderer data flow', () => {
  it('lets only hooks import the API client', () => {
    const callers = sourceFiles(rendererSrc).filter((file) =>
      importsOf(readFileSync(file, 'utf8')).some((spec) => path.resolve(path.dirname(file), spec) === path.join(rendererSrc, 'api/client')),
    )
    const relative = callers.map((f) => path.relative(rendererSrc, f).split(path.sep).join('/'))
    expect(relative.length).toBeGreaterThan(0)
    expect(relative.filter((f) => !f.startsWith('hooks/'))).toEqual([])
  })
})
