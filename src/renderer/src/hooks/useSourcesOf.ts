/**
 * The sources behind a set of clauses (a coverage cell's topic, a family's members), fetched
 * only when the user opens them: the matrix and the families carry clause ids, not wording.
 */
import type { SourceDocument } from '../../../shared/model'
import { api } from '../api/client'
import { useLoad, type Loaded } from './useLoad'

export function useSourcesOf(sourceIds: readonly string[]): Loaded<SourceDocument[]> {
  const key = [...sourceIds].sort().join(',')
  return useLoad(() => Promise.all(sourceIds.map((id) => api.getSource({ id }))), [key])
}
