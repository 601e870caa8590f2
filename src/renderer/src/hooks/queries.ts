/**
 * What the views read, one hook each: views ask for data by what it is, these hooks call the
 * API (through useLoad, so a stale answer never overwrites a newer one and a failure comes
 * back as words). Changes live in useLibrary and useDraft.
 */
// Note: results named by the method that returns them, so these hooks follow the contract
// wherever its types are declared.
import type { ApiResult } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { api } from '../api/client'
import { earlyRequests } from './early-requests'
import { useLoad, type Loaded } from './useLoad'

/** The host, its version and the formats it reads: asked once. */
export function useAppInfo(): Loaded<ApiResult<'getAppInfo'>> {
  return useLoad(() => api.getAppInfo(), [])
}

const earlySources = earlyRequests<ApiResult<'getSource'>>()

/** Asks for a source now, from the click that opens its tab (early-requests.ts), as coverageEarly does. */
export function sourceEarly(sourceId: string): void {
  earlySources.ask(sourceId, () => api.getSource({ id: sourceId }))
}

export function useSource(sourceId: string): Loaded<ApiResult<'getSource'>> {
  return useLoad(() => earlySources.take(sourceId) ?? api.getSource({ id: sourceId }), [sourceId])
}

/** At most this many hits are asked for; the view says "100+" when it gets them all. */
export const SEARCH_LIMIT = 100

export function useSearch(query: string): Loaded<ApiResult<'search'>> {
  return useLoad(() => api.search({ query, limit: SEARCH_LIMIT }), [query])
}

export function useSimilar(clauseId: string): Loaded<ApiResult<'similar'>> {
  return useLoad(() => api.similar({ clauseId, perSource: 1, limit: 8 }), [clauseId])
}

/** Recomputed whenever the library's list changes. */
export function useFamilies(sources: readonly SourceSummary[]): Loaded<ApiResult<'families'>> {
  return useLoad(() => api.families({}), [sources])
}

const coverageKey = (draftId: string | null): string => (draftId ? `draft:${draftId}` : 'library')
const askForCoverage = (draftId: string | null): Promise<ApiResult<'coverage'>> => api.coverage(draftId ? { draftId, withFamilies: false } : { withFamilies: false })
const earlyCoverage = earlyRequests<ApiResult<'coverage'>>()

/**
 * Asks for the coverage matrix now, from the click that opens its tab (early-requests.ts): the
 * service works it out while React draws the tab. Note: measured on a first open, that drawing
 * took 20-45 ms of script before the view's own effect used to send the request.
 */
export function coverageEarly(draftId: string | null): void {
  earlyCoverage.ask(coverageKey(draftId), () => askForCoverage(draftId))
}

/** The request coverageEarly started in this turn, else a new one: what useCoverage loads. */
export function takeOrAskCoverage(draftId: string | null): Promise<ApiResult<'coverage'>> {
  return earlyCoverage.take(coverageKey(draftId)) ?? askForCoverage(draftId)
}

/** libraryVersion: the library's change counter; the open draft's updatedAt reloads too. */
export function useCoverage(libraryVersion: number, draft: { id: string; updatedAt: string } | null): Loaded<ApiResult<'coverage'>> {
  return useLoad(() => takeOrAskCoverage(draft?.id ?? null), [libraryVersion, draft?.id, draft?.updatedAt])
}

/** What to check for repeats and conflicts: a source, or the draft as it stands now. */
export type CheckTarget = { sourceId: string } | { draftId: string; updatedAt: string }

export function useCheck(target: CheckTarget): Loaded<ApiResult<'checkSource'>> {
  const key = 'sourceId' in target ? `source:${target.sourceId}` : `draft:${target.draftId}:${target.updatedAt}`
  return useLoad(() => ('sourceId' in target ? api.checkSource({ id: target.sourceId }) : api.checkDraft({ id: target.draftId })), [key])
}

/** Two sources, or two versions of a draft ("current" for the draft as it is now). */
export type ComparisonTarget = { a: string; b: string } & ({ kind: 'sources' } | { kind: 'versions'; draftId: string })

const comparisonKey = (target: ComparisonTarget): string => (target.kind === 'sources' ? `sources:${target.a}:${target.b}` : `versions:${target.draftId}:${target.a}:${target.b}`)
const askForComparison = (target: ComparisonTarget): Promise<ApiResult<'compare'>> =>
  target.kind === 'sources' ? api.compare({ a: target.a, b: target.b }) : api.compareDraftVersions({ draftId: target.draftId, a: target.a, b: target.b })
const earlyComparisons = earlyRequests<ApiResult<'compare'>>()

/**
 * Asks for a comparison now, from the action that opens its view (early-requests.ts): the view
 * about to mount takes this request rather than starting its own once it has rendered.
 */
export function compareEarly(target: ComparisonTarget): void {
  earlyComparisons.ask(comparisonKey(target), () => askForComparison(target))
}

export function useComparison(target: ComparisonTarget): Loaded<ApiResult<'compare'>> {
  const key = comparisonKey(target)
  return useLoad(() => earlyComparisons.take(key) ?? askForComparison(target), [key])
}

/**
 * A saved version, read only. Note: here rather than on the draft session because its tab
 * stays open, and readable, after the draft itself is closed.
 */
export function useDraftVersion(versionId: string): Loaded<ApiResult<'getDraftVersion'>> {
  return useLoad(() => api.getDraftVersion({ versionId }), [versionId])
}
