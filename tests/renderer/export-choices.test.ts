/**
 * The Export dialog's picks as the API's options: Word-only choices stay out of Markdown and
 * web pages, a committee pack needs a base, a custom marking is its own text, and the status
 * bar says what was saved.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_CHOICES, exportOptions, savedMessage, whyNotReady, type ExportChoices } from '../../src/renderer/src/state/export-choices'

const pick = (change: Partial<ExportChoices>): ExportChoices => ({ ...DEFAULT_CHOICES, ...change })

describe('export choices', () => {
  it('asks for a plain Word document by default', () => {
    expect(exportOptions(DEFAULT_CHOICES)).toEqual({ format: 'docx', numbering: 'decimal', tableOfContents: false, provenance: 'none', notesAsComments: false })
    expect(whyNotReady(DEFAULT_CHOICES)).toBeNull()
  })

  it('passes every Word choice through', () => {
    const options = exportOptions(
      pick({ numbering: 'alpha', provenance: 'comments', notesAsComments: true, tableOfContents: true, marking: 'OFFICIAL', base: 'version', versionId: 'v1', pack: true, template: { name: 't.docx', base64: 'UEsDBA==' } }),
    )
    expect(options).toEqual({
      format: 'docx',
      numbering: 'alpha',
      provenance: 'comments',
      notesAsComments: true,
      tableOfContents: true,
      protectiveMarking: 'OFFICIAL',
      against: { version: 'v1' },
      pack: true,
      referenceBase64: 'UEsDBA==',
    })
    expect(exportOptions(pick({ base: 'source', sourceId: 's9' })).against).toEqual({ sourceId: 's9' })
  })

  it('leaves Word-only choices out of Markdown and web pages', () => {
    const options = exportOptions(pick({ format: 'md', provenance: 'comments', notesAsComments: true, base: 'version', versionId: 'v1', pack: true, template: { name: 't.docx', base64: 'x' } }))
    expect(options).toEqual({ format: 'md', numbering: 'decimal', tableOfContents: false, provenance: 'appendix' })
  })

  it('will not make a committee pack without a base, and says why', () => {
    const choices = pick({ pack: true })
    expect(whyNotReady(choices)).toMatch(/committee pack .*choose one under “Tracked changes against”/)
    expect(exportOptions(choices).pack).toBeUndefined()
    expect(whyNotReady(pick({ base: 'version' }))).toBe('Choose the version to show changes against.')
  })

  it('prints a custom marking as written, and asks for one left empty', () => {
    expect(exportOptions(pick({ marking: 'custom', customMarking: '  OFFICIAL: PERSONAL ' })).protectiveMarking).toBe('OFFICIAL: PERSONAL')
    expect(whyNotReady(pick({ marking: 'custom', customMarking: ' ' }))).toMatch(/protective marking/)
    expect(exportOptions(pick({ marking: 'none' })).protectiveMarking).toBeUndefined()
  })

  it('says what was saved, from the file name and its summary', () => {
    expect(savedMessage({ fileName: 'Staff-social-media-policy.docx', summary: 'Word document, 42 clauses.' })).toBe('Saved Staff-social-media-policy.docx (Word document, 42 clauses).')
    expect(savedMessage({ fileName: 'a.md', summary: '' })).toBe('Saved a.md.')
  })
})
