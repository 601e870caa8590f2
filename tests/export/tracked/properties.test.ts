/**
 * The two invariants over random drafts and random edits, against both kinds of base: accept
 * all gives exactly the draft (sections and clause texts, in order); reject all gives exactly
 * the base. Plus: every move is named once on each side, and levels are 1..3.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { draftAsSource } from '../../../src/shared/draft'
import { acceptAll, rejectAll, trackedAgainstSource, trackedAgainstVersion, type TrackedDocument } from '../../../src/shared/export/tracked'
import { acceptedTexts, rejectedTexts, revisionProblems } from '../support/revisions'
import { trackedToDocumentXml } from '../support/tracked-xml'
import { apply, build, editArb, outlineArb } from './arbitraries'
import { draftOf, draftSections, sourceSections } from './support'

function expectWellFormed(tracked: TrackedDocument): void {
  const names = new Map<string, string[]>()
  for (const clause of tracked.sections.flatMap((s) => s.clauses)) {
    expect(clause.level).toBeGreaterThanOrEqual(1)
    expect(clause.level).toBeLessThanOrEqual(3)
    if (clause.change === 'moved-from' || clause.change === 'moved-to') {
      expect(clause.moveName).toBeTruthy()
      names.set(clause.moveName!, [...(names.get(clause.moveName!) ?? []), clause.change])
    } else expect(clause.moveName).toBeUndefined()
  }
  for (const sides of names.values()) expect(sides.sort()).toEqual(['moved-from', 'moved-to'])
}

describe('tracked changes: accept all gives the draft, reject all gives the base', () => {
  it('against a named version of the draft (clauses paired by id)', () => {
    fc.assert(
      fc.property(outlineArb, fc.array(editArb, { maxLength: 8 }), (shape, edits) => {
        const baseOutline = build(shape)
        const base = draftOf(baseOutline)
        const draft = draftOf(apply(baseOutline, edits))
        const tracked = trackedAgainstVersion(draft, base)
        expect(acceptAll(tracked)).toEqual(draftSections(draft))
        expect(rejectAll(tracked)).toEqual(draftSections(base))
        expectWellFormed(tracked)
      }),
      { numRuns: 200 },
    )
  })

  it('against a source (clauses paired by the comparison engine)', () => {
    fc.assert(
      fc.property(outlineArb, fc.array(editArb, { maxLength: 8 }), (shape, edits) => {
        const baseOutline = build(shape)
        const source = draftAsSource(draftOf(baseOutline, 'Last year'))
        const draft = draftOf(apply(baseOutline, edits))
        const tracked = trackedAgainstSource(draft, source)
        expect(acceptAll(tracked)).toEqual(draftSections(draft))
        expect(rejectAll(tracked)).toEqual(sourceSections(source))
        expectWellFormed(tracked)
      }),
      { numRuns: 100 },
    )
  })
})

describe('tracked changes written as WordprocessingML: the revision checker agrees with the model', () => {
  // Note: the trailing empty paragraph stands for the body's last paragraph, which holds sectPr.
  const paragraphs = (sections: { heading: string; clauses: string[] }[]): string[] => [...sections.flatMap((s) => [s.heading, ...s.clauses]), '']

  it('accepting all in document.xml gives the draft, rejecting all gives the base', () => {
    fc.assert(
      fc.property(outlineArb, fc.array(editArb, { maxLength: 8 }), (shape, edits) => {
        const baseOutline = build(shape)
        const base = draftOf(baseOutline)
        const draft = draftOf(apply(baseOutline, edits))
        const xml = trackedToDocumentXml(trackedAgainstVersion(draft, base))
        expect(acceptedTexts(xml)).toEqual(paragraphs(draftSections(draft)))
        expect(rejectedTexts(xml)).toEqual(paragraphs(draftSections(base)))
        expect(revisionProblems(xml)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
