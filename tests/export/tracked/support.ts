/** Drafts for the tracked-changes tests: built as plain data, and what accept/reject must give. */
import { normaliseSpace } from '../../../src/shared/text/normalise-space'
import type { ResolvedSection } from '../../../src/shared/export/tracked'
import { headingText } from '../../../src/shared/export/tracked/sides'
import type { Draft, DraftClause, SourceDocument } from '../../../src/shared/model'
import { policyClauses } from '../../../src/shared/model-clauses'

export type Outline = { id: string; heading: string; clauses: (Pick<DraftClause, 'id' | 'text'> & { level?: number })[] }[]

export function draftOf(sections: Outline, title = 'Staff social media policy'): Draft {
  return {
    id: 'd'.repeat(16),
    metadata: {
      title,
      organisation: 'Eastbrook Borough Council',
      version: '1.0',
      status: 'draft',
      owner: '',
      approver: '',
      committee: '',
      approvedOn: null,
      reviewDue: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    sections: sections.map((s) => ({ id: s.id, heading: s.heading, clauses: s.clauses.map(({ level, ...c }) => ({ note: '', ...c, level: clampLevel(level) })) })),
  }
}

/** The draft's sections and clause texts, as accept-all must give them. */
export function draftSections(draft: Draft): ResolvedSection[] {
  return draft.sections.map((s) => ({ heading: normaliseSpace(s.heading), clauses: s.clauses.map((c) => normaliseSpace(c.text)) }))
}

/** A source's sections (a run of clauses with one heading trail) and texts, as reject-all must give them. */
export function sourceSections(source: SourceDocument): ResolvedSection[] {
  const out: ResolvedSection[] = []
  let key: string | undefined
  for (const clause of policyClauses(source)) {
    const k = JSON.stringify(clause.section)
    if (k !== key) {
      key = k
      out.push({ heading: headingText(clause.section.at(-1) ?? ''), clauses: [] })
    }
    out.at(-1)!.clauses.push(normaliseSpace(clause.text))
  }
  return out
}

export const texts = (sections: ResolvedSection[]): string[] => sections.flatMap((s) => s.clauses)

function clampLevel(level: number | undefined): 1 | 2 | 3 {
  return level === 2 || level === 3 ? level : 1
}
