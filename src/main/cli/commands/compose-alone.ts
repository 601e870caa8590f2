/**
 * compose --in-memory with nothing to import, without a service: the draft kept and exported
 * as the in-memory service would keep and export it, minus opening SQLite for a workspace that
 * is thrown away at exit. Each step is the service's own code (its adopt's copy, its export),
 * so the two cannot give different drafts or bytes (tests/cli/compose-alone.test.ts).
 */
import type { ExportDraftRequest, ExportedFile } from '../../../shared/api'
import { canonicalDraft } from '../../../shared/draft/canonical'
import { WorkbenchError } from '../../../shared/errors'
import type { Draft } from '../../../shared/model'
import { randomUuid } from '../random-bytes'

/** The draft as the service's adoptDraft keeps it (service/drafts.ts): its own fields, a new id. */
export function keepAlone(draft: Draft): Draft {
  return { ...canonicalDraft(draft), id: randomUuid() }
}

/** The draft exported by the service's export, over the one draft and no versions or library. */
export async function exportAlone(request: ExportDraftRequest, draft: Draft): Promise<ExportedFile> {
  const { exportDraft } = await import('../../service/exports')
  const noLibrary = (): never => {
    throw new WorkbenchError('internal', 'compose without a workspace has no library to read.')
  }
  return exportDraft(request, { draft: () => draft, versions: () => [], source: noLibrary, compare: noLibrary })
}
