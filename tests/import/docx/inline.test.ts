/**
 * Inline content: emphasis, links, special characters, fields, content controls, tracked
 * changes, comments, text boxes and pictures.
 */
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../src/shared/import/blocks'
import { abstractNum, buildDocx, importSpec, item, lvl, num, para, run, styled, type DocxSpec } from './build-docx'
import { importDocx } from '../../../src/shared/import/docx/index'
import { importedWords, storedWords } from './words'

type Paragraph = Extract<Block, { kind: 'paragraph' }>

/** The one paragraph a document of one paragraph gives. */
async function only(content: string, spec: Partial<DocxSpec> = {}): Promise<Paragraph> {
  const { blocks } = await importSpec({ ...spec, body: para(content) })
  expect(blocks).toHaveLength(1)
  expect(blocks[0]!.kind).toBe('paragraph')
  return blocks[0] as Paragraph
}

/** Imports and checks the no-text-lost invariant on the way. */
async function checked(spec: DocxSpec): Promise<Awaited<ReturnType<typeof importDocx>>> {
  const bytes = buildDocx(spec)
  const content = await importDocx(bytes, 'policy.docx')
  expect(importedWords(content.blocks)).toEqual(storedWords(bytes))
  return content
}

describe('emphasis', () => {
  it('keeps bold and italic as Markdown, with spaces outside the markers', async () => {
    const block = await only(run('Staff ') + run('must not ', '<w:b/>') + run('share', '<w:b/><w:i/>') + run(' passwords', '<w:i/>') + run('.'))
    expect(block).toMatchObject({ text: 'Staff must not share passwords.', inline: 'Staff **must not *share*** *passwords*.' })
  })

  it('reads emphasis from character styles, and lets w:val="0" switch it off', async () => {
    const styles = '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>'
    const block = await only(run('Always', '<w:rStyle w:val="Strong"/>') + run(' and ') + run('not', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>') + run(' this', '<w:b w:val="false"/>'), { styles })
    expect(block.inline).toBe('**Always** and not this')
  })

  it('escapes characters Markdown would read as markup, in the Markdown only', async () => {
    const block = await only(run('Use *only* the_council [official] account #1'))
    expect(block).toMatchObject({ text: 'Use *only* the_council [official] account #1', inline: 'Use \\*only\\* the\\_council \\[official\\] account \\#1' })
  })

  it('merges runs split by the editor, and leaves whitespace-only emphasis plain', async () => {
    const block = await only(run('Pol', '<w:b/>') + run('icy', '<w:b/>') + run(' ', '<w:i/>') + run('text'))
    expect(block.inline).toBe('**Policy** text')
  })
})

describe('special characters', () => {
  it('reads tabs and breaks as spaces, hyphens as Word prints them, and symbols where they have a character', async () => {
    const content =
      run('Before') +
      '<w:r><w:tab/><w:t>tab</w:t><w:br/><w:t>break</w:t><w:cr/><w:t>return</w:t></w:r>' +
      '<w:r><w:t xml:space="preserve"> e</w:t><w:noBreakHyphen/><w:t>mail co</w:t><w:softHyphen/><w:t>operate </w:t></w:r>' +
      '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> </w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t xml:space="preserve"> </w:t><w:sym w:font="Wingdings" w:char="F04A"/><w:sym w:font="Calibri" w:char="2013"/></w:r>'
    expect((await only(content)).text).toBe('Before tab break return e-mail cooperate • ✓ –')
  })
})

describe('links', () => {
  it('keeps external hyperlinks as Markdown links, and only the text of internal ones', async () => {
    const content =
      run('See ') +
      `<w:hyperlink r:id="rId10">${run('the guidance', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` +
      run(', ') +
      `<w:hyperlink r:id="rId11" w:anchor="part2">${run('part 2')}</w:hyperlink>` +
      run(' and ') +
      `<w:hyperlink w:anchor="_Toc1">${run('section 4')}</w:hyperlink>` +
      run('.')
    const block = await only(content, { links: { rId10: 'https://example.org/social media (2024)', rId11: 'https://example.org/p' } })
    expect(block).toMatchObject({
      text: 'See the guidance, part 2 and section 4.',
      inline: 'See [the guidance](https://example.org/social%20media%20%282024%29), [part 2](https://example.org/p#part2) and section 4.',
    })
  })

  it('keeps emphasis inside a link, and drops links to unsafe or local targets', async () => {
    const content =
      `<w:hyperlink r:id="rId1">${run('Report', '<w:b/>')}${run(' it')}</w:hyperlink>` +
      run(' ') +
      `<w:hyperlink r:id="rId2">${run('script')}</w:hyperlink>` +
      run(' ') +
      `<w:hyperlink r:id="rId3">${run('file')}</w:hyperlink>` +
      run(' ') +
      `<w:hyperlink r:id="rId9">${run('missing')}</w:hyperlink>` +
      run(' ') +
      `<w:hyperlink r:id="rId4">${run('email')}</w:hyperlink>`
    const links = { rId1: 'https://example.org/report', rId2: 'javascript:alert(1)', rId3: 'file:///C:/policies/draft.docx', rId4: 'mailto:comms@example.org' }
    expect((await only(content, { links })).inline).toBe('[**Report** it](https://example.org/report) script file missing [email](mailto:comms@example.org)')
  })

  it('makes a link of a HYPERLINK field, simple or complex', async () => {
    const complex =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/a" \\o "tip" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('complex') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const simple = `<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/b&quot; ">${run('simple')}</w:fldSimple>`
    const bookmark = `<w:fldSimple w:instr="HYPERLINK \\l &quot;top&quot;">${run('bookmark')}</w:fldSimple>`
    expect((await only(complex + run(' and ') + simple + run(' and ') + bookmark)).inline).toBe('[complex](https://example.org/a) and [simple](https://example.org/b) and bookmark')
  })
})

describe('fields', () => {
  it('keeps what a field displays and never its instruction', async () => {
    const content =
      run('Page ') +
      `<w:fldSimple w:instr=" PAGE ">${run('3')}</w:fldSimple>` +
      run(', see clause ') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref123 \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('4.2') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      run('.')
    expect((await only(content)).text).toBe('Page 3, see clause 4.2.')
  })

  it('drops a field nested inside another field\'s instruction, and fields without a result', async () => {
    const content =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD Name</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('hidden') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = "" "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('shown') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>XE "index"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      run(' text')
    expect((await only(content)).text).toBe('shown text')
  })

  it('follows a field across paragraphs', async () => {
    const body =
      para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>AUTOTEXT x</w:instrText></w:r>') +
      para('<w:r><w:instrText>more instruction</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('Result one.')) +
      para(run('Result two.') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
      para(run('After.'))
    expect((await importSpec({ body })).blocks.map((b) => b.text)).toEqual(['Result one.', 'Result two.', 'After.'])
  })

  it('warns when a field is never closed', async () => {
    const content = await importSpec({ body: para(run('Shown. ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + run('lost')) })
    expect(content.blocks.map((b) => b.text)).toEqual(['Shown.'])
    expect(content.warnings).toEqual(['Some text may be missing: a field (such as a cross-reference) is not closed properly in the file.'])
  })
})

describe('content controls', () => {
  it('reads block and inline content controls', async () => {
    const body =
      `<w:sdt><w:sdtPr><w:alias w:val="Purpose"/></w:sdtPr><w:sdtContent>${styled('Heading1', 'Purpose')}${para(run('Controlled paragraph.'))}</w:sdtContent></w:sdt>` +
      para(run('Owner: ') + `<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>${run('Head of Communications')}</w:sdtContent></w:sdt>` + run('.'))
    const content = await checked({ body })
    expect(content.blocks.map((b) => b.text)).toEqual(['Purpose', 'Controlled paragraph.', 'Owner: Head of Communications.'])
  })
})

describe('tracked changes', () => {
  it('takes insertions and moves-to, leaves out deletions and moves-from, and says so', async () => {
    const body =
      para(
        run('Staff ') +
          '<w:ins w:id="1" w:author="A">' + run('must ') + '</w:ins>' +
          '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">should </w:delText></w:r></w:del>' +
          run('report abuse') +
          '<w:moveFrom w:id="3" w:author="A">' + run(' promptly') + '</w:moveFrom>' +
          run('.'),
      ) + para('<w:moveTo w:id="4" w:author="A">' + run('Promptly.') + '</w:moveTo>')
    const content = await checked({ body })
    expect(content.blocks.map((b) => b.text)).toEqual(['Staff must report abuse.', 'Promptly.'])
    expect(content.warnings).toEqual(['The document has tracked changes; they were imported as if accepted (insertions kept, deletions left out).'])
  })

  it('drops a paragraph deleted whole, so it is not counted in its list', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1)
    const deleted = para('<w:del w:id="5" w:author="A"><w:r><w:delText>Withdrawn clause.</w:delText></w:r></w:del>', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="6" w:author="A"/></w:rPr>')
    const content = await checked({ body: item(1, 0, 'First.') + deleted + item(1, 0, 'Second.'), numbering })
    expect(content.blocks.map((b) => b.kind === 'paragraph' && `${b.label} ${b.text}`)).toEqual(['1. First.', '2. Second.'])
  })

  it('drops a table row deleted with tracked changes', async () => {
    const row = (cells: string[], trPr = ''): string => `<w:tr>${trPr}${cells.map((c) => `<w:tc>${para(run(c))}</w:tc>`).join('')}</w:tr>`
    const body = `<w:tbl>${row(['Kept', 'row'])}${row(['Deleted', 'row'], '<w:trPr><w:del w:id="7" w:author="A"/></w:trPr>')}</w:tbl>`
    expect((await importSpec({ body })).blocks.map((b) => b.text)).toEqual(['Kept | row'])
  })
})

describe('comments', () => {
  it('ignores comment ranges and references, and never reads comments.xml', async () => {
    const body = para('<w:commentRangeStart w:id="0"/>' + run('Staff may post ') + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>' + run('in their own time.'))
    const comments = `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="B"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Is this right?</w:t></w:r></w:p></w:comment></w:comments>`
    const content = await checked({ body, extraParts: { 'word/comments.xml': comments } })
    expect(content.blocks).toEqual([{ kind: 'paragraph', label: null, level: 0, text: 'Staff may post in their own time.', inline: 'Staff may post in their own time.' }])
  })
})

describe('text boxes and pictures', () => {
  const textBox = (text: string): string =>
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
    `<w:txbxContent>${para(run(text))}</w:txbxContent>` +
    '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
    `<w:txbxContent>${para(run(text))}</w:txbxContent>` +
    '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
  const picture = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'

  it('reads a text box once, after the paragraph it is anchored in', async () => {
    const body = para(run('Main text ') + textBox('Boxed advice.') + run('continues.')) + para(run('Next.'))
    const content = await checked({ body })
    expect(content.blocks.map((b) => b.text)).toEqual(['Main text continues.', 'Boxed advice.', 'Next.'])
    expect(content.warnings).toEqual(['The text of 1 text box was imported after the paragraph it is anchored to.'])
  })

  it('counts pictures for one warning, but not horizontal rules', async () => {
    const rule = '<w:r><w:pict><v:rect o:hr="t" style="width:0;height:1.5pt"/></w:pict></w:r>'
    const vmlPicture = '<w:r><w:pict><v:shape><v:imagedata r:id="rId6"/></v:shape></w:pict></w:r>'
    const content = await importSpec({ body: para(run('Logo: ') + picture) + para(rule) + para(vmlPicture) + para(run('Text.')) })
    expect(content.blocks.map((b) => b.text)).toEqual(['Logo:', 'Text.'])
    expect(content.warnings).toEqual(['2 images were not imported.'])
    expect((await importSpec({ body: para(run('One ') + picture) })).warnings).toEqual(['1 image was not imported.'])
  })

  it('reads the text of equations', async () => {
    const math = '<m:oMath><m:r><m:t>a</m:t></m:r><m:r><m:t>+b</m:t></m:r></m:oMath>'
    expect((await only(run('Sum ') + math))).toMatchObject({ text: 'Sum a+b' })
  })
})
