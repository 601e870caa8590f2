/**
 * Shared by the workspace tests: temporary folders that are removed afterwards, sources made
 * from a few lines of text (real ids: SHA-256 of the bytes), corpus files imported for real,
 * and drafts.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { importFile, sourceIdOf } from '../../src/shared/import/import-file'
import { clauseId } from '../../src/shared/import/segment'
import type { Draft, SourceDocument } from '../../src/shared/model'
import { repoRoot } from '../support/paths'

const folders: string[] = []

/** A fresh temporary folder, removed after the test. */
export function tempFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-workspace-'))
  folders.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export interface ClauseSpec {
  text: string
  section?: string[]
  label?: string | null
  topics?: string[]
}

export interface MadeSource {
  bytes: Uint8Array
  source: SourceDocument
}

/** A source as an importer would make it from a .txt file holding these clauses. */
export function makeSource(
  fileName: string,
  clauses: (string | ClauseSpec)[],
  fields: Partial<Pick<SourceDocument, 'title' | 'organisation' | 'kind' | 'date' | 'importedAt' | 'warnings'>> & { salt?: string } = {},
): MadeSource {
  const specs = clauses.map((c) => (typeof c === 'string' ? { text: c } : c))
  const bytes = new TextEncoder().encode(`${fileName}\n${fields.salt ?? ''}\n${specs.map((c) => c.text).join('\n')}`)
  const id = sourceIdOf(bytes)
  return {
    bytes,
    source: {
      id,
      title: fields.title ?? fileName.replace(/\.[^.]+$/, ''),
      organisation: fields.organisation ?? null,
      kind: fields.kind ?? 'other',
      date: fields.date ?? null,
      format: 'txt',
      origin: fileName,
      importedAt: fields.importedAt ?? '2026-01-01T00:00:00.000Z',
      outline: [...new Set(specs.flatMap((c) => c.section ?? []))].map((text) => ({ level: 1, text })),
      clauses: specs.map((c, i) => ({
        id: clauseId(id, i),
        sourceId: id,
        section: c.section ?? [],
        label: c.label ?? `${i + 1}.`,
        level: 0,
        text: c.text,
        inline: c.text,
        topics: c.topics ?? [],
      })),
      warnings: fields.warnings ?? [],
    },
  }
}

export const corpusDir = path.join(repoRoot, 'corpus')

/** A corpus file imported for real. */
export async function corpusSource(fileName: string, importedAt = '2026-01-02T00:00:00.000Z'): Promise<MadeSource> {
  const bytes = new Uint8Array(readFileSync(path.join(corpusDir, fileName)))
  return { bytes, source: await importFile({ name: fileName, bytes, importedAt }) }
}

export function makeDraft(id: string, overrides: { title?: string; updatedAt?: string; clauses?: string[][] } = {}): Draft {
  const updatedAt = overrides.updatedAt ?? '2026-02-01T10:00:00.000Z'
  return {
    id,
    metadata: {
      title: overrides.title ?? `Draft ${id}`,
      organisation: 'Northmoor District Council',
      version: '0.1',
      status: 'draft',
      owner: 'Communications',
      approver: 'Head of HR',
      committee: 'Staffing Committee',
      approvedOn: null,
      reviewDue: '2027-03-31',
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt,
    },
    sections: (overrides.clauses ?? [['Be polite online.', 'Do not share passwords.']]).map((texts, s) => ({
      id: `${id}-s${s}`,
      heading: `Section ${s + 1}`,
      clauses: texts.map((text, c) => ({ id: `${id}-s${s}-c${c}`, text, note: '', level: 1 as const })),
    })),
  }
}

/** Size and SHA-256 of each named file (null when absent), to show that nothing was touched. */
export function snapshotFolder(dir: string, names: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const name of names) {
    try {
      const bytes = readFileSync(path.join(dir, name))
      out[name] = `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`
    } catch {
      out[name] = null
    }
  }
  return out
}
