/**
 * The committee pack as data: the cover report in a council's shape, the summary of changes in
 * words from the counts, Appendix A the clean policy and Appendix B the tracked version, each
 * numbering from 1, and comments kept apart. The rendered file's proofs: pack-docx-proof.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { AUTHOR_PLACEHOLDER, buildCommitteePack, buildExport, changeParagraphs, type ExportBlock, type ExportDocument, parseExportOptions } from '../../src/shared/export'
import { summariseChanges, trackedChanges } from '../../src/shared/export/tracked'
import type { ChangeSummary } from '../../src/shared/export/tracked'
import type { Draft } from '../../src/shared/model'
import { policyDraft } from './support/drafts'
import { FIXED } from './support/exports'
import { loadCorpus, RIVERSIDE, sourceAsDraft, trackedExport, withoutFrontMatter } from './support/pack-inputs'

const NONE: ChangeSummary = { clausesNew: 0, clausesChanged: 0, clausesRemoved: 0, clausesMoved: 0, sectionsAdded: 0, sectionsRemoved: 0, sectionsRenamed: 0 }
const texts = (blocks: readonly ExportBlock[]): string[] =>
  blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'plain-heading' ? `## ${b.text}` : b.kind === 'title' ? `# ${b.title}` : `[${b.kind}]`))

describe('the summary of changes in words', () => {
  it('says each count of clauses and sections, leaving out the ones that are none', () => {
    expect(changeParagraphs({ name: 'version 0.2', changes: { ...NONE, clausesNew: 3, clausesChanged: 5, clausesRemoved: 1, clausesMoved: 2, sectionsAdded: 1 } })).toEqual([
      'Since version 0.2: 3 clauses new, 5 changed, 1 removed and 2 moved.',
      'Sections: 1 section added.',
      'A clause that moved and was also reworded counts as both moved and changed.',
    ])
    expect(changeParagraphs({ name: 'version 0.2', changes: { ...NONE, clausesRemoved: 1, sectionsRemoved: 2, sectionsRenamed: 1 } })).toEqual([
      'Since version 0.2: 1 clause removed.',
      'Sections: 2 sections removed and 1 renamed.',
    ])
    expect(changeParagraphs({ name: 'version 0.2', changes: { ...NONE, sectionsAdded: 1 } })).toEqual(["No clause's wording has changed since version 0.2.", 'Sections: 1 section added.'])
  })

  it('says when nothing changed, and when there is no earlier version', () => {
    expect(changeParagraphs({ name: 'version 0.2', changes: NONE })).toEqual(['The wording is unchanged since version 0.2.'])
    expect(changeParagraphs(null)).toEqual(['There is no earlier version to compare with, so every clause is new.'])
  })
})

describe('the committee pack against a base (Riverside v1.0 as the draft, v0.3 as the base)', () => {
  let draft: Draft
  let clean: ExportDocument
  let tracked: ExportDocument
  let changes: ChangeSummary
  let pack: ExportDocument
  beforeAll(async () => {
    const base = withoutFrontMatter(await loadCorpus(RIVERSIDE.base))
    draft = sourceAsDraft(await loadCorpus(RIVERSIDE.approvedText))
    const options = parseExportOptions(FIXED)
    clean = buildExport(draft, options)
    const changed = trackedChanges(draft, base)
    changes = summariseChanges(changed)
    tracked = trackedExport(changed, clean)
    pack = buildCommitteePack({ draft, clean, tracked, changes, baseName: 'version 0.3', options })
  }, 60_000)

  it('opens with a cover report in the council shape, its implications left for the author', () => {
    const appendixA = pack.blocks.findIndex((b) => b.kind === 'plain-heading' && b.text.startsWith('Appendix A'))
    const cover = texts(pack.blocks.slice(0, appendixA - 1))
    expect(cover).toEqual([
      '# Corporate Resources Committee: Social Media Policy',
      'Report of: Sam Patel, Head of Communications',
      'Date: 12 March 2026',
      '## Purpose of the report',
      'To ask the committee to approve the Social Media Policy (version 1.0), set out at Appendix A.',
      '## Recommendation',
      'That the committee approves the Social Media Policy at Appendix A.',
      '## Background',
      `Riverside Borough Council's Social Media Policy (version 1.0, draft) has ${draft.sections.length} sections and ${draft.sections.flatMap((s) => s.clauses).length} clauses. It replaces version 0.3; Appendix B shows every change since then as tracked changes, which can be read in Word's review pane.`,
      '## Summary of changes since version 0.3',
      ...changeParagraphs({ name: 'version 0.3', changes }),
      '## Consultation',
      AUTHOR_PLACEHOLDER,
      '## Implications',
      ...['Financial', 'Legal', 'Equalities', 'Risk'].map((k) => `${k} implications: ${AUTHOR_PLACEHOLDER}`),
      '## Appendices',
      'Appendix A: Social Media Policy',
      'Appendix B: Social Media Policy, with tracked changes since version 0.3',
      'Contact officer: Sam Patel, Head of Communications',
    ])
    // The real pair's documented changes reach the cover in words.
    expect(changes.sectionsAdded).toBe(1)
    expect(cover.join('\n')).toMatch(/Since version 0\.3: \d+ clauses? new, .*moved\./)
    expect(cover.join('\n')).toContain('Sections: 1 section added.')
    // The cover numbers nothing: no numbered heading or clause before the first appendix.
    expect(pack.blocks.slice(0, appendixA).some((b) => b.kind === 'heading' || b.kind === 'clause')).toBe(false)
  })

  it('then the clean policy as Appendix A and the tracked version as Appendix B, each numbering from 1', () => {
    const at = (text: string) => pack.blocks.findIndex((b) => b.kind === 'plain-heading' && b.text === text)
    const a = at('Appendix A: Social Media Policy')
    const b = at('Appendix B: Social Media Policy, with tracked changes since version 0.3')
    expect(a).toBeGreaterThan(0)
    expect(b).toBeGreaterThan(a)
    expect(pack.blocks.slice(a - 1, a + 2).map((x) => x.kind)).toEqual(['page-break', 'plain-heading', 'restart-numbering'])
    expect(pack.blocks.slice(a + 2, b - 1)).toEqual(clean.blocks)
    expect(pack.blocks.slice(b - 1, b + 2).map((x) => x.kind)).toEqual(['page-break', 'plain-heading', 'restart-numbering'])
    expect(pack.blocks.slice(b + 2)).toEqual(tracked.blocks)
    expect(pack.blocks.filter((x) => x.kind === 'restart-numbering')).toHaveLength(2)
    expect(pack.meta).toEqual(clean.meta)
  })
})

describe('the committee pack without a base', () => {
  it('says there is no earlier version and has Appendix A only', () => {
    const draft = policyDraft()
    const options = parseExportOptions({ ...FIXED, provenance: 'comments' })
    const clean = buildExport(draft, options)
    const pack = buildCommitteePack({ draft, clean, tracked: null, changes: null, baseName: null, options })
    const all = texts(pack.blocks)
    expect(all[0]).toBe('# Staffing Committee: Staff social media policy')
    expect(all).toContain('That the committee approves the Staff social media policy at Appendix A.')
    expect(all).toContain('## Summary of changes')
    expect(all).toContain('There is no earlier version to compare with, so every clause is new.')
    expect(all.find((t) => t.includes('There is no earlier version: this is a new policy.'))).toBeDefined()
    expect(all.filter((t) => t.startsWith('## Appendix'))).toEqual(['## Appendix A: Staff social media policy'])
    expect(all.some((t) => t.includes('Appendix B'))).toBe(false)
    expect(pack.comments).toEqual(clean.comments)
  })
})

describe('comments in both appendices', () => {
  it('numbers the tracked appendix comments after the clean one, references with them', () => {
    const draft = policyDraft()
    const options = parseExportOptions({ ...FIXED, provenance: 'comments' })
    const clean = buildExport(draft, options)
    expect(clean.comments.length).toBeGreaterThan(0)
    const tracked: ExportDocument = {
      ...clean,
      comments: [{ id: 0, author: 'Jo Brown', date: '2026-03-12T00:00:00Z', paragraphs: ['Moved from 2.1'] }],
      blocks: [{ kind: 'heading', text: 'One', number: '1' }, { kind: 'clause', id: 'x', level: 1, number: '1.1', runs: [{ text: 'Text.' }], comments: [0], change: 'inserted' }],
    }
    const pack = buildCommitteePack({ draft, clean, tracked, changes: { ...NONE, clausesNew: 1 }, baseName: 'version 0.2', options })
    const n = clean.comments.length
    expect(pack.comments.map((c) => c.id)).toEqual([...clean.comments.map((c) => c.id), n])
    expect(pack.comments.at(-1)!.paragraphs).toEqual(['Moved from 2.1'])
    const last = pack.blocks.at(-1)!
    expect(last.kind === 'clause' && last.comments).toEqual([n])
    const referenced = pack.blocks.flatMap((b) => (b.kind === 'clause' ? b.comments : [])).sort((x, y) => x - y)
    expect(referenced).toEqual(pack.comments.map((c) => c.id))
  })
})
