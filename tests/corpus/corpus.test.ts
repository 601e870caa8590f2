/**
 * The example corpus as a whole: every file imports, its title is found, and the topics the
 * tagger finds across its clauses agree with the topics its author declared in manifest.json.
 * Document-level precision and recall of topic tagging are printed for the notes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'
import { repoRoot } from '../support/paths'

interface ManifestEntry {
  file: string
  format: string
  title: string
  organisation: string
  kind: string
  topics: string[]
  versionOf: string | null
}

const corpusDir = path.join(repoRoot, 'corpus')
const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as ManifestEntry[]
const files = readdirSync(corpusDir).filter((f) => /\.(docx|pdf|html|md|txt|odt)$/.test(f) && f !== 'README.md')
const imported = new Map<string, SourceDocument>()

beforeAll(async () => {
  for (const file of files) {
    imported.set(file, await importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(corpusDir, file))), importedAt: '2026-01-01T00:00:00Z' }))
  }
}, 60_000)

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

describe('the example corpus', () => {
  it('has at least 12 policies, every format at least twice, each listed in the manifest', () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
    for (const ext of ['docx', 'pdf', 'html', 'md', 'txt', 'odt']) expect(files.filter((f) => f.endsWith(`.${ext}`)).length).toBeGreaterThanOrEqual(2)
    expect(manifest.map((m) => m.file).sort()).toEqual([...files].sort())
  })

  it.each(files)('%s imports into sections and clauses, with its title', (file) => {
    const source = imported.get(file)!
    const entry = manifest.find((m) => m.file === file)!
    expect(source.clauses.length).toBeGreaterThanOrEqual(8)
    expect(source.outline.length).toBeGreaterThanOrEqual(1)
    // The title found must be the manifest's, or contained in it (a subtitle may be separate).
    expect(normalise(entry.title)).toContain(normalise(source.title))
    expect(source.clauses.every((c) => c.text.length > 0 || c.label)).toBe(true)
  })

  it('tags topics that agree with what each policy declares covering', () => {
    let tp = 0
    let fp = 0
    let fn = 0
    const lines: string[] = []
    for (const entry of manifest) {
      const found = new Set(imported.get(entry.file)!.clauses.flatMap((c) => c.topics))
      const declared = new Set(entry.topics)
      const missed = [...declared].filter((t) => !found.has(t))
      const extra = [...found].filter((t) => !declared.has(t))
      tp += declared.size - missed.length
      fn += missed.length
      fp += extra.length
      lines.push(`${entry.file}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`)
    }
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    console.log(`corpus topic coverage: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${lines.join('\n')}`)
    expect(recall).toBeGreaterThanOrEqual(0.85)
    expect(precision).toBeGreaterThanOrEqual(0.7)
  })
})
