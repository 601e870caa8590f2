/** Headings by style and outline level, the title, and what the package says about itself. */
import { describe, expect, it } from 'vitest'
import { briefOf, importSpec, para, run, styled } from './build-docx'

describe('headings', () => {
  it('puts the Title on top and Heading 1 under it', async () => {
    const body = styled('Title', 'Social Media Policy') + styled('Heading1', 'Scope') + styled('Normal', 'Everyone.') + styled('Heading2', 'Contractors') + styled('Heading1', 'Rules')
    expect(await briefOf({ body })).toEqual(['H1 Social Media Policy', 'H2 Scope', 'Everyone.', 'H3 Contractors', 'H2 Rules'])
  })

  it('makes a Subtitle a heading under the Title, not a clause (as its PDF prints it)', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/></w:style>'
    const body = styled('Title', 'Social Media Policy') + styled('Subtitle', 'Guidance for staff') + styled('Normal', 'Version: 1.0') + styled('Heading1', 'Scope') + styled('Normal', 'Everyone.')
    expect(await briefOf({ body, styles })).toEqual(['H1 Social Media Policy', 'H2 Guidance for staff', 'Version: 1.0', 'H2 Scope', 'Everyone.'])
  })

  it('reads a Subtitle based on Title (pandoc\'s style sheet) as the subtitle, not a second title heading every section', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Title"/></w:style>'
    const body = styled('Title', 'Hours and breaks') + styled('Subtitle', 'How we work') + styled('Heading1', 'Your hours') + styled('Normal', 'Keep to 48.')
    expect(await briefOf({ body, styles })).toEqual(['H1 Hours and breaks', 'H2 How we work', 'H2 Your hours', 'Keep to 48.'])
  })

  it('makes Heading 1 level 1 when there is no Title', async () => {
    expect(await briefOf({ body: styled('Heading1', 'Scope') + styled('Heading2', 'Staff') + styled('Normal', 'Text.') })).toEqual(['H1 Scope', 'H2 Staff', 'Text.'])
  })

  it('moves a document that starts at Heading 2 up, so no level is empty', async () => {
    expect(await briefOf({ body: styled('Heading2', 'Scope') + styled('Heading3', 'Staff') + styled('Normal', 'Text.') })).toEqual(['H1 Scope', 'H2 Staff', 'Text.'])
    expect(await briefOf({ body: styled('Title', 'Policy') + styled('Heading3', 'Scope') + styled('Normal', 'Text.') })).toEqual(['H1 Policy', 'H2 Scope', 'Text.'])
  })

  it('recognises heading styles by name, whatever their id (localised Word)', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>'
    expect(await briefOf({ body: styled('Titre', 'Richtlinie') + styled('berschrift1', 'Geltungsbereich') + styled('Normal', 'Text.'), styles })).toEqual([
      'H1 Richtlinie',
      'H2 Geltungsbereich',
      'Text.',
    ])
  })

  it('follows w:basedOn and w:outlineLvl, in the style or in the paragraph', async () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="PolicyHeading"><w:name w:val="Policy Heading"/><w:basedOn w:val="Heading2"/></w:style>
      <w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`
    const ownOutline = para(run('Outline in the paragraph'), '<w:outlineLvl w:val="2"/>')
    const demoted = para(run('A heading style set to body text.'), '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>')
    expect(await briefOf({ body: styled('SectionTitle', 'Section') + styled('PolicyHeading', 'Inherited') + ownOutline + demoted, styles })).toEqual([
      'H1 Section',
      'H2 Inherited',
      'H3 Outline in the paragraph',
      'A heading style set to body text.',
    ])
  })

  it('goes by the name when a heading style has no outline level', async () => {
    const styleSheet = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="H2"><w:name w:val="Heading 2"/></w:style>'
    expect(await briefOf({ body: styled('H2', 'Named') + styled('Normal', 'Text.'), styleSheet })).toEqual(['H1 Named', 'Text.'])
  })

  it('reads a clause written in a heading style (too long for a heading) as a clause', async () => {
    const long = 'Staff must not use a personal account to answer questions about council services, because answers given there are not recorded and may contradict the information published on the council website or given by the contact centre.'
    expect(await briefOf({ body: styled('Heading1', 'Scope') + styled('Heading2', long) })).toEqual(['H1 Scope', long])
  })

  it('leaves out empty headings and paragraphs', async () => {
    expect(await briefOf({ body: styled('Heading1', '') + styled('Heading1', 'Scope') + para('') + styled('Normal', '   ') + styled('Normal', 'Text.') })).toEqual(['H1 Scope', 'Text.'])
  })

  it('survives a style that is based on itself', async () => {
    const styleSheet = '<w:style w:type="paragraph" w:default="1" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>'
    expect(await briefOf({ body: styled('A', 'Loop.') + styled('Missing', 'Unknown style.'), styleSheet })).toEqual(['Loop.', 'Unknown style.'])
  })

  it('imports a document without a style sheet', async () => {
    expect(await briefOf({ body: styled('Heading1', 'Looks like a heading') + para(run('Text.')), styleSheet: null })).toEqual(['Looks like a heading', 'Text.'])
  })

  it('leaves the table of contents out, with a warning', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    const tocEntry = (text: string): string =>
      para(`<w:hyperlink w:anchor="_Toc1">${run(text)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('2')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`, '<w:pStyle w:val="TOC1"/>')
    const toc =
      styled('TOCHeading', 'Contents') +
      para(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, '<w:pStyle w:val="TOC1"/>') +
      tocEntry('Scope') +
      tocEntry('Rules') +
      para('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    const content = await importSpec({ body: toc + styled('Heading1', 'Scope') + styled('Normal', 'Text.'), styles })
    expect(content.blocks.map((b) => b.text)).toEqual(['Scope', 'Text.'])
    expect(content.warnings).toEqual(['The table of contents was not imported; the headings it lists are imported where they stand.'])
  })
})

describe('title and package properties', () => {
  it('takes the title from the core properties, else from the first Title paragraph', async () => {
    const body = styled('Title', 'Staff Social Media Policy') + styled('Normal', 'Text.')
    expect((await importSpec({ body, coreTitle: 'Social Media Policy v3' })).title).toBe('Social Media Policy v3')
    expect((await importSpec({ body, coreTitle: '  ' })).title).toBe('Staff Social Media Policy')
    expect((await importSpec({ body: styled('Normal', 'Text.') })).title).toBeNull()
    expect((await importSpec({ body, coreTitle: 'Microsoft Word - Social Media Policy 2019.doc' })).title).toBe('Social Media Policy 2019')
  })

  it('takes the organisation from Company in app.xml and never guesses a date', async () => {
    const content = await importSpec({ body: styled('Normal', 'Text.'), company: 'Westmarsh District Council', coreTitle: 'Policy' })
    expect(content.organisation).toBe('Westmarsh District Council')
    expect(content.date ?? null).toBeNull()
    expect((await importSpec({ body: styled('Normal', 'Text.') })).organisation).toBeNull()
  })
})
