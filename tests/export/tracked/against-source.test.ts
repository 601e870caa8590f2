import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources } from '../../../src/shared/compare/align'
import { draftAsSource } from '../../../src/shared/draft'
import { acceptAll, rejectAll, summariseChanges, trackedAgainstSource, trackedChanges, type TrackedDocument } from '../../../src/shared/export/tracked'
import { headingText } from '../../../src/shared/export/tracked/sides'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, SourceDocument } from '../../../src/shared/model'
import { policyClauses } from '../../../src/shared/model-clauses'
import { repoRoot } from '../../support/paths'
import { testSource } from '../../support/sources'
import { draftOf, draftSections, type Outline, sourceSections, texts } from './support'

const clause = (n: number, section: string[], text: string, label: string | null = null): Clause => ({ id: `base.${n}`, sourceId: 'base', section, label, level: 0, text, inline: text, topics: [] })

const CONDUCT = ['Policy', '2. Conduct online']
const CONDUCT_TEXTS = [
  'Staff must not post confidential council information on any social media site.',
  'Be polite and respectful to residents and colleagues in every online conversation.',
  'Do not use a council email address to register a personal social media account, and report any abuse you receive to your line manager straight away.',
  'Ask the communications team before you reply to press enquiries made through social media.',
]
const BASE = testSource('base', [clause(0, ['Policy', '1. Purpose'], 'This policy explains how staff should use social media.', '1.1'), ...CONDUCT_TEXTS.map((t, i) => clause(i + 1, CONDUCT, t, `2.${i + 1}`))])

function expectInvariants(tracked: TrackedDocument, draft: ReturnType<typeof draftOf>, base: SourceDocument): void {
  expect(acceptAll(tracked)).toEqual(draftSections(draft))
  expect(rejectAll(tracked)).toEqual(sourceSections(base))
}

describe('tracked changes against a source in the library', () => {
  it('pairs sections by heading whatever their numbers, and renumbered clauses show no change', () => {
    const draft = draftOf([
      { id: 's1', heading: 'Purpose', clauses: [{ id: 'd0', text: BASE.clauses[0]!.text }] },
      { id: 's2', heading: 'Conduct online', clauses: CONDUCT_TEXTS.slice(1).map((text, i) => ({ id: `d${i + 2}`, text })) },
    ])
    const tracked = trackedChanges(draft, BASE)
    expect(tracked.sections.map((s) => [s.heading, s.change, s.headingSegments])).toEqual([
      ['Purpose', undefined, undefined],
      ['Conduct online', undefined, undefined],
    ])
    expect(tracked.sections[1]!.clauses.map((c) => c.change ?? c.segments.map((s) => s.op).join())).toEqual(['deleted', 'equal', 'equal', 'equal'])
    expectInvariants(tracked, draft, BASE)
  })

  it('pairs a renamed section by where its clauses went, and shows the heading reworded', () => {
    const draft = draftOf([
      { id: 's1', heading: 'Purpose', clauses: [{ id: 'd0', text: BASE.clauses[0]!.text }] },
      { id: 's2', heading: 'Conduct on social media', clauses: CONDUCT_TEXTS.map((text, i) => ({ id: `d${i + 1}`, text })) },
    ])
    const tracked = trackedAgainstSource(draft, BASE)
    expect(tracked.sections[1]).toMatchObject({ heading: 'Conduct on social media' })
    expect(tracked.sections[1]!.change).toBeUndefined()
    expect(tracked.sections[1]!.headingSegments).toEqual([
      { text: 'Conduct ', op: 'equal' },
      { text: 'online', op: 'delete' },
      { text: 'on social media', op: 'insert' },
    ])
    expect(tracked.sections[1]!.clauses.every((c) => c.change === undefined && c.segments.length === 1)).toBe(true)
    expect(summariseChanges(tracked)).toMatchObject({ sectionsRenamed: 1, sectionsAdded: 0, sectionsRemoved: 0 })
    expectInvariants(tracked, draft, BASE)
  })

  it('shows a split as word changes on the part that kept most words, and the other part inserted', () => {
    const [first, second] = ['Do not use a council email address to register a personal social media account.', 'Report any abuse you receive to your line manager straight away.']
    const draft = draftOf([
      { id: 's1', heading: 'Purpose', clauses: [{ id: 'd0', text: BASE.clauses[0]!.text }] },
      {
        id: 's2',
        heading: 'Conduct online',
        clauses: [CONDUCT_TEXTS[0]!, CONDUCT_TEXTS[1]!, first, second, CONDUCT_TEXTS[3]!].map((text, i) => ({ id: `d${i + 1}`, text })),
      },
    ])
    const comparison = compareSources(BASE, draftAsSource(draft))
    expect(comparison.counts.split).toBe(1)
    const tracked = trackedAgainstSource(draft, BASE)
    const [kept, inserted] = [tracked.sections[1]!.clauses[2]!, tracked.sections[1]!.clauses[3]!]
    expect(kept.change).toBeUndefined()
    expect(kept.segments.filter((s) => s.op === 'delete').map((s) => s.text).join('')).toContain('report any abuse')
    expect(inserted).toMatchObject({ change: 'inserted', segments: [{ op: 'insert', text: second }] })
    expectInvariants(tracked, draft, BASE)
  })

  it('shows a merge as word changes against the part that gave most words, and the other part deleted', () => {
    const merged = `${CONDUCT_TEXTS[0]} ${CONDUCT_TEXTS[1]}`
    const draft = draftOf([
      { id: 's1', heading: 'Purpose', clauses: [{ id: 'd0', text: BASE.clauses[0]!.text }] },
      { id: 's2', heading: 'Conduct online', clauses: [merged, CONDUCT_TEXTS[2]!, CONDUCT_TEXTS[3]!].map((text, i) => ({ id: `d${i + 1}`, text })) },
    ])
    expect(compareSources(BASE, draftAsSource(draft)).counts.merged).toBe(1)
    const tracked = trackedAgainstSource(draft, BASE)
    // The longer second part gave most words: it carries the first part's words as inserted.
    const changes = tracked.sections[1]!.clauses.slice(0, 2).map((c) => c.change ?? c.segments.map((s) => `${s.op}:${s.text}`).join('|'))
    expect(changes).toEqual(['deleted', `insert:${CONDUCT_TEXTS[0]} |equal:${CONDUCT_TEXTS[1]}`])
    expectInvariants(tracked, draft, BASE)
  })

  it('gives removed base clauses their level within their section, as adding that section to a draft would', () => {
    // Typed numbers ("4.1") come in at their depth (level 2); an intro paragraph at 0 with its
    // list items at 1. Clamping the raw level printed 4.1, 4.1.1, 4.1.2 and put list items at
    // the intro's level.
    const typed = (n: number, text: string, level: number): Clause => ({ ...clause(n, ['Policy', '4. Conduct'], text, `4.${n}`), level })
    const listed = (n: number, text: string, level: number): Clause => ({ ...clause(n, ['Policy', '5. Accounts'], text, level ? '•' : null), level })
    const base = testSource('base', [
      clause(0, ['Policy', '1. Purpose'], 'This policy explains how staff should use social media.', '1.1'),
      typed(1, 'Staff must not post confidential council information online.', 2),
      typed(2, 'Be polite and respectful to residents in every online conversation.', 2),
      typed(3, 'Report any abuse you receive online to your line manager.', 2),
      listed(4, 'Official accounts are run by the communications team, who will:', 0),
      listed(5, 'approve every new account before it is opened;', 1),
      listed(6, 'keep a list of the people who hold its password.', 1),
    ])
    const draft = draftOf([{ id: 's1', heading: 'Purpose', clauses: [{ id: 'd0', text: base.clauses[0]!.text }] }])
    const tracked = trackedAgainstSource(draft, base)
    const levels = tracked.sections.map((s) => [s.heading, s.clauses.map((c) => `${c.change ?? 'same'} ${c.level}`)])
    expect(levels).toEqual([
      ['Purpose', ['same 1']],
      ['Conduct', ['deleted 1', 'deleted 1', 'deleted 1']],
      ['Accounts', ['deleted 1', 'deleted 2', 'deleted 2']],
    ])
    expectInvariants(tracked, draft, base)
  })
})

describe('tracked changes on the real pair: Riverside v1.0 as a draft against v0.3 as imported from Word', () => {
  let base: SourceDocument
  let draft: ReturnType<typeof draftOf>
  let tracked: TrackedDocument
  beforeAll(async () => {
    const load = (name: string): Promise<SourceDocument> => importFile({ name: path.basename(name), bytes: new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', name))), importedAt: '2026-01-01T00:00:00Z' })
    base = await load('riverside-social-media-policy-v0.3.docx')
    const approved = await load('src/riverside-social-media-policy-v1.0.md')
    const outline: Outline = []
    let key: string | undefined
    // A draft holds policy text: v1.0's document control and version history are its own front matter.
    policyClauses(approved).forEach((c, i) => {
      if (JSON.stringify(c.section) !== key) {
        key = JSON.stringify(c.section)
        outline.push({ id: `s${outline.length}`, heading: headingText(c.section.at(-1) ?? ''), clauses: [] })
      }
      outline.at(-1)!.clauses.push({ id: `c${i}`, text: c.text })
    })
    draft = draftOf(outline, 'Social Media Policy')
    tracked = trackedAgainstSource(draft, base)
  }, 60_000)

  it('accepts to v1.0 and rejects to v0.3, clause by clause', () => {
    expect(texts(acceptAll(tracked))).toEqual(texts(draftSections(draft)))
    expect(texts(rejectAll(tracked))).toEqual(texts(sourceSections(base)))
    expectInvariants(tracked, draft, base)
  })

  it("leaves v0.3's document control and version history out: not text the draft revises, so never shown deleted", () => {
    const frontMatter = base.clauses.filter((c) => c.role === 'front-matter')
    expect(frontMatter.length).toBeGreaterThan(4)
    const shown = new Set(tracked.sections.flatMap((s) => s.clauses.map((c) => c.segments.map((g) => g.text).join(''))))
    for (const clause of frontMatter) expect(shown.has(clause.text)).toBe(false)
    expect(tracked.sections.map((s) => s.heading)).not.toContain('Document control')
    expect(tracked.sections.map((s) => s.heading)).not.toContain('Version history')
  })

  it('reports the documented changes: a new Elections section, clause 4.4 moved, 4.3 removed, renumbered sections unchanged', () => {
    const summary = summariseChanges(tracked)
    console.log(`Riverside v0.3 -> v1.0 tracked: ${JSON.stringify(summary)}`)
    expect(tracked.sections.filter((s) => s.change === 'inserted').map((s) => s.heading)).toEqual(['Elections and the pre-election period'])
    expect(tracked.sections.filter((s) => s.change === 'deleted')).toEqual([])
    // "8. Monitoring" became "9. Monitoring": the same heading, no mark.
    const monitoringSection = tracked.sections.find((s) => s.heading === 'Monitoring')!
    expect([monitoringSection.change, monitoringSection.headingSegments]).toEqual([undefined, undefined])
    const label = (l: string): string => base.clauses.find((c) => c.label === l)!.id
    const all = tracked.sections.flatMap((s) => s.clauses)
    expect(all.find((c) => c.clauseId === label('4.3'))?.change).toBe('deleted')
    expect(all.find((c) => c.clauseId === label('4.4'))?.change).toBe('moved-from')
    // Renumbered only (v0.3 8.1 is v1.0 9.1): one equal segment.
    const monitoring = tracked.sections.find((s) => s.heading === 'Monitoring')!
    expect(monitoring.clauses[0]!.segments).toEqual([{ text: base.clauses.find((c) => c.label === '8.1')!.text, op: 'equal' }])
    expect(summary.clausesNew).toBeGreaterThan(0)
    expect(summary.clausesChanged).toBeGreaterThan(0)
    expect(summary.clausesMoved).toBeGreaterThanOrEqual(1)
  })
})
