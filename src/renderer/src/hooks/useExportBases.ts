/**
 * What the Export dialog offers as a base for tracked changes: the open draft's named versions
 * (newest first) and the library's sources, both asked for when the dialog opens.
 */
import type { DraftVersionSummary } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { api } from '../api/client'
import { useLoad, type Loaded } from './useLoad'

export interface ExportBases {
  versions: DraftVersionSummary[]
  sources: SourceSummary[]
}

export function useExportBases(draftId: string): Loaded<ExportBases> {
  return useLoad(async () => {
    const [versions, sources] = await Promise.all([api.listDraftVersions({ id: draftId }), api.listSources()])
    return { versions, sources }
  }, [draftId])
}
