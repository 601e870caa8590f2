/**
 * The Word writer's output, pinned byte for byte: the SHA-256 of the .docx each draft and
 * option set gives, captured from the writer before its fast path for plain paragraphs
 * (docx/fast-paragraphs.ts) existed. Any change to the bytes fails here, so a speed-up can
 * never change what a user gets. Note: when the output is meant to change, delete the entry
 * from byte-identity.json; the test writes it again from the new writer (review the diff).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportDraftDocument, type DraftExportInput } from '../../src/shared/export/entry'
import type { Draft, DraftVersion } from '../../src/shared/model'
import { edited } from '../../bench/edited-draft'
import { largeDraft, policyDraft } from './support/drafts'

const GOLDEN = path.join(import.meta.dirname, 'byte-identity.json')
const golden: Record<string, string> = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, 'utf8')) : {}
const FIXED = { date: '2026-03-12', author: 'Jo Brown' }
const TEMPLATE = readFileSync(path.join(import.meta.dirname, '../fixtures/import/pandoc-staff-social-media/input.docx'))

const version = (draft: Draft, name: string): DraftVersion => ({ id: `v-${name}`, draftId: draft.id, name, note: '', createdAt: '2026-03-02T09:00:00.000Z', draft })

const small = policyDraft()
const large = largeDraft(120)
const largeEdited = edited(large)

const cases: Record<string, DraftExportInput> = {
  'policy decimal': { draft: small, versions: [], options: { ...FIXED }, format: 'docx' },
  'policy legal, provenance appendix': { draft: small, versions: [], options: { ...FIXED, numbering: 'legal', provenance: 'appendix' }, format: 'docx' },
  'policy alpha, provenance comments, notes': { draft: small, versions: [], options: { ...FIXED, numbering: 'alpha', provenance: 'comments', notesAsComments: true }, format: 'docx' },
  'policy contents and marking': { draft: small, versions: [], options: { ...FIXED, tableOfContents: true, protectiveMarking: 'OFFICIAL' }, format: 'docx' },
  'policy with template': { draft: small, versions: [], options: { ...FIXED, reference: new Uint8Array(TEMPLATE) }, format: 'docx' },
  'large decimal': { draft: large, versions: [], options: { ...FIXED }, format: 'docx' },
  'large legal, appendix': { draft: large, versions: [], options: { ...FIXED, numbering: 'legal', provenance: 'appendix' }, format: 'docx' },
  'large alpha, no options': { draft: large, versions: [], options: { numbering: 'alpha' }, format: 'docx' },
  'large tracked against a version': { draft: largeEdited, versions: [version(large, 'v1')], options: { ...FIXED }, format: 'docx', base: { name: 'v1', draft: large } },
  'policy pack': { draft: small, versions: [version(small, 'v1')], options: { ...FIXED }, format: 'docx', pack: true },
  'large pack tracked': { draft: largeEdited, versions: [version(large, 'v1')], options: { ...FIXED, provenance: 'appendix' }, format: 'docx', base: { name: 'v1', draft: large }, pack: true },
}

describe('the Word writer, byte for byte', () => {
  const written: Record<string, string> = {}
  for (const [name, input] of Object.entries(cases)) {
    it(name, async () => {
      const { bytes } = await exportDraftDocument(input)
      const hash = createHash('sha256').update(bytes).digest('hex')
      if (golden[name] === undefined) {
        written[name] = hash
        writeFileSync(GOLDEN, JSON.stringify({ ...golden, ...written }, null, 2) + '\n')
      } else expect(hash).toBe(golden[name])
    })
  }
})
