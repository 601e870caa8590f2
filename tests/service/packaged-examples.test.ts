/**
 * The examples in the packaged desktop app. The packager (electron-builder, configured in
 * electron-builder.json) copies corpus/ into the app's resources as extraResources; the app reads
 * them from there (desktopExamplesFolder). The package itself cannot be built here (the packager
 * downloads the Electron runtime), so this lays out the resources folder exactly as the config
 * says, file filter and all, and loads the examples from it as the packaged app would.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { desktopExamplesFolder, listExamples, PACKAGED_EXAMPLES_FOLDER, readExamples } from '../../src/main/service/examples'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { repoRoot } from '../support/paths'

interface ExtraResource {
  from: string
  to: string
  filter: string[]
}
const config = JSON.parse(readFileSync(path.join(repoRoot, 'electron-builder.json'), 'utf8')) as { files: string[]; extraResources: ExtraResource[] }
const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-packaged-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** electron-builder's filter for these patterns: a file name or "*.ext", "!" to leave one out (no folders are copied). */
const fits = (name: string, pattern: string): boolean => (pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern)
const matches = (name: string, filter: readonly string[]): boolean =>
  filter.some((p) => !p.startsWith('!') && fits(name, p)) && !filter.some((p) => p.startsWith('!') && fits(name, p.slice(1)))

/** The app's resources folder as the packager leaves it: each extraResources entry copied. */
function packagedResources(): string {
  const resources = path.join(temp, 'resources')
  for (const entry of config.extraResources) {
    const from = path.join(repoRoot, entry.from)
    const to = path.join(resources, entry.to)
    mkdirSync(to, { recursive: true })
    for (const name of readdirSync(from)) {
      if (statSync(path.join(from, name)).isFile() && matches(name, entry.filter)) copyFileSync(path.join(from, name), path.join(to, name))
    }
  }
  return resources
}

describe('the packaged app', () => {
  it('ships the built app, whose main file package.json names', () => {
    const main = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string }).main
    expect(main.replace(/^\.\//, '')).toMatch(/^out\//)
    expect(config.files).toContain('out/**/*')
  })

  it('copies the corpus to the folder the app reads its examples from, with every file the manifest lists', () => {
    const entry = config.extraResources.find((e) => e.to === PACKAGED_EXAMPLES_FOLDER)
    expect(entry?.from).toBe('corpus')
    const resources = packagedResources()
    const folder = desktopExamplesFolder(resources, path.join(repoRoot, 'out', 'main'))
    expect(folder).toBe(path.join(resources, PACKAGED_EXAMPLES_FOLDER))
    const corpus = path.join(repoRoot, 'corpus')
    expect(listExamples(folder)).toEqual(listExamples(corpus))
    expect(listExamples(folder)).toHaveLength(14)
    // The copy holds nothing else of the project: no sources, no templates.
    expect(readdirSync(folder!).sort()).toEqual(['manifest.json', ...listExamples(corpus)].sort())
    expect(readExamples(folder).map((f) => f.dataBase64)).toEqual(readExamples(corpus).map((f) => f.dataBase64))
  })

  it('loads the example policies from its resources', async () => {
    const service = new WorkbenchService({ host: 'test', examplesFolder: desktopExamplesFolder(packagedResources(), temp) })
    const loaded = await service.importExamples()
    expect(loaded.results).toHaveLength(14)
    expect(loaded.results.every((r) => r.ok)).toBe(true)
  })

  it('reads the project corpus when not packaged', () => {
    expect(desktopExamplesFolder(undefined, path.join(repoRoot, 'out', 'main'))).toBe(path.join(repoRoot, 'corpus'))
  })
})
