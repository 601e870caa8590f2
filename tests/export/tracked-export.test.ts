/**
 * The tracked-changes export end to end: a draft written as Word revisions (a) against a named
 * version of itself after edits, moves, removals and new sections, and (b) against a foreign
 * source (Riverside v0.3 as imported from Word, the draft composed from v1.0). Accept All gives
 * the draft's headings and clauses, Reject All the base's, paragraph by paragraph; every part
 * validates; LibreOffice opens both; revision ids unique and moves paired.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyDraftAction, type SimpleDraftAction } from '../../src/shared/draft'
import { inlineRuns, renderDocx, runsText } from '../../src/shared/export'
import { trackedChanges } from '../../src/shared/export/tracked'
import { headingText } from '../../src/shared/export/tracked/sides'
import { buildTrackedExport } from '../../src/shared/export/tracked-blocks'
import { importFile } from '../../src/shared/import/import-file'
import type { Draft, SourceDocument } from '../../src/shared/model'
import { normaliseSpace } from '../../src/shared/text/normalise-space'
import { repoRoot } from '../support/paths'
import { fixedContext, policyDraft } from './support/drafts'
import { FIXED } from './support/exports'
import { printedTexts } from './support/libreoffice'
import { docxParts } from './support/package'
import { documentXmlOf, resolveRevisions, type Resolution, revisionProblems } from './support/revisions'
import { validateDocxFiles } from './support/schema'
import { structureProblems } from './support/structure'
import { canRun, requireTool } from './support/tools'
import { draftOf, type Outline, sourceSections } from './tracked/support'

const NUMBERED = new Set(['Heading1', 'Clause1', 'Clause2', 'Clause3'])

/** The headings and clauses Word leaves after Accept All or Reject All. */
const resolvedBody = (bytes: Uint8Array, how: Resolution): string[] =>
  resolveRevisions(documentXmlOf(bytes), how)
    .filter((p) => p.style && NUMBERED.has(p.style))
    .map((p) => p.text)

/** A draft's headings and clauses as the plain export prints them (inline marks gone). */
const draftBody = (draft: Draft): string[] =>
  draft.sections.flatMap((s) => [normaliseSpace(s.heading), ...s.clauses.map((c) => runsText(inlineRuns(normaliseSpace(c.text))))])

const sourceBody = (source: SourceDocument): string[] => sourceSections(source).flatMap((s) => [s.heading, ...s.clauses])

/** The policy after version 0.3: a clause reworded, one moved, one removed, a section renamed, a new section. */
function editedPolicy(): { version: Draft; draft: Draft } {
  const version = policyDraft()
  const ctx = fixedContext()
  const s1 = version.sections[0]!.id
  const actions: SimpleDraftAction[] = [
    { type: 'edit-clause', clauseId: 'c1', text: 'Do not share anything you have learnt at work that the council has not made public.' },
    { type: 'move-clause', clauseId: 'c4', to: { sectionId: 's2', index: 3 } },
    { type: 'remove-clause', clauseId: 'c6' },
    { type: 'rename-section', sectionId: s1, heading: 'Your own social media accounts' },
    { type: 'add-section', id: 's3', index: 2, heading: 'Breaches of this policy' },
    { type: 'add-clause', id: 'c8', at: { sectionId: 's3', index: 0 }, text: 'A breach may lead to disciplinary action.' },
    { type: 'add-clause', id: 'c9', at: { sectionId: 's3', index: 1 }, level: 2, text: 'Serious breaches are gross misconduct.' },
    { type: 'add-clause', id: 'c10', at: { sectionId: 's2', index: 0 }, text: 'Elections need extra care.' },
  ]
  return { version, draft: applyDraftAction(version, { type: 'batch', actions }, ctx) }
}

async function riverside(): Promise<{ base: SourceDocument; draft: Draft }> {
  const load = (name: string): Promise<SourceDocument> => importFile({ name: path.basename(name), bytes: new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', name))), importedAt: '2026-01-01T00:00:00Z' })
  const base = await load('riverside-social-media-policy-v0.3.docx')
  const approved = await load('src/riverside-social-media-policy-v1.0.md')
  const outline: Outline = []
  let key: string | undefined
  approved.clauses.forEach((c, i) => {
    if (JSON.stringify(c.section) !== key) {
      key = JSON.stringify(c.section)
      outline.push({ id: `s${outline.length}`, heading: headingText(c.section.at(-1) ?? ''), clauses: [] })
    }
    outline.at(-1)!.clauses.push({ id: `c${i}`, text: c.text, level: Math.min(3, Math.max(1, c.level)) })
  })
  return { base, draft: draftOf(outline, 'Social Media Policy') }
}

interface Case {
  draft: Draft
  bytes: Uint8Array
  expectedRejected: string[]
}
const cases: Record<string, Case> = {}

beforeAll(async () => {
  const own = editedPolicy()
  const ownDoc = buildTrackedExport(own.draft, trackedChanges(own.draft, own.version), { ...FIXED, provenance: 'comments', notesAsComments: true, numbering: 'alpha' })
  cases['version'] = { draft: own.draft, bytes: await renderDocx(ownDoc), expectedRejected: draftBody(own.version) }
  const foreign = await riverside()
  const foreignDoc = buildTrackedExport(foreign.draft, trackedChanges(foreign.draft, foreign.base), { ...FIXED, provenance: 'appendix' })
  cases['source'] = { draft: foreign.draft, bytes: await renderDocx(foreignDoc), expectedRejected: sourceBody(foreign.base) }
}, 60_000)

describe('tracked export', () => {
  it.each(['version', 'source'])('against a %s: Accept All gives the draft, Reject All the base, clause by clause', (name) => {
    const c = cases[name]!
    expect(resolvedBody(c.bytes, 'accept')).toEqual(draftBody(c.draft))
    expect(resolvedBody(c.bytes, 'reject')).toEqual(c.expectedRejected)
  })

  it.each(['version', 'source'])('against a %s: revision ids unique, every move paired and closed, numbering on every paragraph', (name) => {
    const xml = documentXmlOf(cases[name]!.bytes)
    expect(revisionProblems(xml)).toEqual([])
    // Note: Riverside's own version table ("0.1 | 10 January 2011 | ...") imports as clauses
    // whose words begin with a version number; that is the policy's text, not a typed number.
    const own = [...draftBody(cases[name]!.draft), ...cases[name]!.expectedRejected]
    const problems = structureProblems(docxParts(cases[name]!.bytes)).filter((p) => {
      const quoted = /typed number: "(.*)"$/.exec(p)?.[1]
      return !(quoted && own.some((t) => t.startsWith(quoted)))
    })
    expect(problems).toEqual([])
    expect(xml).toContain('<w:moveFrom ')
    expect(xml).toContain('<w:moveTo ')
    expect(xml).toContain('<w:ins ')
    expect(xml).toContain('<w:del ')
  })

  it('numbers a deleted clause like the others and types no number', () => {
    const own = editedPolicy()
    const doc = buildTrackedExport(own.draft, trackedChanges(own.draft, own.version), FIXED)
    const deleted = doc.blocks.find((b) => b.kind === 'clause' && b.change === 'deleted')
    expect(deleted).toMatchObject({ kind: 'clause', level: 2, runs: [{ text: 'Do not like or share posts by candidates.' }] })
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.kind === 'heading' && b.number, b.kind === 'heading' && b.change])).toEqual([
      ['1', undefined],
      ['2', undefined],
      ['3', 'inserted'],
    ])
  })

  it('is byte-identical for the same draft, base and options', async () => {
    const own = editedPolicy()
    const again = await renderDocx(buildTrackedExport(own.draft, trackedChanges(own.draft, own.version), { ...FIXED, provenance: 'comments', notesAsComments: true, numbering: 'alpha' }))
    expect(again).toEqual(cases['version']!.bytes)
  })
})

describe.runIf(canRun('xmllint'))('tracked export: schema validity', () => {
  it('every part of both files validates against wml.xsd', () => {
    requireTool('xmllint')
    const result = validateDocxFiles({ version: cases['version']!.bytes, source: cases['source']!.bytes })
    expect(result.errors).toEqual([])
    expect(result.checked).toContain('version word/comments.xml')
  }, 120_000)
})

describe.runIf(canRun('soffice'))('tracked export: LibreOffice', () => {
  it('opens both files', () => {
    requireTool('soffice')
    const printed = printedTexts({ version: cases['version']!.bytes, source: cases['source']!.bytes })
    expect(Object.keys(printed).sort()).toEqual(['source', 'version'])
    expect(printed['version']).toContain('Breaches of this policy')
    expect(printed['source']).toContain('Monitoring')
  }, 240_000)
})
