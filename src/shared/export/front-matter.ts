/**
 * The front matter a committee clerk expects before the policy itself: a title block, the
 * document control table (version history) and the approval / sign-off table with blank cells
 * for signatures, from the draft's metadata and its named versions.
 */
import type { DraftMetadata } from '../model'
import { dayOf, longDate } from './dates'
import type { TableBlock, TitleBlock } from './model'

/** A named version of the draft, as the document control table lists it. */
export interface VersionEntry {
  name: string
  note: string
  /** ISO 8601 timestamp. */
  createdAt: string
  /** Who owned the draft when the version was named. */
  owner?: string
}

const STATUS: Record<DraftMetadata['status'], string> = {
  draft: 'Draft',
  consultation: 'Consultation draft',
  approved: 'Approved',
  superseded: 'Superseded',
}

export function statusWords(status: DraftMetadata['status']): string {
  return STATUS[status] ?? status
}

export function titleBlock(md: DraftMetadata, date: string): TitleBlock {
  const line = [md.version && `Version ${md.version}`, statusWords(md.status), longDate(date)].filter(Boolean).join(' · ')
  return { kind: 'title', title: md.title, subtitle: [md.organisation, line].filter(Boolean) }
}

/**
 * Oldest first, as a version history reads. The version being exported ends the table unless a
 * named version of the same name is already there.
 */
export function documentControl(md: DraftMetadata, versions: readonly VersionEntry[], date: string, author: string): TableBlock {
  const named = [...versions].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  const rows = named.map((v) => [v.name, longDate(dayOf(v.createdAt)), v.owner || md.owner, v.note])
  if (!named.some((v) => v.name === md.version)) rows.push([md.version, longDate(date), md.owner || author, `${statusWords(md.status)} for approval`])
  return { kind: 'table', role: 'document-control', caption: 'Document control', header: ['Version', 'Date', 'Author / owner', 'Summary of changes'], rows }
}

/** One row a sign-off: who approves, where, when, and cells left blank for the signature. */
export function approvalTable(md: DraftMetadata): TableBlock {
  return {
    kind: 'table',
    role: 'approval',
    caption: 'Approval',
    header: ['Committee', 'Approver', 'Date approved', 'Review due', 'Signature'],
    rows: [[md.committee, md.approver, longDate(md.approvedOn), longDate(md.reviewDue), '']],
    blankColumns: [4],
  }
}
