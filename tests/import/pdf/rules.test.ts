/**
 * The PDF importer's small rule tables, pinned one case per row: printed labels, lone page
 * numbers, bold font names, meaningful titles and line-end hyphens. The fixture and layout
 * tests check the same rules through whole PDFs; these make each decision readable.
 */
import { describe, expect, it } from 'vitest'
import { isPageNumber } from '../../../src/shared/import/pdf/furniture'
import { lineBreak, type Lexicon } from '../../../src/shared/import/pdf/hyphenation'
import { readLabel } from '../../../src/shared/import/pdf/labels'
import { meaningfulTitle } from '../../../src/shared/import/pdf/metadata'
import { isBoldFontName } from '../../../src/shared/import/pdf/text-items'

describe('printed labels', () => {
  it.each([
    ['1. Scope', '1.', 'decimal', 1, 'Scope'],
    ['2.3 Staff must', '2.3', 'decimal', 2, 'Staff must'],
    ['2.3. Staff must', '2.3.', 'decimal', 2, 'Staff must'],
    ['4.2.1 If you stand', '4.2.1', 'decimal', 3, 'If you stand'],
    ['3) Report it', '3)', 'number', 1, 'Report it'],
    ['(12) Report it', '(12)', 'number', 1, 'Report it'],
    ['(a) employees', '(a)', 'letter', 1, 'employees'],
    ['b) agency staff', 'b)', 'letter', 1, 'agency staff'],
    ['c. volunteers', 'c.', 'letter-or-roman', 1, 'volunteers'],
    ['(A) Members', '(A)', 'letter', 1, 'Members'],
    ['(iv) details', '(iv)', 'roman', 1, 'details'],
    ['ii) details', 'ii)', 'roman', 1, 'details'],
    ['IV. Monitoring', 'IV.', 'roman', 1, 'Monitoring'],
    ['(i) names', '(i)', 'letter-or-roman', 1, 'names'],
    ['• bullet', '•', 'bullet', 1, 'bullet'],
    ['– dash', '–', 'bullet', 1, 'dash'],
    ['o open circle', 'o', 'bullet', 1, 'open circle'],
    ['\uf0b7 Word symbol bullet', '•', 'bullet', 1, 'Word symbol bullet'],
    ['\uf0a7 Wingdings square', '▪', 'bullet', 1, 'Wingdings square'],
  ])('%j has label %j (%s, depth %i)', (line, label, kind, depth, rest) => {
    expect(readLabel(line)).toMatchObject({ label, kind, depth, rest })
  })

  it.each([['12 months after'], ['2025 was'], ['Staff must'], ['e.g. photos'], ['1.'], ['(a)'], ['•'], ['1.2x'], ['organisation'], ['J. Smith said']])(
    '%j has no label',
    (line) => {
      expect(readLabel(line)).toBeNull()
    },
  )

  it('gives letters and numerals of one shape one style, and each bullet its own', () => {
    expect(readLabel('(a) x')?.style).toBe(readLabel('(b) y')?.style)
    expect(readLabel('(a) x')?.style).not.toBe(readLabel('a) x')?.style)
    expect(readLabel('1.1 x')?.style).toBe(readLabel('7.3 y')?.style)
    expect(readLabel('1.1 x')?.style).not.toBe(readLabel('1.1.1 x')?.style)
    expect(readLabel('• x')?.style).not.toBe(readLabel('o x')?.style)
  })
})

describe('lone page numbers', () => {
  it.each(['3', '12', 'Page 3', 'page 3 of 7', 'Page 3 of 7', '- 3 -', '– 3 –', '3/7', '3 of 7', 'iv', 'XII', 'p. 3', '[3]'])('"%s" is a page number', (text) => {
    expect(isPageNumber(text)).toBe(true)
  })
  it.each(['civil', 'ill', 'Page three', 'Section 3', '3.1', '12345', '3 March', 'mix'])('"%s" is not', (text) => {
    expect(isPageNumber(text)).toBe(false)
  })
})

describe('bold font names', () => {
  it.each(['ABCDEF+LiberationSans-Bold', 'Arial,Bold', 'Arial-BoldMT', 'Calibri-BoldItalic', 'Montserrat-SemiBold', 'Roboto-Black', 'Futura-DemiBold', 'Helvetica-Bold'])(
    '%s is bold',
    (name) => expect(isBoldFontName(name)).toBe(true),
  )
  it.each(['ABCDEF+LiberationSerif', 'Arial,Italic', 'TimesNewRomanPSMT', 'Academica-Regular', 'Helvetica'])('%s is not', (name) =>
    expect(isBoldFontName(name)).toBe(false),
  )
})

describe('declared titles', () => {
  it.each([
    ['Staff Social Media Policy', 'Staff Social Media Policy'],
    ['  Staff   social media\npolicy ', 'Staff social media policy'],
    ['Microsoft Word - SM policy v3.docx', null],
    ['Microsoft Word - Staff Social Media Policy', null],
    ['SM policy v3.docx', null],
    ['C:\\Users\\jo\\policy', null],
    ['Untitled', null],
    ['Document1', null],
    ['policy', null],
    ['---', null],
    ['', null],
    [null, null],
  ])('%j gives %j', (declared, title) => {
    expect(meaningfulTitle(declared, 'policy.pdf')).toBe(title)
  })
})

describe('line-end hyphens', () => {
  const lexicon: Lexicon = { hyphenated: new Set(['well-being']), plain: new Set(['workplace']) }
  it.each([
    ['organi-', 'sation', false, 'join'],
    ['organi', 'sation', true, 'join'],
    ['well-', 'being', false, 'keep-hyphen'],
    ['work-', 'place', false, 'join'],
    ['e-', 'mail', false, 'keep-hyphen'],
    ['24-', 'hour', false, 'keep-hyphen'],
    ['face-to-', 'face', false, 'keep-hyphen'],
    ['pre-', '2025', false, 'keep-hyphen'],
    ['anti-', 'Fraud', false, 'keep-hyphen'],
    ['vulnera\u2010', 'ble', false, 'join'],
    ['council', 'and', false, 'space'],
    ['council –', 'and', false, 'space'],
    ['policy:', 'staff', false, 'space'],
    ['-', 'and', false, 'space'],
    // A real hyphen of a compound, not a hyphenator's break.
    ['socio-', 'economic', false, 'keep-hyphen'],
    ['(self-', 'employed', false, 'keep-hyphen'],
    ['non-', 'urgent', false, 'keep-hyphen'],
    // An address wrapped at its own punctuation is one word: its hyphen stays, a slash joins.
    ['https://intranet.example.gov.uk/social-', 'media/guidance.pdf', false, 'keep-hyphen'],
    ['www.example.gov.uk/approved-', 'accounts', false, 'keep-hyphen'],
    ['https://intranet.example.gov.uk/policies/', 'social-media', false, 'glue'],
    ['example.gov.uk/policies/', 'staff', false, 'glue'],
    // An address that ended the sentence, then a new one.
    ['https://example.gov.uk/', 'Staff', false, 'space'],
    ['and/', 'or', false, 'space'],
  ] as const)('%j + %j (soft hyphen: %s) → %s', (left, right, soft, how) => {
    expect(lineBreak(left, right, soft, lexicon)).toBe(how)
  })
})
