/**
 * The bundled example policies (the project's corpus/): found next to the built files, read
 * from their manifest. The request that loads them names no path at all, so the renderer can
 * never make the service read a file of its choosing; only the files the manifest lists, each
 * a plain file name inside the examples folder in a format the workbench imports, are read.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ImportFile } from '../../shared/api'
import { WorkbenchError } from '../../shared/errors'
import { formats } from '../../shared/import/formats'
import { sourceKinds, type SourceKind } from '../../shared/model'

export const EXAMPLES_MANIFEST = 'manifest.json'

/** What the manifest says of one example, kept so the library shows its real organisation and kind. */
export interface ExampleMetadata {
  title?: string
  organisation?: string
  kind?: SourceKind
  date?: string
}

export interface ExampleFile extends ImportFile {
  metadata: ExampleMetadata
}

const importableFormats = new Set(formats.filter((f) => f.importable).map((f) => f.format as string))
/** A bare file name: no folder part, no "..", nothing hidden. */
const isPlainFileName = (name: string): boolean => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes('..')
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)

/**
 * The first folder holding corpus/manifest.json at or above `start` (at most five levels up):
 * the built hosts live in out/main/, the CLI under tsx in src/main/cli/, the corpus at the root.
 */
export function findExamplesFolder(start: string): string | null {
  let dir = start
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'corpus')
    if (existsSync(path.join(candidate, EXAMPLES_MANIFEST))) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return null
}

/**
 * Where a packaged app's examples are: the packager copies corpus/ here, inside the app's
 * resources (electron-builder.json, extraResources). tests/service/packaged-examples.test.ts
 * lays the copy out as that config says and loads the examples from it.
 */
export const PACKAGED_EXAMPLES_FOLDER = 'examples'

/**
 * The examples folder of the desktop app: in its resources when packaged (`resourcesPath` is
 * then set), else the project's corpus/ found above the built main file.
 */
export function desktopExamplesFolder(resourcesPath: string | undefined, builtFrom: string): string | null {
  return resourcesPath ? path.join(resourcesPath, PACKAGED_EXAMPLES_FOLDER) : findExamplesFolder(builtFrom)
}

/** One example as its manifest lists it, before its bytes are read. */
interface ExampleEntry {
  name: string
  metadata: ExampleMetadata
}

/** The examples the manifest lists, in its order; entries that break the rules above are skipped. */
function manifestEntries(folder: string | null | undefined): { folder: string; entries: ExampleEntry[] } {
  if (!folder || !existsSync(path.join(folder, EXAMPLES_MANIFEST))) {
    throw new WorkbenchError('not-found', 'The example policies are not installed with this copy of Policy Workbench.')
  }
  const manifest: unknown = JSON.parse(readFileSync(path.join(folder, EXAMPLES_MANIFEST), 'utf8'))
  if (!Array.isArray(manifest)) throw new WorkbenchError('internal', 'The examples manifest is not a list of files.')
  const entries: ExampleEntry[] = []
  for (const entry of manifest as Record<string, unknown>[]) {
    const name = text(entry?.['file'])
    const format = text(entry?.['format'])
    if (!name || !format || !isPlainFileName(name) || !importableFormats.has(format)) continue
    if (!existsSync(path.join(folder, name))) continue
    const kind = text(entry['kind'])
    const metadata: ExampleMetadata = {
      ...(text(entry['title']) ? { title: text(entry['title'])! } : {}),
      ...(text(entry['organisation']) ? { organisation: text(entry['organisation'])! } : {}),
      ...(kind && (sourceKinds as readonly string[]).includes(kind) ? { kind: kind as SourceKind } : {}),
      ...(text(entry['date']) ? { date: text(entry['date'])! } : {}),
    }
    entries.push({ name, metadata })
  }
  return { folder, entries }
}

/** The names of the examples, in the manifest's order, without reading their bytes. */
export function listExamples(folder: string | null | undefined): string[] {
  return manifestEntries(folder).entries.map((e) => e.name)
}

/**
 * The examples with their bytes, in the manifest's order: all of them, or only those `only`
 * names. Note: a name is matched against the manifest's list, never joined to the folder as
 * given, so a request can reach no file the manifest does not list.
 */
export function readExamples(folder: string | null | undefined, only?: readonly string[]): ExampleFile[] {
  const { folder: dir, entries } = manifestEntries(folder)
  const wanted = only ? new Set(only) : null
  return entries
    .filter((e) => !wanted || wanted.has(e.name))
    .map(({ name, metadata }) => ({ name, dataBase64: readFileSync(path.join(dir, name)).toString('base64'), metadata }))
}
