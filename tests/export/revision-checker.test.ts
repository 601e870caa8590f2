import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { acceptedTexts, documentXmlOf, rejectedTexts, resolveRevisions, revisionProblems } from './support/revisions'

const doc = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const delRun = (text: string): string => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`
const by = 'w:author="Clerk" w:date="2026-03-01T00:00:00Z"'
const mark = (kind: string, id: number): string => `<w:pPr><w:rPr><w:${kind} w:id="${id}" ${by}/></w:rPr></w:pPr>`

/**
 * Base: "Heading" / "Staff must not post." / "Report abuse." / "Old clause." / "Ask first."
 * Draft: "Heading" / "Ask first." (moved up) / "Staff must never post online." / "Report abuse." / "New clause."
 */
const TRACKED = doc(
  [
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run('Heading')}</w:p>`,
    // Moved here: the paragraph and its mark are moveTo.
    `<w:p><w:pPr><w:pStyle w:val="Clause1"/><w:rPr><w:moveTo w:id="1" ${by}/></w:rPr></w:pPr><w:moveToRangeStart w:id="2" w:name="move1" ${by}/><w:moveTo w:id="3" ${by}>${run('Ask first.')}</w:moveTo><w:moveToRangeEnd w:id="2"/></w:p>`,
    `<w:p><w:pPr><w:pStyle w:val="Clause1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>${run('Staff must ')}<w:del w:id="4" ${by}>${delRun('not')}</w:del><w:ins w:id="5" ${by}>${run('never')}</w:ins>${run(' post')}<w:ins w:id="6" ${by}>${run(' online')}</w:ins>${run('.')}</w:p>`,
    `<w:p>${run('Report abuse.')}</w:p>`,
    // Deleted whole: content and mark.
    `<w:p>${mark('del', 7)}<w:del w:id="8" ${by}>${delRun('Old clause.')}</w:del></w:p>`,
    // Moved from here.
    `<w:p><w:pPr><w:rPr><w:moveFrom w:id="9" ${by}/></w:rPr></w:pPr><w:moveFromRangeStart w:id="10" w:name="move1" ${by}/><w:moveFrom w:id="11" ${by}>${run('Ask first.')}</w:moveFrom><w:moveFromRangeEnd w:id="10"/></w:p>`,
    // Inserted whole.
    `<w:p>${mark('ins', 12)}<w:ins w:id="13" ${by}>${run('New clause.')}</w:ins></w:p>`,
  ].join(''),
)

describe('the revision checker (Accept All / Reject All on document.xml)', () => {
  it('accepts all: inserted and moved-to text kept, deleted and moved-from paragraphs gone', () => {
    expect(acceptedTexts(TRACKED)).toEqual(['Heading', 'Ask first.', 'Staff must never post online.', 'Report abuse.', 'New clause.'])
  })

  it('rejects all: deleted and moved-from text back, inserted and moved-to paragraphs gone', () => {
    expect(rejectedTexts(TRACKED)).toEqual(['Heading', 'Staff must not post.', 'Report abuse.', 'Old clause.', 'Ask first.'])
  })

  it('keeps each surviving paragraph style and numbering', () => {
    const accepted = resolveRevisions(TRACKED, 'accept')
    expect(accepted[0]).toEqual({ text: 'Heading', style: 'Heading1' })
    expect(accepted[2]).toEqual({ text: 'Staff must never post online.', style: 'Clause1', numbering: '3:0' })
  })

  it('merges a paragraph whose mark is deleted into the next one, as Word does', () => {
    // The author joined two clauses: the first one's mark is deleted, a space inserted.
    const joined = doc(`<w:p>${mark('del', 1)}${run('Be polite.')}<w:ins w:id="2" ${by}>${run(' ')}</w:ins></w:p><w:p><w:pPr><w:pStyle w:val="Clause1"/></w:pPr>${run('Be kind.')}</w:p>`)
    expect(resolveRevisions(joined, 'accept')).toEqual([{ text: 'Be polite. Be kind.', style: 'Clause1' }])
    expect(rejectedTexts(joined)).toEqual(['Be polite.', 'Be kind.'])
    // And split: a paragraph mark inserted in the middle of one.
    const split = doc(`<w:p>${mark('ins', 1)}${run('Be polite.')}</w:p><w:p>${run('Be kind.')}</w:p>`)
    expect(acceptedTexts(split)).toEqual(['Be polite.', 'Be kind.'])
    expect(rejectedTexts(split)).toEqual(['Be polite.Be kind.'])
  })

  it('reads tables, tabs and breaks, and skips field codes', () => {
    const xml = doc(
      `<w:tbl><w:tr><w:tc><w:p>${run('Version')}</w:p></w:tc><w:tc><w:p><w:r><w:t>1.0</w:t><w:tab/><w:t>final</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    )
    expect(acceptedTexts(xml)).toEqual(['Version', '1.0\tfinal', '3'])
  })

  it('reads document.xml out of a .docx', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(TRACKED), '[Content_Types].xml': strToU8('<Types/>') })
    expect(documentXmlOf(bytes)).toBe(TRACKED)
  })

  it('finds revisions Word would reject: duplicate ids, a move without its other side, a range without its end', () => {
    expect(revisionProblems(TRACKED)).toEqual([])
    const broken = TRACKED.replace('w:id="13"', 'w:id="5"').replace('w:name="move1" w:author="Clerk" w:date="2026-03-01T00:00:00Z"/><w:moveTo ', 'w:name="move2" w:author="Clerk" w:date="2026-03-01T00:00:00Z"/><w:moveTo ').replace('<w:moveFromRangeEnd w:id="10"/>', '')
    expect(revisionProblems(broken)).toEqual([
      'revision id 5 used by w:ins and w:ins',
      'move "move1" has a moveFrom and no moveTo',
      'moveFromRangeStart 10 has no end',
      'move "move2" has a moveTo and no moveFrom',
    ])
  })
})

describe('the revision checker on tracked changes LibreOffice wrote', () => {
  const fixture = (name: string): string => fileURLToPath(new URL(`./support/fixtures/${name}`, import.meta.url))
  // Note: LibreOffice deletes a paragraph by deleting the mark before it and its text, and
  // inserts one by inserting the mark before it and its text: the merge rule at work.
  const accepted = ['Heading', 'Staff must never post.', 'Report abuse.', 'Ask first.', 'New clause.']
  const rejected = ['Heading', 'Staff must not post.', 'Report abuse.', 'Old clause.', 'Ask first.']

  it('applies them both ways (the .docx kept beside its .fodt)', () => {
    const xml = documentXmlOf(new Uint8Array(readFileSync(fixture('libreoffice-tracked.docx'))))
    expect(acceptedTexts(xml)).toEqual(accepted)
    expect(rejectedTexts(xml)).toEqual(rejected)
    expect(revisionProblems(xml)).toEqual([])
  })

  it.skipIf(!existsSync('/usr/bin/soffice'))('applies them both ways on a fresh conversion by soffice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'revisions-'))
    try {
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, fixture('libreoffice-tracked.fodt')], { stdio: 'ignore', timeout: 120_000 })
      const xml = documentXmlOf(new Uint8Array(readFileSync(path.join(dir, 'libreoffice-tracked.docx'))))
      expect(acceptedTexts(xml)).toEqual(accepted)
      expect(rejectedTexts(xml)).toEqual(rejected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 150_000)
})
