/**
 * exportFileName reads an ASCII title with an ASCII expression (export/file-name.ts, a speed-up
 * of issue 9): held to the Unicode reading, letters and digits of any script kept, on any title.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../src/shared/export/file-name'

/** The name by the Unicode expression alone. */
function byUnicode(title: string, suffix = ''): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'policy'
  return `${base}${suffix ? `-${suffix}` : ''}.docx`
}

const pieces = ['Records', ' ', '-', '_', '.', '/', '\\', '2026', 'é', 'e\u0301', '’', 'Ω', '٣', '\u0000', '\u007F', '\u0080', '\t', 'CON', '…']

describe('exportFileName', () => {
  it('names a file as the Unicode expression does, ASCII titles and others', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), fc.constantFrom('', 'tracked'), (title, suffix) => {
        expect(exportFileName(title, 'docx', suffix)).toBe(byUnicode(title, suffix))
      }),
      { numRuns: 3000 },
    )
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (title) => {
      expect(exportFileName(title, 'docx')).toBe(byUnicode(title))
    }), { numRuns: 2000 })
  })

  it('keeps ASCII letters and digits, one hyphen for each run of anything else', () => {
    expect(exportFileName('  Records -- Retention Policy (v2.1)  ', 'docx')).toBe('Records-Retention-Policy-v2-1.docx')
    expect(exportFileName('Café Policy', 'md', 'pack')).toBe('Café-Policy-pack.md')
  })
})
