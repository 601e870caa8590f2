/**
 * The layer rules of ../shared/ARCHITECTURE.md, checked on every run:
 * - src/shared imports no Electron, Node built-in, React or other layer, and never touches the DOM;
 * - src/renderer imports no Electron, Node built-in, or main/preload code;
 * - only the Electron adapter (src/main/electron/) imports electron;
 * - src/preload imports only electron and src/shared;
 * - the API contract (src/shared/api.ts) stands on top of the model: it imports the model, the
 *   errors and the draft actions, never an engine (compare, search, import, topics).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths'

const SOURCE_EXT = /\.(ts|tsx|js|mjs|cjs)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full)
    return SOURCE_EXT.test(entry.name) ? [full] : []
  })
}

/** Comments removed, so a comment that mentions `window` or "electron" is no violation. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** Every module specifier a file imports, re-exports, requires or dynamically imports. */
export function importsOf(code: string): string[] {
  const specs: string[] = []
  const patterns = [
    /\b(?:import|export)\s[^'"`]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  const clean = stripComments(code)
  for (const re of patterns) for (const m of clean.matchAll(re)) specs.push(m[1]!)
  return specs
}

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
const isNode = (spec: string): boolean => spec.startsWith('node:') || nodeBuiltins.has(spec) || nodeBuiltins.has(spec.split('/')[0]!)
const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/')
const isReact = (spec: string): boolean => spec === 'react' || spec.startsWith('react-dom') || spec.startsWith('react/')

function layerOf(file: string): string {
  const rel = path.relative(path.join(repoRoot, 'src'), file).split(path.sep)
  return rel[0]!
}

function resolvesInto(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const target = path.resolve(path.dirname(file), spec)
  const rel = path.relative(path.join(repoRoot, 'src'), target)
  return rel.startsWith('..') ? 'outside' : rel.split(path.sep)[0]!
}

/** String literals emptied, so "word/document.xml" is not mistaken for the DOM's document. */
function stripStrings(code: string): string {
  return code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
}

const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement)\s*[.[(]/

const CONTRACT = path.join('src', 'shared', 'api.ts')
/** What the contract may import: modules under src/shared, without extension. */
const CONTRACT_MAY_IMPORT = new Set(['model', 'model-library', 'errors', 'draft/actions'])

/** The module under src/shared a relative import names: "./compare/library" is "compare/library". */
function sharedModuleOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const rel = path.relative(path.join(repoRoot, 'src', 'shared'), path.resolve(path.dirname(file), spec))
  return rel.split(path.sep).join('/').replace(/\.(ts|js)$/, '').replace(/\/index$/, '')
}

/** The violations of one file, in words that say which rule and how to fix it. */
export function violationsOf(file: string, code: string): string[] {
  const layer = layerOf(file)
  const rel = path.relative(repoRoot, file)
  const out: string[] = []
  for (const spec of importsOf(code)) {
    const into = resolvesInto(file, spec)
    if (layer === 'shared') {
      if (isElectron(spec) || isNode(spec) || isReact(spec)) out.push(`${rel}: shared code imports "${spec}"; keep it pure (no Electron, Node or React)`)
      if (into && into !== 'shared') out.push(`${rel}: shared code imports "${spec}" from another layer`)
    }
    if (layer === 'renderer') {
      if (isElectron(spec) || isNode(spec)) out.push(`${rel}: the renderer imports "${spec}"; reach data through src/renderer/src/api/client.ts`)
      if (into && into !== 'renderer' && into !== 'shared') out.push(`${rel}: the renderer imports "${spec}" from src/${into}`)
    }
    if (layer === 'main' && isElectron(spec) && !rel.startsWith(path.join('src', 'main', 'electron') + path.sep)) {
      out.push(`${rel}: only the Electron adapter (src/main/electron/) may import electron`)
    }
    if (rel === CONTRACT) {
      const target = sharedModuleOf(file, spec)
      if (target === null || !CONTRACT_MAY_IMPORT.has(target)) {
        out.push(`${rel}: the API contract imports "${spec}"; it may import only the model, the errors and the draft actions (move wire types into model.ts or model-library.ts)`)
      }
    }
    if (layer === 'preload') {
      if (!isElectron(spec) && into !== 'shared' && into !== 'preload') out.push(`${rel}: the preload may import only electron and src/shared, not "${spec}"`)
    }
  }
  const bare = stripStrings(stripComments(code))
  if (layer === 'shared' && DOM_GLOBALS.test(bare)) {
    out.push(`${rel}: shared code touches the DOM (${DOM_GLOBALS.exec(bare)![1]})`)
  }
  return out
}

describe('layer rules', () => {
  const files = filesUnder(path.join(repoRoot, 'src'))

  it('finds the four layers', () => {
    expect(new Set(files.map(layerOf))).toEqual(new Set(['main', 'preload', 'renderer', 'shared']))
  })

  it('every file keeps to its layer', () => {
    const violations = files.flatMap((f) => violationsOf(f, readFileSync(f, 'utf8')))
    expect(violations).toEqual([])
  })

  // The checker itself: each rule catches what it is meant to catch.
  const at = (rel: string): string => path.join(repoRoot, rel)
  it.each([
    ['src/shared/x.ts', "import { app } from 'electron'"],
    ['src/shared/x.ts', "import fs from 'fs'"],
    ['src/shared/x.ts', "import { readFile } from 'node:fs/promises'"],
    ['src/shared/x.ts', "import { useState } from 'react'"],
    ['src/shared/x.ts', "export { handleRequest } from '../main/service/handle-request'"],
    ['src/shared/x.ts', 'const el = document.getElementById("root")'],
    ['src/shared/x.ts', 'const w = window.innerWidth'],
    ['src/renderer/src/x.ts', "const { ipcRenderer } = require('electron')"],
    ['src/renderer/src/x.ts', "const p = await import('node:path')"],
    ['src/renderer/src/x.ts', "import { WorkbenchService } from '../../main/service/workbench-service'"],
    ['src/main/service/x.ts', "import { dialog } from 'electron'"],
    ['src/preload/x.ts', "import { readFileSync } from 'node:fs'"],
    ['src/shared/api.ts', "import type { LibraryFamily } from './compare/library'"],
    ['src/shared/api.ts', "import type { SearchHit } from './search/search-hit'"],
    ['src/shared/api.ts', "import { formats } from './import/formats'"],
    ['src/shared/api.ts', "import type { TopicId } from './topics/tag-topics'"],
    ['src/shared/api.ts', "import { z } from 'zod'"],
  ])('flags %s: %s', (file, code) => {
    expect(violationsOf(at(file), code)).not.toEqual([])
  })

  it.each([
    ['src/shared/x.ts', "// this comment mentions window.open and 'electron'\nimport { z } from 'zod'"],
    ['src/shared/x.ts', "const part = 'word/document.xml'\nconst label = `a document.${ext}`"],
    ['src/main/electron/x.ts', "import { app } from 'electron'"],
    ['src/renderer/src/x.ts', "import type { WorkbenchApi } from '../../shared/api'"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron'\nimport { channels } from '../shared/api'"],
    ['src/shared/api.ts', "import type { Draft } from './model'\nimport type { ErrorInfo } from './errors'\nimport type { DraftAction } from './draft/actions'"],
    ['src/shared/api.ts', "import type { SearchHit } from './model-library'"],
  ])('allows %s: %s', (file, code) => {
    expect(violationsOf(at(file), code)).toEqual([])
  })
})

/**
 * No import cycle anywhere in src/shared: each module can be read, tested and changed knowing
 * only what it imports. A depth-first search over relative imports. Note: type-only imports
 * count too; a cycle of types still means neither file can be understood, or moved, without
 * the other (the docx importer's cycle ran through one: context -> footnotes).
 */
describe('import graph of src/shared', () => {
  const sharedDir = path.join(repoRoot, 'src', 'shared')

  /** The file a relative specifier names, as TypeScript resolves it; null for packages. */
  function resolveRelative(from: string, spec: string, exists: (file: string) => boolean): string | null {
    if (!spec.startsWith('.')) return null
    const base = path.resolve(path.dirname(from), spec).replace(/\.js$/, '')
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
      if (exists(candidate)) return candidate
    }
    return null
  }

  /** One cycle of the graph as a path of files (first = last), or null when it has none. */
  function findCycle(graph: Map<string, string[]>): string[] | null {
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string): string[] | null => {
      state.set(file, 'open')
      stack.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next]
        if (!state.has(next)) {
          const found = visit(next)
          if (found) return found
        }
      }
      stack.pop()
      state.set(file, 'done')
      return null
    }
    for (const file of [...graph.keys()].sort()) {
      if (state.has(file)) continue
      const found = visit(file)
      if (found) return found
    }
    return null
  }

  function graphOf(files: Record<string, string>): Map<string, string[]> {
    const exists = (file: string): boolean => file in files
    const graph = new Map<string, string[]>()
    for (const [file, code] of Object.entries(files)) {
      graph.set(file, importsOf(code).flatMap((spec) => resolveRelative(file, spec, exists) ?? []))
    }
    return graph
  }

  it('has no import cycle (type-only imports included)', () => {
    const files = Object.fromEntries(filesUnder(sharedDir).map((f) => [f, readFileSync(f, 'utf8')]))
    const cycle = findCycle(graphOf(files))
    expect(cycle?.map((f) => path.relative(repoRoot, f)).join(' -> ') ?? null).toBeNull()
  })

  it('finds a cycle of type-only imports, and none in a one-way chain', () => {
    const at = (rel: string): string => path.join(sharedDir, rel)
    const cyclic = {
      [at('a/body.ts')]: "import { readRuns } from './runs'",
      [at('a/runs.ts')]: "import type { Context } from './context'",
      [at('a/context.ts')]: "import type { Notes } from './notes/index'",
      [at('a/notes/index.ts')]: "import { walk } from '../body.js'",
    }
    expect(findCycle(graphOf(cyclic))?.map((f) => path.relative(sharedDir, f))).toEqual(['a/body.ts', 'a/runs.ts', 'a/context.ts', 'a/notes/index.ts', 'a/body.ts'])
    const chain = { ...cyclic, [at('a/notes/index.ts')]: "import { z } from 'zod'" }
    expect(findCycle(graphOf(chain))).toBeNull()
  })
})
