/** First run: the bundled examples, read only as their manifest lists them, with the manifest's metadata. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findExamplesFolder, readExamples } from '../../src/main/service/examples'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { WorkbenchError } from '../../src/shared/errors'
import { repoRoot } from '../support/paths'

const corpus = path.join(repoRoot, 'corpus')
const temp = mkdtempSync(path.join(os.tmpdir(), 'pw-examples-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('the example policies', () => {
  it('are found above the built files, as the hosts look for them', () => {
    expect(findExamplesFolder(path.join(repoRoot, 'out', 'main'))).toBe(corpus)
    expect(findExamplesFolder(path.join(repoRoot, 'src', 'main', 'cli'))).toBe(corpus)
    expect(findExamplesFolder(os.tmpdir())).toBeNull()
  })

  it('import all fourteen, with the organisation and kind their manifest gives, and a second time as duplicates', async () => {
    const service = new WorkbenchService({ host: 'test', examplesFolder: corpus })
    const first = await service.importExamples()
    expect(first.results).toHaveLength(14)
    expect(first.results.every((r) => r.ok && !r.duplicate)).toBe(true)
    const sources = await service.listSources()
    const castlegate = sources.find((s) => s.origin === 'castlegate-social-networking-policy.pdf')!
    expect(castlegate).toMatchObject({ organisation: 'Castlegate Metropolitan Borough Council', kind: 'council-policy' })
    const again = await service.importExamples()
    expect(again.results.every((r) => r.ok && r.duplicate)).toBe(true)
    expect(await service.listSources()).toHaveLength(14)
  })

  it('are listed by name without reading them, and import a few at a time by those names, so the renderer can show each one arrive', async () => {
    const service = new WorkbenchService({ host: 'test', examplesFolder: corpus })
    const { files } = await service.listExamples()
    expect(files).toHaveLength(14)
    expect(files).toContain('castlegate-social-networking-policy.pdf')
    const one = await service.importExamples({ files: [files[0]!] })
    expect(one.results.map((r) => r.file)).toEqual([files[0]])
    expect(await service.listSources()).toHaveLength(1)
    // The manifest's details come with each one, as with the whole batch.
    const castlegate = await service.importExamples({ files: ['castlegate-social-networking-policy.pdf'] })
    expect(castlegate.results[0]).toMatchObject({ ok: true, duplicate: false, source: { organisation: 'Castlegate Metropolitan Borough Council' } })
    // A name the manifest does not list is that name's own failure, never a path read.
    const odd = await service.importExamples({ files: ['../package.json', files[0]!] })
    expect(odd.results).toMatchObject([
      { file: files[0], ok: true, duplicate: true },
      { file: '../package.json', ok: false, error: { code: 'not-found', message: '../package.json is not one of the example policies.' } },
    ])
    expect(await service.listSources()).toHaveLength(2)
  })

  it('read only plain file names in importable formats, never a path the manifest points elsewhere', () => {
    const folder = path.join(temp, 'examples')
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder)
    writeFileSync(path.join(temp, 'secret.txt'), 'not an example')
    writeFileSync(path.join(folder, 'good.txt'), '1. Be polite online.\n')
    writeFileSync(path.join(folder, 'tool.exe'), 'MZ')
    writeFileSync(
      path.join(folder, 'manifest.json'),
      JSON.stringify([
        { file: '../secret.txt', format: 'txt' },
        { file: '/etc/passwd', format: 'txt' },
        { file: 'tool.exe', format: 'exe' },
        { file: 'missing.md', format: 'md' },
        { file: 'good.txt', format: 'txt', organisation: 'Example Council', kind: 'not-a-kind' },
      ]),
    )
    const files = readExamples(folder)
    expect(files.map((f) => f.name)).toEqual(['good.txt'])
    expect(files[0]!.metadata).toEqual({ organisation: 'Example Council' })
  })

  it('say plainly when none are installed', async () => {
    const service = new WorkbenchService({ host: 'test' })
    await expect(service.importExamples()).rejects.toThrow(WorkbenchError)
    await expect(service.importExamples()).rejects.toThrow(/not installed/)
  })
})
