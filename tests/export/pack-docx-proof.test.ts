/**
 * The committee pack and the comparison report as Word files, proved as every export is
 * (docx-proof.test.ts): each XML part valid against wml.xsd; LibreOffice opens each (one
 * soffice run for all) and prints the recommendation, both appendix headings, clause numbers
 * starting again at 1.1 in each appendix, and the report's counts; revision ids unique, moves
 * paired, comments referenced both ways.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { type ExportBlock, runsText } from '../../src/shared/export'
import { printedTexts, missingInOrder } from './support/libreoffice'
import { docxParts, elements, parseXml, W } from './support/package'
import { type PackCases, packCases } from './support/pack-inputs'
import { validateDocxFiles } from './support/schema'
import { structureProblems } from './support/structure'
import { canRun, requireTool } from './support/tools'

let cases: PackCases
const files = (): Record<string, Uint8Array> => ({ pack: cases.pack.bytes, 'pack-new': cases.packNew.bytes, report: cases.report.bytes })
beforeAll(async () => {
  cases = await packCases()
}, 120_000)

const headings = (blocks: readonly ExportBlock[]) => blocks.filter((b) => b.kind === 'heading')
const flat = (text: string): string => text.replace(/\s+/g, ' ')

describe.runIf(canRun('xmllint'))('schema validity', () => {
  it('every WordprocessingML part of the packs and the report validates against wml.xsd', () => {
    requireTool('xmllint')
    const result = validateDocxFiles(files())
    expect(result.errors).toEqual([])
    for (const name of Object.keys(files())) expect(result.checked.filter((p) => p.startsWith(`${name} `)).length).toBeGreaterThanOrEqual(9)
    expect(result.checked).toContain('pack-new word/comments.xml')
  }, 120_000)
})

describe.runIf(canRun('soffice'))('LibreOffice', () => {
  let printed: Record<string, string> = {}
  beforeAll(() => {
    if (canRun('soffice')) printed = printedTexts(files())
  }, 240_000)

  it('opens all three', () => {
    requireTool('soffice')
    expect(Object.keys(printed).sort()).toEqual(['pack', 'pack-new', 'report'])
  })

  it('prints the pack: the recommendation, both appendix headings, and each appendix numbered from 1.1', () => {
    const { clean, tracked } = cases.pack
    const [first, second] = headings(clean.blocks)
    const firstClause = clean.blocks.find((b) => b.kind === 'clause')!
    const text = printed['pack']!
    expect(
      missingInOrder(text, [
        { number: '', text: 'That the committee approves the Social Media Policy at Appendix A.' },
        { number: '', text: 'Appendix A: Social Media Policy' },
        { number: '', text: 'Appendix B: Social Media Policy, with tracked changes since version 0.3' },
        // The cover's list of appendices above; the appendices themselves below.
        { number: '', text: 'Appendix A: Social Media Policy' },
        { number: '1', text: first!.kind === 'heading' ? first!.text : '' },
        { number: '1.1', text: firstClause.kind === 'clause' ? runsText(firstClause.runs) : '' },
        { number: '2', text: second!.kind === 'heading' ? second!.text : '' },
        { number: '', text: 'Appendix B: Social Media Policy, with tracked changes since version 0.3' },
        { number: '1', text: headings(tracked.blocks)[0]!.kind === 'heading' ? (headings(tracked.blocks)[0] as { text: string }).text : '' },
      ]),
    ).toBeNull()
    // Appendix B's first section holds a clause numbered 1.1 (LibreOffice prints a number a revision
    // changed as "new[old]"), and its sections run 1, 2, ... again: without the restart they would go on from Appendix A's.
    const appendixB = flat(text).slice(flat(text).lastIndexOf('Appendix B: Social Media Policy'))
    const secondB = headings(tracked.blocks)[1] as { text: string }
    expect(appendixB.slice(0, appendixB.indexOf(`2 ${secondB.text}`))).toMatch(/(^|[\s\]])1\.1\[?/)
    const lastA = headings(clean.blocks).at(-1) as { text: string; number: string }
    expect(Number(lastA.number)).toBeGreaterThan(2)
    expect(appendixB).not.toContain(`${Number(lastA.number) + 1} ${headings(tracked.blocks)[0]!.kind === 'heading' ? (headings(tracked.blocks)[0] as { text: string }).text : ''}`)
    expect(text).toContain('[To be completed by the author]')
    expect(text).toMatch(/Page 1 of \d+/)
  })

  it('prints the pack without a base: Appendix A only, numbered from 1 in the legal scheme', () => {
    const text = printed['pack-new']!
    expect(missingInOrder(text, [
      { number: '', text: 'That the committee approves the Staff social media policy at Appendix A.' },
      { number: '', text: 'There is no earlier version to compare with, so every clause is new.' },
      { number: '', text: 'Appendix A: Staff social media policy' },
      { number: '1', text: 'Your own accounts' },
      { number: '1.1', text: 'Do not share anything you have learned' },
      { number: '2', text: 'Elections' },
    ])).toBeNull()
    expect(text).not.toContain('Appendix B')
  })

  it('prints the report: both sources, the counts in order, and the table', () => {
    const { doc, comparison } = cases.report
    const text = flat(printed['report']!)
    const k = comparison.counts
    expect(text).toContain(` ${[k.same, k.changed, k.moved, k.movedChanged, k.split, k.merged, k.onlyA, k.onlyB].join(' ')} `)
    expect(text).toContain('Clause of A Clause of B Status')
    expect(text).toContain(comparison.a.title)
    expect(text).toContain('20 February 2012')
    expect(text).toContain(doc.meta.title.slice(0, 40))
  })
})

describe('structure', () => {
  it('numbering on every clause, no typed numbers, unique revision ids, paired moves, comments both ways', () => {
    for (const [name, bytes] of Object.entries(files())) expect(structureProblems(docxParts(bytes)), name).toEqual([])
  })

  it('gives each appendix its own list instance, each starting every level at 1', () => {
    const parts = docxParts(cases.pack.bytes)
    const doc = parseXml(parts['word/document.xml']!)
    const numIds = new Set(elements(doc, 'numId').map((n) => n.getAttributeNS(W, 'val')))
    expect(numIds.size).toBe(2)
    const nums = elements(parseXml(parts['word/numbering.xml']!), 'num').filter((n) => numIds.has(n.getAttributeNS(W, 'numId')))
    expect(nums).toHaveLength(2)
    for (const num of nums) {
      const starts = elements(num, 'startOverride').map((s) => s.getAttributeNS(W, 'val'))
      expect(starts.length).toBeGreaterThanOrEqual(4)
      expect(new Set(starts)).toEqual(new Set(['1']))
    }
    // Both appendices share one list definition, so they look alike.
    expect(new Set(nums.map((n) => elements(n, 'abstractNumId')[0]!.getAttributeNS(W, 'val'))).size).toBe(1)
  })

  it('the pack carries the tracked appendix revisions; the report marks differences as formatting only, on landscape A4', () => {
    const pack = docxParts(cases.pack.bytes)['word/document.xml']!
    for (const tag of ['w:ins ', 'w:del ', 'w:moveFromRangeStart', 'w:moveToRangeStart']) expect(pack).toContain(`<${tag}`)
    const report = docxParts(cases.report.bytes)['word/document.xml']!
    expect(report).toContain('<w:strike/>')
    expect(report).toContain('<w:u w:val="single"/>')
    for (const tag of ['w:ins ', 'w:del ', 'w:moveFrom', 'w:moveTo']) expect(report).not.toContain(`<${tag}`)
    const size = elements(parseXml(report), 'pgSz')[0]!
    expect(size.getAttributeNS(W, 'orient')).toBe('landscape')
    expect(Number(size.getAttributeNS(W, 'w'))).toBeGreaterThan(Number(size.getAttributeNS(W, 'h')))
  })

  it('is repeatable: the same inputs give the same bytes', async () => {
    const again = await packCases()
    expect(again.pack.bytes).toEqual(cases.pack.bytes)
    expect(again.report.bytes).toEqual(cases.report.bytes)
  }, 120_000)
})
