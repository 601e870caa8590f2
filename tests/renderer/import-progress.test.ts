/** The import progress model: counts as answers arrive, duplicates apart, cancelled files, advice. */
import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../src/shared/api'
import type { SourceSummary } from '../../src/shared/model'
import { addResults, adviceFor, countResults, describeCounts, finishProgress, runningLine, startProgress } from '../../src/renderer/src/state/import-progress'

const source = { id: 'a', title: 'A', clauseCount: 3 } as SourceSummary
const ok = (file: string, duplicate = false): ImportResult => ({ file, ok: true, source, duplicate })
const bad = (file: string): ImportResult => ({ file, ok: false, error: { code: 'unsupported-format', message: `${file}: cannot be read`, file } })

describe('import progress', () => {
  it('says in the status bar how far a running import has got (the examples learn their total with the first answer)', () => {
    expect(runningLine(addResults(startProgress(14), [ok('a.docx'), bad('b.doc')]))).toBe('Importing: 2 of 14 files done…')
    expect(runningLine(startProgress(0))).toBe('Importing: 0 files done…')
  })

  it('counts imported, already in the library and failed files apart, as each answer arrives', () => {
    let p = startProgress(5)
    p = addResults(p, [ok('a.docx')])
    expect(countResults(p)).toEqual({ imported: 1, already: 0, failed: 0, skipped: 0 })
    p = addResults(p, [ok('b.pdf', true), bad('c.doc')])
    p = addResults(p, [ok('d.md'), ok('e.txt')])
    p = finishProgress(p, false)
    expect(countResults(p)).toEqual({ imported: 3, already: 1, failed: 1, skipped: 0 })
    expect(describeCounts(countResults(p))).toBe('Imported 3 files; 1 file already in the library; 1 file could not be imported (see the import report).')
  })

  it('says how many files a cancel left out', () => {
    const p = finishProgress(addResults(startProgress(4), [ok('a.docx')]), true)
    expect(p).toMatchObject({ running: false, cancelled: true })
    expect(countResults(p).skipped).toBe(3)
    expect(describeCounts(countResults(p))).toBe('Imported 1 file; 3 not imported: cancelled.')
  })

  it('tells the user to save .doc and .rtf files as .docx in Word, and nothing for other failures', () => {
    expect(adviceFor(bad('minutes.DOC'))).toMatch(/save it as \.docx in Word first/)
    expect(adviceFor(bad('policy.rtf'))).toMatch(/save it as \.docx in Word first/)
    expect(adviceFor(bad('broken.docx'))).toBeNull()
    expect(adviceFor(ok('policy.doc'))).toBeNull()
  })
})
