/**
 * compose keeps the draft it built without writing and reading a draft file's text (the
 * service's adoptDraft). What it keeps and shows must be what opening that file kept and
 * showed: the same draft field for field and in the same order (the --json output), and the
 * same draft read back from the workspace; only the new id differs, random either way.
 */
import { describe, expect, it } from 'vitest'
import { composeDraft, parseRecipe, serializeDraftFile, type ResolveClause } from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import { WorkbenchService } from '../../src/main/service/workbench-service'

const recipe = JSON.stringify({
  title: '  Staff social media policy ',
  metadata: { organisation: 'Eastbrook Borough Council', version: '0.3', status: 'consultation', owner: 'Jo Brown', reviewDue: '2027-03-31' },
  sections: [
    { heading: 'Your own accounts', clauses: [{ text: 'Keep work and personal accounts apart.', note: 'HR to confirm.' }, { from: 'northmoor.docx#4.2', level: 2 }, { text: 'Ask first.', level: 3 }] },
    { heading: '', clauses: [] },
    { heading: 'Elections', clauses: [{ from: 'northmoor.docx#a.9' }, { text: 'Follow the [guidance](https://www.gov.uk) & "quotes".' }] },
  ],
})

const resolve: ResolveClause = (from) =>
  from.clauseId === 'nowhere'
    ? new WorkbenchError('not-found', 'no such clause')
    : { sourceId: 'a'.repeat(64), sourceTitle: 'Northmoor District Council', clauseId: `a.${from.clauseId}`, label: from.clauseId === '4.2' ? '4.2' : null, text: `Source text of ${from.clauseId}.`, level: 1 }

const withoutId = (json: string): string => json.replace(/"id": "[0-9a-f-]{36}"/, '"id": "<new>"')

describe('compose keeps its draft as opening its draft file would', () => {
  it('gives the same draft, in the same order, shown and read back', async () => {
    let n = 0
    const draft = composeDraft(parseRecipe(recipe, 'recipe.json'), resolve, { newId: () => `id-${++n}`, now: () => '2026-03-01T09:00:00.000Z' }, 'recipe.json')
    const service = new WorkbenchService({ host: 'cli' })
    try {
      const opened = await service.openDraftFile({ fileName: 'recipe.json', text: serializeDraftFile(draft) })
      const adopted = await service.adoptDraft(draft)
      expect(adopted.draft.id).not.toBe(opened.draft.id)
      expect(withoutId(JSON.stringify(adopted, null, 2))).toBe(withoutId(JSON.stringify(opened, null, 2)))
      const [readOpened, readAdopted] = [await service.getDraft({ id: opened.draft.id }), await service.getDraft({ id: adopted.draft.id })]
      expect(withoutId(JSON.stringify(readAdopted, null, 2))).toBe(withoutId(JSON.stringify(readOpened, null, 2)))
      expect((await service.listDrafts()).length).toBe(2)
    } finally {
      service.workspace.close()
    }
  })
})
