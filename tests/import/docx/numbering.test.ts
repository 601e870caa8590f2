/** List numbers as Word prints them, from numbering.xml: formats, levels, restarts, styles. */
import { describe, expect, it } from 'vitest'
import { abstractNum, briefOf, importSpec, item, lvl, num, para, run, styled } from './build-docx'

const decimalOutline = abstractNum(1, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2') + lvl(2, 'lowerLetter', '(%3)'))

describe('list numbering', () => {
  it('starts at w:start and prints lvlText with every level it names ("%1.%2" → "2.1")', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.', '', 3) + lvl(1, 'decimal', '%1.%2')) + num(7, 1)
    const body = item(7, 0, 'Scope') + item(7, 1, 'Staff') + item(7, 1, 'Contractors') + item(7, 0, 'Rules') + item(7, 1, 'Be polite')
    expect(await briefOf({ body, numbering })).toEqual(['  3. Scope', '    3.1 Staff', '    3.2 Contractors', '  4. Rules', '    4.1 Be polite'])
  })

  it('resets deeper levels when a higher level is used, and nests by ilvl', async () => {
    const body = [item(1, 0, 'A'), item(1, 1, 'B'), item(1, 2, 'C'), item(1, 2, 'D'), item(1, 1, 'E'), item(1, 2, 'F'), item(1, 0, 'G'), item(1, 2, 'H')].join('')
    expect(await briefOf({ body, numbering: decimalOutline + num(1, 1) })).toEqual([
      '  1. A',
      '    1.1 B',
      '      (a) C',
      '      (b) D',
      '    1.2 E',
      '      (a) F',
      '  2. G',
      // Level 2 has not been used under "2." yet: the unused level prints its start value.
      '      (a) H',
    ])
  })

  it.each([
    ['upperRoman', '%1.', 1, ['I.', 'II.', 'III.', 'IV.']],
    ['lowerRoman', '(%1)', 8, ['(viii)', '(ix)', '(x)', '(xi)']],
    ['upperLetter', '%1)', 25, ['Y)', 'Z)', 'AA)', 'BB)']],
    ['lowerLetter', '%1.', 1, ['a.', 'b.', 'c.', 'd.']],
    ['decimalZero', '%1', 8, ['08', '09', '10', '11']],
    ['ordinal', '%1', 1, ['1st', '2nd', '3rd', '4th']],
    ['cardinalText', '%1:', 20, ['Twenty:', 'Twenty-one:', 'Twenty-two:', 'Twenty-three:']],
    ['ordinalText', '%1', 11, ['Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth']],
  ])('prints %s', async (format, text, start, labels) => {
    const numbering = abstractNum(1, lvl(0, format, text, '', start)) + num(1, 1)
    const body = ['a', 'b', 'c', 'd'].map((t) => item(1, 0, t)).join('')
    const blocks = await briefOf({ body, numbering })
    expect(blocks.map((b) => b.trim().split(' ')[0])).toEqual(labels)
  })

  it('prints nothing for numFmt none, and then a typed label in the text is used', async () => {
    const numbering = abstractNum(1, lvl(0, 'none', '%1')) + num(1, 1)
    expect(await briefOf({ body: item(1, 0, 'No number') + item(1, 0, '(c) Typed label'), numbering })).toEqual(['  No number', '  (c) Typed label'])
  })

  it('defaults a missing w:start to 0 and a missing numFmt to decimal, as Word does', async () => {
    const numbering = abstractNum(1, '<w:lvl w:ilvl="0"><w:lvlText w:val="%1."/></w:lvl>') + num(1, 1)
    expect(await briefOf({ body: item(1, 0, 'First') + item(1, 0, 'Second'), numbering })).toEqual(['  0. First', '  1. Second'])
  })

  it('shows every level in decimal on a w:isLgl level ("II" above becomes "2.1")', async () => {
    const numbering = abstractNum(1, lvl(0, 'upperRoman', 'Part %1') + lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')) + num(1, 1)
    expect(await briefOf({ body: item(1, 0, 'One') + item(1, 0, 'Two') + item(1, 1, 'Detail'), numbering })).toEqual(['  Part I One', '  Part II Two', '    2.1 Detail'])
  })

  it('keeps a deeper level counting across a higher one when w:lvlRestart is 0', async () => {
    const numbering = abstractNum(1, lvl(0, 'upperLetter', 'Part %1') + lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')) + num(1, 1)
    const body = item(1, 0, 'Staff') + item(1, 1, 'a') + item(1, 1, 'b') + item(1, 0, 'Managers') + item(1, 1, 'c')
    expect(await briefOf({ body, numbering })).toEqual(['  Part A Staff', '    1. a', '    2. b', '  Part B Managers', '    3. c'])
  })

  it('continues a list across w:num that share an abstractNum, and restarts where a w:num has a startOverride', async () => {
    const numbering =
      abstractNum(1, lvl(0, 'decimal', '%1.')) +
      num(1, 1) +
      num(2, 1) +
      num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
      num(4, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>')
    const body = [item(1, 0, 'a'), item(1, 0, 'b'), styled('Normal', 'Between the lists.'), item(2, 0, 'c'), item(3, 0, 'd'), item(3, 0, 'e'), item(1, 0, 'f'), item(4, 0, 'g'), item(4, 0, 'h')].join('')
    expect(await briefOf({ body, numbering })).toEqual(['  1. a', '  2. b', 'Between the lists.', '  3. c', '  1. d', '  2. e', '  3. f', '  10. g', '  11. h'])
  })

  it('uses a w:lvl given in a w:lvlOverride instead of the abstract one', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1) + num(2, 1, `<w:lvlOverride w:ilvl="0">${lvl(0, 'lowerRoman', '%1)', '', 4)}</w:lvlOverride>`)
    expect(await briefOf({ body: item(1, 0, 'a') + item(2, 0, 'b') + item(2, 0, 'c'), numbering })).toEqual(['  1. a', '  ii) b', '  iii) c'])
  })

  it('follows w:numStyleLink to the list style that holds the levels', async () => {
    const styles = '<w:style w:type="numbering" w:styleId="PolicyList"><w:name w:val="Policy List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    const numbering = abstractNum(1, lvl(0, 'decimal', 'Rule %1'), '<w:styleLink w:val="PolicyList"/>') + abstractNum(2, '', '<w:numStyleLink w:val="PolicyList"/>') + num(1, 1) + num(2, 2)
    expect(await briefOf({ body: item(2, 0, 'Be kind') + item(2, 0, 'Be brief'), numbering, styles })).toEqual(['  Rule 1 Be kind', '  Rule 2 Be brief'])
  })

  it('treats w:numId 0, an unknown numId and a level with no definition as unnumbered or unlabelled', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1)
    const body = item(0, 0, 'Zero') + item(99, 0, 'Unknown') + item(1, 4, 'Undefined level') + item(1, 0, 'Counted')
    expect(await briefOf({ body, numbering })).toEqual(['Zero', 'Unknown', '          Undefined level', '  1. Counted'])
  })

  it('counts numbered paragraphs with no text, and leaves them out', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1)
    const empty = para('', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    expect(await briefOf({ body: item(1, 0, 'One') + empty + item(1, 0, 'Three'), numbering })).toEqual(['  1. One', '  3. Three'])
  })
})

describe('bullets', () => {
  const bulletLevels = (text: string, font?: string): string =>
    lvl(0, 'bullet', text, font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : '')

  it.each([
    ['Symbol private-use U+F0B7', '\uF0B7', 'Symbol', '•'],
    ['Wingdings square stored as "§"', '§', 'Wingdings', '•'],
    ['private-use glyph with no font named', '\uF0A7', undefined, '•'],
    ['an ordinary en dash', '–', 'Calibri', '–'],
    ['Courier New "o"', 'o', 'Courier New', 'o'],
    ['a bullet character', '•', undefined, '•'],
  ])('prints %s as %s', async (_, text, font, label) => {
    const numbering = abstractNum(1, bulletLevels(text, font)) + num(1, 1)
    expect(await briefOf({ body: item(1, 0, 'Think before you post.'), numbering })).toEqual([`  ${label} Think before you post.`])
  })

  it('prints a picture bullet as "•"', async () => {
    const numbering = abstractNum(1, lvl(0, 'bullet', '', '<w:lvlPicBulletId w:val="0"/>')) + num(1, 1)
    expect(await briefOf({ body: item(1, 0, 'Pictured'), numbering })).toEqual(['  • Pictured'])
  })
})

describe('numbering from styles', () => {
  const headingStyles = `
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="ListNumber"/></w:style>`
  const styleSheet = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${headingStyles}`
  const numbering =
    abstractNum(1, lvl(0, 'decimal', '%1.', '<w:pStyle w:val="Heading1"/>') + lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="Heading2"/>')) +
    abstractNum(2, lvl(0, 'lowerLetter', '(%1)', '<w:pStyle w:val="ListNumber"/>')) +
    num(5, 1) +
    num(6, 2)

  it('numbers headings through their style, with the number in the heading text', async () => {
    const body = styled('Heading1', 'Scope') + styled('Normal', 'Who this covers.') + styled('Heading1', 'Principles') + styled('Heading2', 'Be respectful') + styled('Heading2', 'Be accurate')
    expect(await briefOf({ body, numbering, styleSheet })).toEqual(['H1 1. Scope', 'Who this covers.', 'H1 2. Principles', 'H2 2.1 Be respectful', 'H2 2.2 Be accurate'])
  })

  it('numbers a "List Number" style and styles based on it; the paragraph may turn it off with numId 0', async () => {
    const off = para(run('Not numbered'), '<w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>')
    const body = styled('ListNumber', 'First') + styled('Clause', 'Second') + off + styled('ListNumber', 'Third')
    expect(await briefOf({ body, numbering, styleSheet })).toEqual(['  (a) First', '  (b) Second', 'Not numbered', '  (c) Third'])
  })

  it('takes the level from the w:lvl that names the style when the style gives no ilvl', async () => {
    const styles2 = styleSheet.replace('<w:ilvl w:val="1"/>', '')
    const body = styled('Heading1', 'Scope') + styled('Heading2', 'Staff')
    expect(await briefOf({ body, numbering, styleSheet: styles2 })).toEqual(['H1 1. Scope', 'H2 1.1 Staff'])
  })

  it('lets the paragraph choose the level of its style\'s list', async () => {
    const body = styled('ListNumber', 'Top') + para(run('Deeper'), '<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="1"/></w:numPr>')
    const numbering2 = numbering.replace('</w:abstractNum><w:abstractNum w:abstractNumId="2">', '</w:abstractNum><w:abstractNum w:abstractNumId="2">' + lvl(1, 'decimal', '%2.'))
    expect(await briefOf({ body, numbering: numbering2, styleSheet })).toEqual(['  (a) Top', '    1. Deeper'])
  })
})

describe('typed labels', () => {
  it('splits a label typed at the start of an unnumbered paragraph, from the text and the Markdown, nesting it as Word counts levels', async () => {
    const body =
      para(run('3.2 Staff must not share passwords.')) +
      para(run('(a) This includes shared inboxes.')) +
      para(run('1.', '<w:b/>') + run('\tScope of the policy')) +
      para(run('•\tUse council devices.')) +
      para(run('2020 was the year the policy began.'))
    const { blocks } = await importSpec({ body })
    expect(blocks).toEqual([
      { kind: 'paragraph', label: '3.2', level: 2, text: 'Staff must not share passwords.', inline: 'Staff must not share passwords.' },
      { kind: 'paragraph', label: '(a)', level: 3, text: 'This includes shared inboxes.', inline: 'This includes shared inboxes.' },
      { kind: 'paragraph', label: '1.', level: 1, text: 'Scope of the policy', inline: 'Scope of the policy' },
      { kind: 'paragraph', label: '•', level: 2, text: 'Use council devices.', inline: 'Use council devices.' },
      { kind: 'paragraph', label: null, level: 0, text: '2020 was the year the policy began.', inline: '2020 was the year the policy began.' },
    ])
  })

  it('never splits a typed label off a paragraph that Word numbers', async () => {
    const numbering = abstractNum(1, lvl(0, 'bullet', '•')) + num(1, 1)
    expect(await briefOf({ body: item(1, 0, '(a) stays in the text'), numbering })).toEqual(['  • (a) stays in the text'])
  })

  it('keeps emphasis that starts after the label', async () => {
    const { blocks } = await importSpec({ body: para(run('4.1 ') + run('Never', '<w:b/>') + run(' post while angry.')) })
    expect(blocks[0]).toMatchObject({ label: '4.1', text: 'Never post while angry.', inline: '**Never** post while angry.' })
  })
})

describe('counting across the document', () => {
  it('continues a list into and out of a table, in reading order', async () => {
    const numbering = abstractNum(1, lvl(0, 'decimal', '%1.')) + num(1, 1)
    const table = `<w:tbl><w:tr><w:tc>${item(1, 0, 'In a table')}${item(1, 0, 'Also in it')}</w:tc></w:tr></w:tbl>`
    expect(await briefOf({ body: item(1, 0, 'Before') + table + item(1, 0, 'After'), numbering })).toEqual(['  1. Before', '  2. In a table', '  3. Also in it', '  4. After'])
  })
})
