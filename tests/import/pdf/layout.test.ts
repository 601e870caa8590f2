/**
 * One layout rule at a time, on small PDFs built for the purpose (support/make-pdf.ts): page
 * furniture, spaces from gaps, hyphenation, headings, labels and levels, metadata. Bytes in,
 * blocks out, like the fixture tests, but each PDF isolates one thing a real file mixes.
 */
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../src/shared/import/blocks'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importPdf } from '../../../src/shared/import/pdf'
import { column, makePdf, type PageSpec, type PdfSpec, type TextSpec } from './support/make-pdf'

const run = (spec: PdfSpec | PageSpec[], name = 'test.pdf'): Promise<ImportedContent> =>
  importPdf(makePdf(Array.isArray(spec) ? { pages: spec } : spec), name)

const texts = (c: ImportedContent): string[] => c.blocks.map((b) => b.text)
const shape = (blocks: Block[]): string[] =>
  blocks.map((b) => (b.kind === 'heading' ? `H${b.level} ${b.text}` : `${b.level} ${b.label ?? '-'} ${b.text}`))

// Lines of about the same length, as a word processor wraps them (Helvetica 10 pt). The
// words differ from page to page, as a policy's do.
const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth']
const body = (n: number): string[] =>
  [
    `Officers who use social media for work on the ${ORDINAL[n - 1]} page must follow the`,
    'code of conduct and the guidance of the communications team, and',
    'they must never publish personal data about the residents we serve.',
  ]

describe('page furniture', () => {
  it.each([['7'], ['Page 7'], ['Page 7 of 9'], ['- 7 -'], ['– 7 –'], ['7/9'], ['7 of 9'], ['vii'], ['p. 7']])(
    'removes a lone page number printed as "%s" at the foot of each page',
    async (format) => {
      const pages = [1, 2, 3].map((n) => ({
        texts: [...column(body(n)), { text: format.replace('7', String(n)), x: 200, y: 570, size: 9 }],
      }))
      expect(texts(await run(pages))).toEqual([1, 2, 3].map((n) => body(n).join(' ')))
    },
  )

  it('removes a page number even on a one-page document', async () => {
    const content = await run([{ texts: [...column(body(1)), { text: 'Page 1 of 1', x: 200, y: 570, size: 9 }] }])
    expect(texts(content)).toEqual([body(1).join(' ')])
  })

  it('removes a running header whose page number changes, and a footer on alternate pages only', async () => {
    const pages = [1, 2, 3, 4, 5].map((n) => ({
      texts: [
        { text: `Westshire Council · Social media policy · page ${n}`, x: 60, y: 30, size: 8 },
        ...column(body(n)),
        { text: n % 2 ? 'Approved March 2025' : 'Owner: HR', x: n % 2 ? 300 : 60, y: 575, size: 8 },
      ],
    }))
    const all = texts(await run(pages)).join('\n')
    expect(all).not.toMatch(/Westshire|Approved|Owner/)
    expect(all).toContain('on the fifth page must follow the')
  })

  it('keeps body text that only looks like a number when it is not at the edge of the page', async () => {
    const content = await run([1, 2].map(() => ({ texts: column([...body(1), '2025'], { y: 200 }) })))
    expect(texts(content).join(' ')).toContain('2025')
  })
})

describe('table of contents', () => {
  it('leaves out a contents list with dot leaders, and its heading, and says so', async () => {
    const contents = ['Contents', '1. Scope ........................ 2', '2. Personal use ................ 2', '3. Breaches ...................... 3']
    const content = await run([
      { texts: [{ text: 'Social Media Policy', x: 60, y: 60, size: 18, bold: true }, ...column(contents, { y: 100, leading: 16 })] },
      { texts: [{ text: '1. Scope', x: 60, y: 80, size: 14, bold: true }, ...column(body(2), { y: 100 })] },
    ])
    expect(shape(content.blocks)).toEqual(['H1 Social Media Policy', 'H2 1. Scope', `0 - ${body(2).join(' ')}`])
    expect(content.warnings).toEqual(['The table of contents on page 1 was left out: the headings it lists are imported where they stand.'])
  })

  it('keeps a single line that happens to end in dots and a number', async () => {
    const content = await run([{ texts: column(['Call the team on the number below .... 2']) }])
    expect(texts(content)).toEqual(['Call the team on the number below .... 2'])
    expect(content.warnings).toEqual([])
  })
})

describe('lines and spaces', () => {
  it('puts spaces where words are placed apart without space characters', async () => {
    const words = ['Staff', 'must', 'not', 'share', 'passwords.']
    let x = 60
    const placed: TextSpec[] = words.map((text) => {
      const spec = { text, x, y: 100 }
      x += text.length * 5.6 + 3
      return spec
    })
    expect(texts(await run([{ texts: placed }]))).toEqual(['Staff must not share passwords.'])
  })

  it('joins pieces of one word placed side by side, and reads a line left to right whatever the drawing order', async () => {
    const pieces: TextSpec[] = [
      // "Inform" is 28.34 pt wide in Helvetica 10 pt: the next piece starts right after it.
      { text: 'ation matters.', x: 60 + 28.34 + 0.3, y: 100 },
      { text: 'Inform', x: 60, y: 100 },
    ]
    expect(texts(await run([{ texts: pieces }]))).toEqual(['Information matters.'])
  })

  it('reads text drawn twice for a bold effect once', async () => {
    const line = 'Report abuse to your manager.'
    const content = await run([{ texts: [{ text: line, x: 60, y: 100 }, { text: line, x: 60.4, y: 100 }] }])
    expect(texts(content)).toEqual([line])
  })

  it('keeps a superscript footnote mark on its line', async () => {
    const content = await run([
      { texts: [{ text: 'See the code of conduct', x: 60, y: 100 }, { text: '1', x: 173, y: 96, size: 6 }, { text: 'for details.', x: 180, y: 100 }] },
    ])
    expect(texts(content)).toEqual(['See the code of conduct 1 for details.'])
  })

  it('leaves out a diagonal watermark and says so', async () => {
    const content = await run([{ texts: [...column(body(1)), { text: 'DRAFT', x: 120, y: 400, size: 60, angle: 45 }] }])
    expect(texts(content).join(' ')).not.toContain('DRAFT')
    expect(content.warnings).toEqual(['Text set at an angle (such as a watermark or a sideways table heading) on page 1 was left out.'])
  })
})

describe('hyphenation at line ends', () => {
  const wrap = async (first: string, second: string, elsewhere = ''): Promise<string> => {
    const lines = [`Officers who use social media for work must follow the ${first}`, `${second} guidance of the communications team at all times.`]
    const extra = elsewhere ? column([elsewhere], { y: 200 }) : []
    const [text] = texts(await run([{ texts: [...column(lines), ...extra] }]))
    return text!.replace('Officers who use social media for work must follow the ', '').replace(' guidance of the communications team at all times.', '')
  }

  it('joins a word broken by a hyphen when the next line starts in lower case', async () => {
    expect(await wrap('organi-', 'sation')).toBe('organisation')
  })

  it('keeps the hyphen of a compound the document hyphenates elsewhere', async () => {
    expect(await wrap('well-', 'being', 'Your well-being matters to us.')).toBe('well-being')
  })

  it('joins when the document prints the joined word elsewhere', async () => {
    expect(await wrap('work-', 'place', 'The workplace is shared.')).toBe('workplace')
  })

  it('keeps the hyphen after a single letter or a number, and after an earlier hyphen', async () => {
    expect(await wrap('e-', 'mail')).toBe('e-mail')
    expect(await wrap('24-', 'hour')).toBe('24-hour')
    expect(await wrap('face-to-', 'face')).toBe('face-to-face')
  })

  it('keeps the hyphen but adds no space before a capital or a digit', async () => {
    expect(await wrap('pre-', '2025')).toBe('pre-2025')
    expect(await wrap('anti-', 'Fraud')).toBe('anti-Fraud')
  })

  it('keeps a dash at a line end as a dash between words', async () => {
    expect(await wrap('council –', 'and')).toBe('council – and')
  })
})

describe('paragraphs', () => {
  it('starts a paragraph at a wider gap, and runs one across a page break mid-sentence', async () => {
    const content = await run([
      {
        texts: [
          ...column(body(1)),
          ...column(['Managers should remind their teams of this policy every year, and', 'note in each member of staff’s supervision record that they'], { y: 500 }),
        ],
      },
      { texts: column(['have done so, with the date of the conversation.'], { y: 80 }) },
    ])
    expect(texts(content)).toEqual([
      body(1).join(' '),
      'Managers should remind their teams of this policy every year, and note in each member of staff’s supervision record that they have done so, with the date of the conversation.',
    ])
  })

  it('runs a paragraph across a page break when the pages have mirrored margins', async () => {
    const content = await run([
      { texts: column(['Managers should remind their teams of this policy every year, and', 'note in each member of staff’s supervision record that they'], { x: 60, y: 500 }) },
      { texts: column(['have done so, with the date of the conversation, and keep the note.', 'They should also remind new starters.'], { x: 85, y: 80 }) },
    ])
    expect(content.blocks).toHaveLength(1)
  })

  it('starts a paragraph where the indent changes, and not at a first-line indent', async () => {
    const content = await run([
      {
        texts: [
          { text: 'Officers who use social media for work must follow the code', x: 75, y: 80 },
          { text: 'of conduct and the guidance of the communications team, and', x: 60, y: 93 },
          { text: 'they must never publish personal data about our residents.', x: 60, y: 106 },
          { text: 'Quoted guidance from the national code is set in from the left', x: 90, y: 119 },
          { text: 'margin so that it stands apart from the rest of the policy.', x: 90, y: 132 },
        ],
      },
    ])
    expect(content.blocks).toHaveLength(2)
  })

  it('keeps each row of a table of one-line rows apart, however much room its short cells leave', async () => {
    const cells = (y: number, left: string, right: string): TextSpec[] => [
      { text: left, x: 60, y },
      { text: right, x: 250, y },
    ]
    const content = await run([
      {
        texts: [
          ...column(['The details of the press contact are kept here.']),
          ...cells(110, 'Service', 'Communications support'),
          ...cells(123, 'Contact', 'Deputy clerk'),
          ...cells(136, 'Platform', 'Facebook and Nextdoor'),
        ],
      },
    ])
    expect(texts(content)).toEqual(['The details of the press contact are kept here.', 'Service Communications support', 'Contact Deputy clerk', 'Platform Facebook and Nextdoor'])
  })

  it('does not take a wrapped line that starts with a number for a new clause', async () => {
    const content = await run([{ texts: column(['1.1 Officers who use social media must follow the rules in section', '3.2 of the code of conduct before they post.']) }])
    expect(shape(content.blocks)).toEqual(['2 1.1 Officers who use social media must follow the rules in section 3.2 of the code of conduct before they post.'])
  })
})

describe('headings, labels and levels', () => {
  it('finds headings by size and weight, levels them by style and numbering, and nests clauses', async () => {
    const content = await run([
      {
        texts: [
          { text: 'Social Media Policy', x: 60, y: 60, size: 20, bold: true },
          { text: '1. Scope', x: 60, y: 95, size: 14, bold: true },
          ...column(['1.1 This policy covers all staff.', '(a) It covers agency workers.', '(b) It covers volunteers.'], { y: 115, leading: 16 }),
          { text: '1.2 Exceptions', x: 60, y: 175, size: 10 },
          ...column(['Elected members follow their own code.'], { y: 193 }),
          { text: '2. Personal use', x: 60, y: 225, size: 14, bold: true },
          { text: 'Your own accounts', x: 60, y: 245, size: 10, bold: true },
          ...column(['2.1 You may post in your own time.', '2.1.1 Say that the views are your own.', '• Never use a council logo.', '2.2 Do not post during working hours.'], {
            y: 263,
            leading: 16,
          }),
        ],
      },
    ])
    expect(shape(content.blocks)).toEqual([
      'H1 Social Media Policy',
      'H2 1. Scope',
      '2 1.1 This policy covers all staff.',
      '3 (a) It covers agency workers.',
      '3 (b) It covers volunteers.',
      'H3 1.2 Exceptions',
      '0 - Elected members follow their own code.',
      'H2 2. Personal use',
      'H3 Your own accounts',
      '2 2.1 You may post in your own time.',
      '3 2.1.1 Say that the views are your own.',
      '4 • Never use a council logo.',
      '2 2.2 Do not post during working hours.',
    ])
  })

  it('tells "(i)" the numeral from "(i)" the letter after "(h)", and nests bullets by indent', async () => {
    const letters = 'abcdefghi'.split('').map((l, i) => ({ text: `(${l}) Item ${l};`, x: 60, y: 80 + i * 16 }))
    const content = await run([
      {
        texts: [
          ...letters,
          { text: '(i) first numeral item;', x: 80, y: 240 },
          { text: '(ii) second numeral item;', x: 80, y: 256 },
          { text: '• a bullet under it', x: 100, y: 272 },
          { text: '– a dash under the bullet', x: 120, y: 288 },
          { text: '• another bullet', x: 100, y: 304 },
          { text: '(j) back to the letters.', x: 60, y: 320 },
        ],
      },
    ])
    const levels = content.blocks.map((b) => (b.kind === 'paragraph' ? `${b.level} ${b.label}` : ''))
    expect(levels.slice(7)).toEqual(['1 (h)', '1 (i)', '2 (i)', '2 (ii)', '3 •', '4 –', '3 •', '1 (j)'])
  })

  it('keeps bold words as Markdown and escapes Markdown characters in the text', async () => {
    const content = await run([
      { texts: [{ text: 'Never', x: 60, y: 100, bold: true }, { text: 'share *passwords* or [links] on social_media.', x: 94, y: 100 }] },
    ])
    expect(content.blocks).toEqual([
      {
        kind: 'paragraph',
        label: null,
        level: 0,
        text: 'Never share *passwords* or [links] on social_media.',
        inline: '**Never** share \\*passwords\\* or \\[links\\] on social\\_media.',
      },
    ])
  })
})

describe('title and organisation from metadata', () => {
  const page = { texts: [{ text: 'Acceptable Use of Social Media', x: 60, y: 60, size: 18 }, ...column(body(1), { y: 100 })] }

  it.each([
    ['Staff social media policy 2025', 'Staff social media policy 2025'],
    ['Microsoft Word - SM policy v3.docx', 'Acceptable Use of Social Media'],
    ['policy_final.pdf', 'Acceptable Use of Social Media'],
    ['Untitled', 'Acceptable Use of Social Media'],
    ['   ', 'Acceptable Use of Social Media'],
  ])('Title "%s" gives the title "%s"', async (declared, title) => {
    expect((await run({ pages: [page], info: { Title: declared } })).title).toBe(title)
  })

  it('gives no title when nothing is larger than the body text and none is declared', async () => {
    expect((await run([{ texts: column(body(1)) }])).title).toBeUndefined()
  })

  it('takes the organisation from a Company entry, never from the Author', async () => {
    expect((await run({ pages: [page], info: { Author: 'Jo Bloggs', Company: 'Westshire County Council' } })).organisation).toBe('Westshire County Council')
    const authorOnly = await run({ pages: [page], info: { Author: 'Westshire County Council' } })
    expect(authorOnly.organisation).toBeUndefined()
    expect(authorOnly.date).toBeUndefined()
  })
})
