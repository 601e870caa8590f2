/**
 * The .docx zipped by Node's zlib (src/main/service/node-zip-codec.ts), as every Node host
 * exports: its CRC-32 is the pure one, its deflate inflates back to the data; an export zipped
 * by it holds exactly the parts the pure path (fflate) writes, each entry zlib's own deflate
 * of its part (none of fflate's bytes made ahead: one deflater for the whole file), the same
 * bytes every time; and the service's exports, which the CLI, the browser host and the desktop
 * app all call, are zipped by it. The pure path is held to fflate's zipSync byte for byte in
 * zip-write.test.ts; the built CLI to the bytes written in process in tests/cli/compose-alone.test.ts.
 */
import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { inflateSync, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { nodeZipCodec } from '../../src/main/service/node-zip-codec'
import { exportComparison, exportDraft } from '../../src/main/service/exports'
import { compareSources } from '../../src/shared/compare/align'
import { applyDraftAction, draftAsSource } from '../../src/shared/draft'
import { pureZipCodec } from '../../src/shared/export/docx/pure-zip-codec'
import { crc32, writeZip } from '../../src/shared/export/docx/zip-write'
import { exportComparisonReport, exportDraftDocument, type DraftExportInput } from '../../src/shared/export/entry'
import type { Draft, DraftVersion, SourceDocument } from '../../src/shared/model'
import { edited } from '../../bench/edited-draft'
import { councilTemplate, FIXED } from './support/exports'
import { fixedContext, largeDraft, policyDraft } from './support/drafts'

const TIME = new Date(1980, 0, 1, 0, 0, 0)
const data = fc.oneof(
  fc.string({ maxLength: 40 }).map(strToU8),
  fc.tuple(fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => strToU8(s.repeat(n))),
  fc.uint8Array({ maxLength: 2000 }),
)

/** Each entry of a zip as written (local headers, in order): its name and its stored, deflated bytes. */
function storedEntries(zip: Uint8Array): { name: string; deflated: Buffer }[] {
  const b = Buffer.from(zip)
  const out: { name: string; deflated: Buffer }[] = []
  for (let at = 0; b.readUInt32LE(at) === 0x04034b50; ) {
    const size = b.readUInt32LE(at + 18)
    const nameLength = b.readUInt16LE(at + 26)
    const extra = b.readUInt16LE(at + 28)
    const start = at + 30 + nameLength + extra
    out.push({ name: b.subarray(at + 30, at + 30 + nameLength).toString('utf8'), deflated: b.subarray(start, start + size) })
    at = start + size
  }
  return out
}

const version = (draft: Draft, name: string): DraftVersion => ({ id: `v-${name}`, draftId: draft.id, name, note: '', createdAt: '2026-03-02T09:00:00.000Z', draft })
const small = policyDraft()
const large = largeDraft(120)
const largeEdited = edited(large)

describe("Node's zlib as the zip codec", () => {
  it('computes the CRC-32 the pure loop computes, and deflates to what inflates back', () => {
    fc.assert(
      fc.property(data, (d) => {
        expect(nodeZipCodec.crc32(d)).toBe(crc32(d))
        expect(Buffer.from(inflateSync(nodeZipCodec.deflateRaw(d))).equals(Buffer.from(d))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('writes zips that unzip to their parts, in the order given, for generated parts', () => {
    const name = fc.stringMatching(/^[a-z]{1,8}\/[a-z0-9_.]{1,12}$/)
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, data), { selector: ([n]) => n, maxLength: 8 }), (parts) => {
        const zip = writeZip(parts.map(([n, d]) => ({ name: n, data: d })), TIME, nodeZipCodec)
        const unzipped = unzipSync(zip)
        expect(Object.keys(unzipped)).toEqual(parts.map(([n]) => n))
        for (const [n, d] of parts) expect(Buffer.from(unzipped[n]!).equals(Buffer.from(d))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  const cases: Record<string, () => Promise<DraftExportInput>> = {
    'policy, text writer': async () => ({ draft: small, versions: [], options: { ...FIXED }, format: 'docx' }),
    'policy, comments (docx writer)': async () => ({ draft: small, versions: [], options: { ...FIXED, provenance: 'comments', notesAsComments: true, tableOfContents: true }, format: 'docx' }),
    'policy with template': async () => ({ draft: small, versions: [], options: { ...FIXED, reference: await councilTemplate() }, format: 'docx' }),
    'large, tracked against a version': async () => ({ draft: largeEdited, versions: [version(large, 'v1')], options: { ...FIXED }, format: 'docx', base: { name: 'v1', draft: large } }),
    'large pack': async () => ({ draft: largeEdited, versions: [version(large, 'v1')], options: { ...FIXED, provenance: 'appendix' }, format: 'docx', base: { name: 'v1', draft: large }, pack: true }),
  }
  for (const [name, input] of Object.entries(cases)) {
    it(`zips the pure path's parts, each as zlib deflates it, the same every time: ${name}`, async () => {
      const pure = (await exportDraftDocument(await input())).bytes
      const node = (await exportDraftDocument({ ...(await input()), zip: nodeZipCodec })).bytes
      const [pureParts, nodeParts] = [unzipSync(pure), unzipSync(node)]
      expect(Object.keys(nodeParts)).toEqual(Object.keys(pureParts))
      for (const [part, bytes] of Object.entries(pureParts)) expect(Buffer.from(nodeParts[part]!).equals(Buffer.from(bytes)), part).toBe(true)
      // One deflater: every entry is zlib's deflate of its part, the shared ones too (not fflate's, made ahead).
      const stored = storedEntries(node)
      expect(stored.map((e) => e.name)).toEqual(Object.keys(pureParts))
      for (const entry of stored) expect(entry.deflated.equals(deflateRawSync(nodeParts[entry.name]!, { level: 6 })), entry.name).toBe(true)
      expect(Buffer.from((await exportDraftDocument({ ...(await input()), zip: nodeZipCodec })).bytes).equals(Buffer.from(node))).toBe(true)
    })
  }

  it("is what the service's exports zip with, for a draft and for a comparison report", async () => {
    const noLibrary = (): never => {
      throw new Error('no library')
    }
    const fromService = await exportDraft({ draftId: small.id, options: { ...FIXED } }, { draft: () => small, versions: () => [], source: noLibrary, compare: noLibrary })
    const inProcess = await exportDraftDocument({ draft: small, versions: [], options: { ...FIXED }, format: 'docx', zip: nodeZipCodec })
    expect(Buffer.from(fromService.dataBase64, 'base64').equals(Buffer.from(inProcess.bytes))).toBe(true)

    const a: SourceDocument = { ...draftAsSource(small), importedAt: '2026-03-01T09:00:00Z' }
    const b: SourceDocument = { ...draftAsSource(applyDraftAction(small, { type: 'edit-clause', clauseId: 'c1', text: 'Do not share anything you learnt at work.' }, fixedContext())), id: 'b', importedAt: '2026-03-02T09:00:00Z' }
    const comparison = compareSources(a, b)
    const sources = { draft: noLibrary, versions: noLibrary, source: (id: string) => (id === a.id ? a : b), compare: () => comparison }
    const report = await exportComparison({ a: a.id, b: b.id }, sources)
    const expected = await exportComparisonReport(a, b, comparison, { zip: nodeZipCodec })
    expect(Buffer.from(report.dataBase64, 'base64').equals(Buffer.from(expected.bytes))).toBe(true)
  })

  it('differs from the pure path in deflated bytes only (so the checks above can tell the two apart)', async () => {
    const input: DraftExportInput = { draft: large, versions: [], options: { ...FIXED }, format: 'docx' }
    const pure = (await exportDraftDocument(input)).bytes
    const node = (await exportDraftDocument({ ...input, zip: nodeZipCodec })).bytes
    expect(Buffer.from(pure).equals(Buffer.from(node))).toBe(false)
    expect(pureZipCodec.deflatedAhead).toBeDefined()
    expect(nodeZipCodec.deflatedAhead).toBeUndefined()
  })
})
