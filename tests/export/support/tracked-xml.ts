/**
 * A TrackedDocument written as the plainest WordprocessingML that says it: one paragraph per
 * heading and clause, revisions as Word marks them. Not the product's writer (that is the docx
 * writer in src/shared/export/docx/): a reference for tests, showing that the tracked model is
 * enough to write, and what each change means for paragraph marks:
 *   inserted / deleted paragraph: its mark and its text are w:ins / w:del;
 *   moved: a w:moveFrom / w:moveTo range with the mark marked too; word changes at the new
 *   place are w:ins / w:del inside the moveTo range;
 *   kept: its words as equal runs, w:ins and w:del.
 */
import type { TrackedDocument, TrackedSegment } from '../../../src/shared/export/tracked'

const AUTHOR = 'w:author="Policy Workbench" w:date="2026-01-01T00:00:00Z"'

export function trackedToDocumentXml(tracked: TrackedDocument): string {
  let id = 0
  const next = (): number => ++id
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const run = (text: string, deleted = false): string => (text ? `<w:r><w:${deleted ? 'delText' : 't'} xml:space="preserve">${esc(text)}</w:${deleted ? 'delText' : 't'}></w:r>` : '')
  const wrap = (kind: string, inner: string): string => (inner ? `<w:${kind} w:id="${next()}" ${AUTHOR}>${inner}</w:${kind}>` : '')
  const segments = (list: readonly TrackedSegment[], equalIn?: 'moveTo'): string =>
    list.map((s) => (s.op === 'insert' ? wrap('ins', run(s.text)) : s.op === 'delete' ? wrap('del', run(s.text, true)) : equalIn ? wrap(equalIn, run(s.text)) : run(s.text))).join('')
  const paragraph = (style: string, mark: string | undefined, body: string): string =>
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${mark ? `<w:rPr><w:${mark} w:id="${next()}" ${AUTHOR}/></w:rPr>` : ''}</w:pPr>${body}</w:p>`
  const out: string[] = []
  for (const section of tracked.sections) {
    if (section.change === 'inserted') out.push(paragraph('Heading1', 'ins', wrap('ins', run(section.heading))))
    else if (section.change === 'deleted') out.push(paragraph('Heading1', 'del', wrap('del', run(section.heading, true))))
    else out.push(paragraph('Heading1', undefined, section.headingSegments ? segments(section.headingSegments) : run(section.heading)))
    for (const clause of section.clauses) {
      const style = `Clause${clause.level}`
      const text = clause.segments.map((s) => s.text).join('')
      if (clause.change === 'inserted') out.push(paragraph(style, 'ins', wrap('ins', run(text))))
      else if (clause.change === 'deleted') out.push(paragraph(style, 'del', wrap('del', run(text, true))))
      else if (clause.change === 'moved-from' || clause.change === 'moved-to') {
        const kind = clause.change === 'moved-from' ? 'moveFrom' : 'moveTo'
        const range = next()
        const body = kind === 'moveFrom' ? wrap('moveFrom', run(text)) : segments(clause.segments, 'moveTo')
        out.push(paragraph(style, kind, `<w:${kind}RangeStart w:id="${range}" w:name="${clause.moveName}" ${AUTHOR}/>${body}<w:${kind}RangeEnd w:id="${range}"/>`))
      } else out.push(paragraph(style, undefined, segments(clause.segments)))
    }
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${out.join('')}<w:p/><w:sectPr/></w:body></w:document>`
}
