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

const dateOf = (s: SourceSummary): string => s.date ?? `imported ${s.importedAt.slice(0, 10)}`

/**
 * Each source's line, by id: "2011-04-12 · riverside-v0.3.docx", the date always, the file
 * name when title and date do not tell the source apart. Note: two sources of one organisation
 * with different titles and dates are told apart by those; the file name (cut short in the
 * narrow column) is added only when they are not. Worked out for the whole list at once, by
 * counting, so a long library is read once per render, not once per source.
 */
export function distinguishers(all: readonly SourceSummary[]): Map<string, string> {
  const count = (keys: string[]): Map<string, number> => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())
  const titleKey = (s: SourceSummary): string => s.title.toLowerCase()
  const organisationKey = (s: SourceSummary): string | null => {
    const organisation = organisationOf(s)
    return organisation === '' ? null : `${organisation}\u0000${dateOf(s)}`
  }
  const titles = count(all.map(titleKey))
  const organisations = count(all.map(organisationKey).filter((k): k is string => k !== null))
  return new Map(
    all.map((s) => {
      const key = organisationKey(s)
      const apart = (titles.get(titleKey(s)) ?? 0) < 2 && (key === null || (organisations.get(key) ?? 0) < 2)
      return [s.id, apart ? dateOf(s) : `${dateOf(s)} · ${s.origin}`]
    }),
  )
}

/** One source's line among `all` (see `distinguishers`). */
export function distinguishing(source: SourceSummary, all: readonly SourceSummary[]): string {
  return distinguishers(all).get(source.id) ?? dateOf(source)
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
