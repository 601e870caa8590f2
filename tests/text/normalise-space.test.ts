import { describe, expect, it } from 'vitest'
import { normaliseSpace } from '../../src/shared/text/normalise-space'
import { normaliseSpace as fromImportBlocks } from '../../src/shared/import/blocks'
import { clauseState } from '../../src/shared/draft'
import type { DraftClause } from '../../src/shared/model'

describe('normaliseSpace', () => {
  it('makes every whitespace run one space and trims the ends', () => {
    expect(normaliseSpace('  Staff\tmust\n\nnot\u00a0 post.  ')).toBe('Staff must not post.')
    expect(normaliseSpace(' \n\t ')).toBe('')
  })

  it('is the one function importers and the draft share', () => {
    expect(fromImportBlocks).toBe(normaliseSpace)
    // A re-wrapped clause is still verbatim: the draft compares with the same rule.
    const origin = { sourceId: 's', clauseId: 'c', sourceTitle: 'S', label: null, originalText: 'Staff must not post.' }
    expect(clauseState({ id: 'x', text: 'Staff must\nnot  post.', note: '', origin } as DraftClause)).toBe('verbatim')
    expect(clauseState({ id: 'x', text: 'Staff may not post.', note: '', origin } as DraftClause)).toBe('adapted')
  })
})
