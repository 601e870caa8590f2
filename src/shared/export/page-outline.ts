/**
 * What the Markdown and HTML exports print, decided once: the title, one metadata line, the
 * sections and clauses with the numbers the draft pane shows (and Word prints), and the rows of
 * the optional provenance appendix. The two writers only mark it up.
 */
import { clauseState, draftLabels } from '../draft/state'
import { normaliseSpace } from '../text/normalise-space'
import type { Draft, DraftClauseState, DraftStatus } from '../model'

export type PageProvenance = 'none' | 'appendix'

export interface PageOptions {
  /** 'appendix': a table of where each clause came from, after the policy. Default 'none'. */
  provenance?: PageProvenance
}

export interface PageClause {
  /** As printed: "1.1". */
  number: string
  /** 1 clause, 2 sub-clause, 3 sub-sub-clause. */
  level: number
  text: string
}

export interface PageSection {
  number: string
  heading: string
  clauses: PageClause[]
}

export interface ProvenanceRow {
  clause: string
  source: string
  sourceClause: string
  state: string
}

export interface PageOutline {
  title: string
  /** "Eastbrook Borough Council | Version 1.0 | Draft | Owner: ... | Review due 1 March 2028". */
  metadata: string
  sections: PageSection[]
  /** Present when the appendix was asked for. */
  provenance?: ProvenanceRow[]
}

export const PROVENANCE_HEADING = 'Appendix: where each clause came from'
export const PROVENANCE_COLUMNS = ['Clause', 'Source', 'Source clause', 'Wording'] as const

const STATUS: Record<DraftStatus, string> = { draft: 'Draft', consultation: 'For consultation', approved: 'Approved', superseded: 'Superseded' }
const STATE: Record<DraftClauseState, string> = { verbatim: 'Verbatim', adapted: 'Adapted', new: 'New' }
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-03-12" as a British reader writes it, "12 March 2026"; anything else as given. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso
}

export function pageOutline(draft: Draft, options: PageOptions = {}): PageOutline {
  const labels = draftLabels(draft)
  const sections = draft.sections.map((section) => ({
    number: labels.sections[section.id] ?? '',
    heading: normaliseSpace(section.heading),
    clauses: section.clauses.map((clause) => ({
      number: labels.clauses[clause.id] ?? '',
      level: clause.level,
      text: normaliseSpace(clause.text),
    })),
  }))
  const outline: PageOutline = { title: normaliseSpace(draft.metadata.title) || 'Untitled policy', metadata: metadataLine(draft), sections }
  if (options.provenance === 'appendix') {
    outline.provenance = draft.sections.flatMap((section) =>
      section.clauses.map((clause) => ({
        clause: labels.clauses[clause.id] ?? '',
        source: clause.origin ? normaliseSpace(clause.origin.sourceTitle) : '',
        sourceClause: clause.origin?.label ?? '',
        state: STATE[clauseState(clause)],
      })),
    )
  }
  return outline
}

function metadataLine(draft: Draft): string {
  const m = draft.metadata
  const parts = [
    m.organisation,
    m.version && `Version ${m.version}`,
    STATUS[m.status] ?? '',
    m.owner && `Owner: ${m.owner}`,
    m.approver && `Approver: ${m.approver}`,
    m.committee && `Committee: ${m.committee}`,
    m.approvedOn && `Approved on ${longDate(m.approvedOn)}`,
    m.reviewDue && `Review due ${longDate(m.reviewDue)}`,
  ]
  return parts.map((p) => normaliseSpace(p ?? '')).filter((p) => p).join(' | ')
}
