/** The proof harness checks itself: it must catch what it is there to catch. */
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildExport, renderDocx } from '../../src/shared/export'
import { policyDraft } from './support/drafts'
import { stripIgnorable } from './support/ignorable'
import { missingInOrder } from './support/libreoffice'
import { docxParts } from './support/package'
import { validateDocxFiles } from './support/schema'
import { structureProblems } from './support/structure'
import { canRun, requireTool } from './support/tools'

const withDocument = (bytes: Uint8Array, edit: (xml: string) => string): Uint8Array => {
  const entries = unzipSync(bytes)
  entries['word/document.xml'] = strToU8(edit(new TextDecoder().decode(entries['word/document.xml'])))
  return zipSync(entries)
}

describe('stripIgnorable', () => {
  it('drops the namespaces mc:Ignorable lists, and mc:Ignorable itself, keeping Fallback content', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body><w:p w14:paraId="1"><w14:x/>' +
      '<mc:AlternateContent><mc:Choice Requires="w14"><w14:y/></mc:Choice><mc:Fallback><w:r><w:t>kept</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p></w:body></w:document>'
    const out = stripIgnorable(xml)
    expect(out).not.toMatch(/paraId|w14:x|w14:y|Ignorable|AlternateContent/)
    expect(out).toContain('<w:p><w:r><w:t>kept</w:t></w:r></w:p>')
  })
})

describe.runIf(canRun('xmllint'))('validateDocxFiles', () => {
  it('reports an element the schema does not allow, naming the part', async () => {
    requireTool('xmllint')
    const good = await renderDocx(buildExport(policyDraft(), { date: '2026-03-12' }))
    const bad = withDocument(good, (xml) => xml.replace('<w:body>', '<w:body><w:bogus/>'))
    const result = validateDocxFiles({ bad })
    expect(result.errors.join('\n')).toMatch(/bad\/word\/document\.xml.*bogus/)
  }, 60_000)
})

describe('structureProblems', () => {
  it('finds typed numbers, missing numbering, repeated revision ids, unpaired moves and orphan comments', async () => {
    const good = await renderDocx(buildExport(policyDraft(), { date: '2026-03-12' }))
    const typed = withDocument(good, (xml) => xml.replace('>Do not share', '>1.1 Do not share'))
    expect(structureProblems(docxParts(typed))).toEqual(['a Clause1 paragraph has a typed number: "1.1 Do not share anything you have learn"'])
    const unnumbered = withDocument(good, (xml) => xml.replace(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/, ''))
    expect(structureProblems(docxParts(unnumbered))[0]).toMatch(/has no numbering properties/)
    const revisions = withDocument(good, (xml) =>
      xml.replace('<w:body>', '<w:body><w:p><w:ins w:id="7" w:author="a" w:date="2026-01-01T00:00:00Z"/><w:del w:id="7" w:author="a" w:date="2026-01-01T00:00:00Z"/><w:moveFromRangeStart w:id="8" w:name="x"/><w:commentReference w:id="9"/></w:p>'),
    )
    expect(structureProblems(docxParts(revisions))).toEqual([
      'revision id 7 is used twice',
      'moveFrom range 8 is never closed',
      'moves are not paired: from x to ',
      'comments  but references 9',
      'comment ranges  but references 9',
    ])
  })
})

describe('missingInOrder', () => {
  it('finds each numbered line after the one before, whatever the spacing', () => {
    const printed = '1    Heading\n1.1     First clause\n   wraps here.\n(a)  Sub'
    expect(missingInOrder(printed, [{ number: '1', text: 'Heading' }, { number: '1.1', text: 'First clause wraps here.' }, { number: '(a)', text: 'Sub' }])).toBeNull()
    expect(missingInOrder(printed, [{ number: '(a)', text: 'Sub' }, { number: '1.1', text: 'First clause' }])).toBe('1.1 First clause')
  })
})
