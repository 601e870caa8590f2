/**
 * The proof that the Word export is a real Word policy, on every kind of export the suite
 * makes: each XML part valid against the ISO/IEC 29500 transitional schemas; each file opened
 * by LibreOffice, its printed text holding every heading and clause in order with its number;
 * numbering on every clause and no typed numbers, revision ids unique, moves paired, comments
 * referenced both ways; and the project's own importer reading back the draft.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { draftLabels } from '../../src/shared/draft'
import { runsText } from '../../src/shared/export'
import { importFile } from '../../src/shared/import/import-file'
import { policyDraft } from './support/drafts'
import { type ExportCase, exportCases } from './support/exports'
import { printedTexts, missingInOrder } from './support/libreoffice'
import { docxParts } from './support/package'
import { validateDocxFiles } from './support/schema'
import { structureProblems } from './support/structure'
import { canRun, requireTool } from './support/tools'

let cases: ExportCase[] = []
beforeAll(async () => {
  cases = await exportCases()
})

/**
 * Headings and clauses with their numbers. Note: with revisions LibreOffice prints a number
 * that a revision changes as "(c)[(b)]", the new and the old, so the tracked file is checked
 * for its unchanged texts in order, without numbers.
 */
const expectedLines = (c: ExportCase) =>
  c.doc.blocks.flatMap((b) => {
    const number = c.plain && b.kind !== 'page-break' && 'number' in b ? b.number : ''
    if (b.kind === 'heading') return [{ number, text: b.text }]
    if (b.kind === 'clause' && !b.change && !b.segments) return [{ number, text: runsText(b.runs) }]
    return []
  })

describe.runIf(canRun('xmllint'))('schema validity', () => {
  it('every WordprocessingML part of every export validates against wml.xsd', () => {
    requireTool('xmllint')
    const result = validateDocxFiles(Object.fromEntries(cases.map((c) => [c.name, c.bytes])))
    expect(result.errors).toEqual([])
    // document, styles, numbering, settings, header, footer, footnotes, endnotes, fonts; comments where there are some.
    for (const c of cases) expect(result.checked.filter((p) => p.startsWith(`${c.name} `)).length).toBeGreaterThanOrEqual(9)
    expect(result.checked).toContain('comments word/comments.xml')
  }, 120_000)
})

describe.runIf(canRun('soffice'))('LibreOffice', () => {
  it('opens every export, and prints every heading and clause in order with its number', () => {
    requireTool('soffice')
    const printed = printedTexts(Object.fromEntries(cases.map((c) => [c.name, c.bytes])))
    for (const c of cases) {
      expect(Object.keys(printed), `${c.name} did not convert`).toContain(c.name)
      expect(missingInOrder(printed[c.name]!, expectedLines(c)), c.name).toBeNull()
    }
    expect(printed['decimal']).toMatch(/Page 1 of \d/)
    expect(printed['decimal']).toContain('OFFICIAL')
    expect(printed['tracked']).toContain('learnt')
  }, 240_000)
})

describe('structure', () => {
  it('numbering on every clause, no typed numbers, unique revision ids, paired moves, comments both ways', () => {
    for (const c of cases) expect(structureProblems(docxParts(c.bytes)), c.name).toEqual([])
  })

  it('the tracked export holds each kind of revision', () => {
    const xml = docxParts(cases.find((c) => c.name === 'tracked')!.bytes)['word/document.xml']!
    for (const tag of ['w:ins ', 'w:del ', 'w:delText', 'w:moveFromRangeStart', 'w:moveFrom ', 'w:moveToRangeStart', 'w:moveTo ', 'w:moveToRangeEnd']) expect(xml).toContain(`<${tag}`)
    expect(xml).toMatch(/<w:pPr>.*?<w:rPr><w:ins w:id="\d+" w:author="Jo Brown" w:date="2026-03-12T00:00:00Z"\/><\/w:rPr><\/w:pPr>/)
  })
})

describe('round trip through the project importer', () => {
  it('gives back the clause texts, levels and printed numbers of the draft, in every scheme', async () => {
    const draft = policyDraft()
    const clauses = draft.sections.flatMap((s) => s.clauses)
    for (const c of cases.filter((x) => x.plain && ['decimal', 'legal', 'alpha', 'template'].includes(x.name))) {
      const labels = draftLabels(draft, c.doc.meta.numbering)
      const source = await importFile({ name: `${c.name}.docx`, bytes: c.bytes, importedAt: '2026-03-12T00:00:00Z' })
      const numbered = source.clauses.filter((x) => x.label !== null)
      expect(numbered.map((x) => x.label), c.name).toEqual(clauses.map((x) => labels.clauses[x.id]))
      expect(numbered.map((x) => x.inline), c.name).toEqual(clauses.map((x) => x.text))
      const offset = numbered[0]!.level - clauses[0]!.level
      expect(numbered.map((x) => x.level - offset), c.name).toEqual(clauses.map((x) => x.level))
    }
  })

  it('reads the tracked export as the draft with every revision accepted', async () => {
    const tracked = cases.find((c) => c.name === 'tracked')!
    const source = await importFile({ name: 'tracked.docx', bytes: tracked.bytes, importedAt: '2026-03-12T00:00:00Z' })
    const expected = policyDraft()
      .sections.flatMap((s) => s.clauses)
      .filter((c) => c.id !== 'c4')
      .map((c) => (c.id === 'c1' ? c.text.replace('learned', 'learnt') : c.text))
    expect(source.clauses.filter((x) => x.label !== null).map((x) => x.inline)).toEqual(expected)
  })
})
