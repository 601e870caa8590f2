/**
 * The library list as the user arranges it: grouped by organisation or by kind, narrowed by a
 * filter, and each source's line saying what tells it apart from its neighbours (the date, and
 * the file name when two sources share a title, as two versions of one policy do). Pure.
 */
import type { SourceKind, SourceSummary } from '../../../shared/model'
import { organisationOf } from './coverage-cells'

export type GroupBy = 'organisation' | 'kind' | 'none'

export interface SourceGroup {
  label: string
  sources: SourceSummary[]
}

const NO_ORGANISATION = 'Organisation not known'

function matches(source: SourceSummary, words: string[]): boolean {
  const hay = `${source.title} ${organisationOf(source)} ${source.origin} ${source.date ?? ''}`.toLowerCase()
  return words.every((w) => hay.includes(w))
}

/** Groups in alphabetical order (the unknown organisation last), sources in the library's order within each. */
export function groupSources(sources: readonly SourceSummary[], by: GroupBy, filter: string, kindLabels: Record<SourceKind, string>): SourceGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = sources.filter((s) => matches(s, words))
  if (by === 'none') return shown.length ? [{ label: 'All sources', sources: shown }] : []
  const groups = new Map<string, SourceSummary[]>()
  for (const s of shown) {
    const label = by === 'kind' ? kindLabels[s.kind] : organisationOf(s) || NO_ORGANISATION
    groups.set(label, [...(groups.get(label) ?? []), s])
  }
  return [...groups.entries()]
    .map(([label, list]) => ({ label, sources: list }))
    .sort((a, b) => (a.label === NO_ORGANISATION ? 1 : b.label === NO_ORGANISATION ? -1 : a.label.localeCompare(b.label)))
}

/** "2011-04-12 · riverside-v0.3.docx": the date always, the file name when the title and date do not tell the source apart. */
export function distinguishing(source: SourceSummary, all: readonly SourceSummary[]): string {
  const sameTitle = all.some((o) => o.id !== source.id && o.title.toLowerCase() === source.title.toLowerCase())
  const date = source.date ?? `imported ${source.importedAt.slice(0, 10)}`
  // Note: two sources of one organisation with different titles and dates are told apart by
  // those; the file name (cut short in the narrow column) is added only when they are not.
  const organisation = organisationOf(source)
  const dateOf = (o: SourceSummary): string => o.date ?? `imported ${o.importedAt.slice(0, 10)}`
  const sameOrganisationAndDate = organisation !== '' && all.some((o) => o.id !== source.id && organisationOf(o) === organisation && dateOf(o) === date)
  return sameTitle || sameOrganisationAndDate ? `${date} · ${source.origin}` : date
}

/**
 * A title as shown under its organisation's heading: "Riverside Borough Council Social Media
 * Policy" under RIVERSIDE BOROUGH COUNCIL reads "Social Media Policy", since the heading just
 * said whose it is, and the narrow library column wrapped every such title to three lines.
 * `said` is the part left out of sight, kept for screen readers so the accessible name is the
 * whole title as before. A title that is only the organisation's name is shown whole.
 */
export function titleUnder(title: string, groupLabel: string): { said: string; shown: string } {
  if (!title.toLowerCase().startsWith(groupLabel.toLowerCase())) return { said: '', shown: title }
  const rest = title.slice(groupLabel.length)
  const shown = rest.replace(/^[\s:,–—-]+/, '')
  if (shown === '' || rest === shown || !/^[\s:,–—-]/.test(rest)) return { said: '', shown: title }
  return { said: title.slice(0, title.length - shown.length), shown }
}
