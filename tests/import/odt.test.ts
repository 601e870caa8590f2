/**
 * The OpenDocument importer on hand-built packages, one feature each: list numbering as
 * printed (display levels, start values, continued lists, bullets), outline-numbered
 * headings, notes, tracked changes taken as accepted, comments left out, tables, and bad
 * packages. Real LibreOffice and pandoc output is covered by the fixtures in fixtures.test.ts.
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../src/shared/errors'
import { importOdt } from '../../src/shared/import/odt'

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'

function odt(body: string, automaticStyles = '', styles = '', title = ''): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
    'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles>${styles}</office:styles></office:document-styles>`),
    'meta.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS}><office:meta><dc:title>${title}</dc:title></office:meta></office:document-meta>`),
  })
}

const numbered = `<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="" text:display-levels="2"/>
  <text:list-level-style-number text:level="3" style:num-format="a" style:num-prefix="(" style:num-suffix=")"/>
</text:list-style>
<text:list-style style:name="B1"><text:list-level-style-bullet text:level="1" text:bullet-char="\uF0B7"/></text:list-style>
<text:list-style style:name="R1"><text:list-level-style-number text:level="1" style:num-format="i" style:num-suffix=")"/></text:list-style>`

const item = (text: string, inner = ''): string => `<text:list-item><text:p>${text}</text:p>${inner}</text:list-item>`

async function clauses(bytes: Uint8Array): Promise<[string | null, number, string][]> {
  const { blocks } = await importOdt(bytes, 'policy.odt')
  return blocks.map((b) => (b.kind === 'heading' ? ['#', b.level, b.text] : [b.label, b.level, b.text]))
}

describe('ODT importer', () => {
  it('prints list numbers as the list style says: nested, multi-level and lettered', async () => {
    const body = `<text:list text:style-name="L1">${item('Scope', `<text:list>${item('Staff', `<text:list>${item('agency staff')}${item('volunteers')}</text:list>`)}${item('Councillors')}</text:list>`)}${item('Duties')}</text:list>`
    expect(await clauses(odt(body, numbered))).toEqual([
      ['1.', 1, 'Scope'],
      ['1.1', 2, 'Staff'],
      ['(a)', 3, 'agency staff'],
      ['(b)', 3, 'volunteers'],
      ['1.2', 2, 'Councillors'],
      ['2.', 1, 'Duties'],
    ])
  })

  it('restarts a new list, continues one that says so, and honours start values', async () => {
    const body =
      `<text:list text:style-name="L1">${item('one')}${item('two')}</text:list><text:p>Between the lists.</text:p>` +
      `<text:list text:style-name="L1" text:continue-numbering="true">${item('three')}</text:list>` +
      `<text:list text:style-name="L1">${item('again one')}<text:list-item text:start-value="7"><text:p>seven</text:p></text:list-item></text:list>` +
      `<text:list text:style-name="R1">${item('first')}${item('second')}</text:list>`
    expect(await clauses(odt(body, numbered))).toEqual([
      ['1.', 1, 'one'],
      ['2.', 1, 'two'],
      [null, 0, 'Between the lists.'],
      ['3.', 1, 'three'],
      ['1.', 1, 'again one'],
      ['7.', 1, 'seven'],
      ['i)', 1, 'first'],
      ['ii)', 1, 'second'],
    ])
  })

  it('prints private-use bullet characters as a bullet', async () => {
    expect(await clauses(odt(`<text:list text:style-name="B1">${item('Be polite.')}</text:list>`, numbered))).toEqual([['•', 1, 'Be polite.']])
  })

  it('numbers headings by the outline style, or takes the number they carry', async () => {
    const outline = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/><text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/></text:outline-style>`
    const body = `<text:h text:outline-level="1">Purpose</text:h><text:h text:outline-level="2">Scope</text:h><text:h text:outline-level="2">Terms</text:h><text:h text:outline-level="1">Duties</text:h><text:h text:outline-level="1" text:is-list-header="true">Appendix</text:h>`
    expect(await clauses(odt(body, '', outline))).toEqual([
      ['#', 1, '1. Purpose'],
      ['#', 2, '1.1 Scope'],
      ['#', 2, '1.2 Terms'],
      ['#', 1, '2. Duties'],
      ['#', 1, 'Appendix'],
    ])
    const carried = `<text:h text:outline-level="2"><text:number>4.2</text:number>Monitoring</text:h>`
    expect(await clauses(odt(carried))).toEqual([['#', 2, '4.2 Monitoring']])
  })

  it('takes tracked changes as accepted and leaves comments and generated indexes out', async () => {
    const body =
      `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>an old sentence that was deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
      `<text:table-of-content><text:index-body><text:p>Purpose ........ 1</text:p></text:index-body></text:table-of-content>` +
      `<text:p>Staff <text:change text:change-id="c1"/>must report<office:annotation><dc:creator>Jo</dc:creator><text:p>Is this too strict?</text:p></office:annotation> concerns.</text:p>`
    expect(await clauses(odt(body))).toEqual([[null, 0, 'Staff must report concerns.']])
  })

  it('warns about what it leaves out as the Word importer does, but not about comments', async () => {
    const draw = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    const body =
      `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
      `<text:table-of-content><text:index-body><text:p>Purpose ........ 1</text:p></text:index-body></text:table-of-content>` +
      `<text:alphabetical-index><text:index-body><text:p>Staff, 2</text:p></text:index-body></text:alphabetical-index>` +
      `<text:p ${draw}>Staff must report concerns.<draw:frame><draw:image/></draw:frame><draw:frame><draw:image/></draw:frame>` +
      `<draw:frame><draw:text-box><text:p>A boxed aside.</text:p></draw:text-box></draw:frame><draw:frame><draw:object/></draw:frame>` +
      `<office:annotation><text:p>Is this too strict?</text:p></office:annotation></text:p>`
    const { warnings } = await importOdt(odt(body), 'policy.odt')
    expect(warnings).toEqual([
      '2 images were not imported.',
      'The document has tracked changes; they were imported as if accepted (insertions kept, deletions left out).',
      'The text of 1 text box inside the lines of a paragraph was not imported.',
      'The table of contents was not imported; the headings it lists are imported where they stand.',
      '1 generated index was not imported (such as an alphabetical index or a bibliography): the word processor makes them from the text.',
      '1 embedded object (such as a chart or a spreadsheet) could not be imported.',
    ])
    const commentOnly = `<text:p>Staff must report.<office:annotation><text:p>Is this too strict?</text:p></office:annotation></text:p>`
    expect((await importOdt(odt(commentOnly), 'policy.odt')).warnings).toEqual([])
  })

  it('keeps note markers in the text and the notes at the end', async () => {
    const body = `<text:p>Follow the code of conduct.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Part 3 of the staff handbook.</text:p></text:note-body></text:note></text:p>`
    expect(await clauses(odt(body))).toEqual([
      [null, 0, 'Follow the code of conduct.[1]'],
      ['#', 1, 'Notes'],
      ['[1]', 0, 'Part 3 of the staff handbook.'],
    ])
  })

  it('reads tables row by row, links and emphasis as Markdown, spaces and tabs as spaces', async () => {
    const styles = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    const body =
      `<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Case</text:p></table:table-cell><table:table-cell><text:p>Action</text:p></table:table-cell></table:table-row></table:table-header-rows>` +
      `<table:table-row><table:table-cell><text:p>Public information</text:p></table:table-cell><table:table-cell><text:p>Post it</text:p></table:table-cell></table:table-row></table:table>` +
      `<text:p>See <text:a xlink:href="https://example.org/code">the code</text:a>,<text:s text:c="3"/>and <text:span text:style-name="T1">never</text:span><text:tab/>share passwords.</text:p>`
    const { blocks } = await importOdt(odt(body, styles), 'policy.odt')
    expect(blocks).toEqual([
      { kind: 'paragraph', label: null, level: 0, text: 'Case | Action', inline: 'Case \\| Action' },
      { kind: 'paragraph', label: null, level: 0, text: 'Public information | Post it', inline: 'Public information \\| Post it' },
      { kind: 'paragraph', label: null, level: 0, text: 'See the code, and never share passwords.', inline: 'See [the code](https://example.org/code), and **never** share passwords.' },
    ])
  })

  it('takes the title from the document properties, and headings from heading-styled paragraphs', async () => {
    const styles = '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>'
    const result = await importOdt(odt('<text:p text:style-name="P1">Elections</text:p><text:p>No political posts.</text:p>', styles, '', 'Social media policy'), 'p.odt')
    expect(result.title).toBe('Social media policy')
    expect(result.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Elections' })
  })

  it('makes a Subtitle paragraph a heading under the title, not a clause (as its PDF prints it)', async () => {
    const styles = '<style:style style:name="Title" style:family="paragraph"/><style:style style:name="Subtitle" style:family="paragraph"/>'
    const body = '<text:p text:style-name="Title">Social media at Wealdham</text:p><text:p text:style-name="Subtitle">Guidance for staff on using social media</text:p><text:h text:outline-level="1">Why</text:h><text:p>Talk to residents.</text:p>'
    expect(await clauses(odt(body, '', styles))).toEqual([
      ['#', 1, 'Social media at Wealdham'],
      ['#', 2, 'Guidance for staff on using social media'],
      ['#', 1, 'Why'],
      [null, 0, 'Talk to residents.'],
    ])
    // A style used but never defined goes by its name, as "Title" does.
    expect((await clauses(odt('<text:p text:style-name="Subtitle">Guidance for staff</text:p>')))[0]).toEqual(['#', 2, 'Guidance for staff'])
  })

  it.each([
    ['not a zip', strToU8('just some text'), 'damaged-file', /^policy\.odt is not an OpenDocument text file: it is not the zip package/],
    ['a spreadsheet', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }), 'damaged-file', /not a text document/],
    ['no content part', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') }), 'damaged-file', /no content part/],
    ['broken XML', zipSync({ 'content.xml': strToU8('<office:document-content><unclosed>') }), 'damaged-file', /content\.xml is not valid XML/],
  ])('refuses %s with a clear error', async (_case, bytes, code, message) => {
    const error = await importOdt(bytes, 'policy.odt').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkbenchError)
    expect(error).toMatchObject({ code, file: 'policy.odt' })
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toMatch(/^policy\.odt /)
  })

  it('refuses a package that compresses like a zip bomb', async () => {
    // 8 MB of zeros packs into a few kilobytes: no real document compresses like that.
    const bomb = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(64 * 1024)
    await expect(importOdt(bomb, 'bomb.odt')).rejects.toMatchObject({ code: 'unpacks-too-large', file: 'bomb.odt' })
  })
})
