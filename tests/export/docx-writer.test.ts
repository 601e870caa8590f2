/**
 * The Word writer, asserted on the XML of the package: repeatable bytes, the numbering
 * definition from the shared table, styles, page, header and footer, template styles, and
 * revisions and moves from hand-made blocks.
 */
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { NUMBERING_TABLE } from '../../src/shared/draft'
import { buildExport, renderDocx } from '../../src/shared/export'
import { policyDraft } from './support/drafts'
import { councilTemplate, FIXED, revisionSample } from './support/exports'
import { docxParts, elements, parseXml, W } from './support/package'
import { structureProblems } from './support/structure'

const draft = policyDraft()

describe('renderDocx', () => {
  it('gives byte-identical files for the same draft and options, whatever was exported before', async () => {
    const options = { ...FIXED, provenance: 'comments' as const, tableOfContents: true, notesAsComments: true }
    const first = await renderDocx(buildExport(draft, options))
    await renderDocx(buildExport(draft, { ...options, numbering: 'alpha' }))
    const second = await renderDocx(buildExport(draft, options))
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const names = Object.keys(unzipSync(first))
    expect(names).toEqual([...names].sort())
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!)
    expect(core).toContain('>2026-03-12T00:00:00Z</dcterms:created>')
    expect(core).toContain('>2026-03-12T00:00:00Z</dcterms:modified>')
  })

  it('replaces the random ids docx gives hyperlinks with numbered ones', async () => {
    const parts = docxParts(await renderDocx(buildExport(draft, FIXED)))
    expect(parts['word/_rels/document.xml.rels']).toMatch(/Id="rIdLink1"[^>]*Target="https:\/\/www\.gov\.uk\/guidance"|Target="https:\/\/www\.gov\.uk\/guidance"[^>]*Id="rIdLink1"/)
    expect(parts['word/document.xml']).toContain('r:id="rIdLink1"')
  })

  it('defines one multilevel list from the numbering table, and every numbered paragraph uses it', async () => {
    for (const scheme of ['decimal', 'legal', 'alpha'] as const) {
      const parts = docxParts(await renderDocx(buildExport(draft, { ...FIXED, numbering: scheme })))
      const numbering = parseXml(parts['word/numbering.xml']!)
      const ours = elements(numbering, 'abstractNum').find((a) => elements(a, 'lvl').some((l) => elements(l, 'lvlText')[0]!.getAttributeNS(W, 'val') === '%1.%2'))!
      const levels = elements(ours, 'lvl').slice(0, 4).map((l) => [elements(l, 'numFmt')[0]!.getAttributeNS(W, 'val'), elements(l, 'lvlText')[0]!.getAttributeNS(W, 'val')])
      expect(levels).toEqual(NUMBERING_TABLE[scheme].map((l) => [l.format, l.text]))
      const doc = parts['word/document.xml']!
      const numIds = new Set([...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]))
      expect(numIds.size).toBe(1)
      expect([...doc.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1]).join('')).toBe('012310122')
    }
  })

  it('has real styles, an A4 page, and a header and footer with the title, version, marking and Page X of Y', async () => {
    const parts = docxParts(await renderDocx(buildExport(draft, { ...FIXED, protectiveMarking: 'OFFICIAL' })))
    const styleIds = elements(parseXml(parts['word/styles.xml']!), 'style').map((s) => s.getAttributeNS(W, 'styleId'))
    for (const id of ['Normal', 'Title', 'Heading1', 'Clause1', 'Clause2', 'Clause3']) expect(styleIds).toContain(id)
    expect(parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(parts['word/header1.xml']).toContain('Staff social media policy · Version 0.3')
    expect(parts['word/header1.xml']).toContain('OFFICIAL')
    const footer = parts['word/footer1.xml']!
    expect(footer).toMatch(/Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/)
    expect(footer).toContain('OFFICIAL')
  })

  it("uses the template's styles, adding the clause styles it lacks", async () => {
    const parts = docxParts(await renderDocx(buildExport(draft, { ...FIXED, reference: await councilTemplate() })))
    const styles = parts['word/styles.xml']!
    expect(styles).toContain('Georgia')
    expect(styles).toContain('7B2C83')
    const ids = elements(parseXml(styles), 'style').map((s) => s.getAttributeNS(W, 'styleId'))
    expect(ids.filter((id) => id === 'Heading1')).toHaveLength(1)
    for (const id of ['Clause1', 'Clause2', 'Clause3', 'TableText']) expect(ids).toContain(id)
  })
})

describe('revisions', () => {
  const base = revisionSample()

  it('writes word changes, whole paragraphs (their marks too) and paired moves, by the author on the date', async () => {
    const parts = docxParts(await renderDocx(base))
    const xml = parts['word/document.xml']!
    expect(structureProblems(parts)).toEqual([])
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Reviewer" w:date="2026-04-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Old<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="Reviewer" w:date="2026-04-01T00:00:00Z"><w:r><w:t xml:space="preserve">New<\/w:t><\/w:r><\/w:ins><w:r><w:t xml:space="preserve"> and new\.<\/w:t>/)
    // An inserted or deleted paragraph: its mark is a revision too, so it goes as one.
    expect(xml).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="Reviewer" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:ins [^>]+><w:r><w:t xml:space="preserve">Added\./)
    expect(xml).toMatch(/<w:rPr><w:del w:id="\d+" w:author="Reviewer" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:del [^>]+><w:r><w:delText xml:space="preserve">Removed\./)
    expect(xml).toMatch(/<w:rPr><w:moveFrom w:id="\d+" [^>]*\/><\/w:rPr><\/w:pPr><w:moveFromRangeStart w:id="(\d+)"[^>]* w:name="m1"\/><w:moveFrom [^>]+><w:r><w:t xml:space="preserve">Moving\.<\/w:t><\/w:r><\/w:moveFrom><w:moveFromRangeEnd w:id="\1"\/>/)
    // Moved and changed: the moved-to side holds the new words, the inserted ones as insertions.
    expect(xml).toMatch(/<w:moveToRangeStart w:id="(\d+)"[^>]* w:name="m1"\/><w:moveTo [^>]+><w:r><w:t xml:space="preserve">Moving<\/w:t><\/w:r><\/w:moveTo><w:ins [^>]+><w:r><w:t xml:space="preserve"> on<\/w:t><\/w:r><\/w:ins><w:moveTo [^>]+><w:r><w:t xml:space="preserve">\.<\/w:t><\/w:r><\/w:moveTo><w:moveToRangeEnd w:id="\1"\/>/)
  })

  it('numbers revisions from a counter past the comment ids, the same on every run', async () => {
    const xml = docxParts(await renderDocx(base))['word/document.xml']!
    const ids = [...xml.matchAll(/<w:(?:ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart) w:id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(ids.length).toBeGreaterThan(8)
    expect(Math.min(...ids)).toBe(base.comments.length + 1)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Buffer.from(await renderDocx(base)).equals(Buffer.from(await renderDocx(base)))).toBe(true)
  })
})
