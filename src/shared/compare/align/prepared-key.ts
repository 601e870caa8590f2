/**
 * What a source's prepared clauses (prepareSource) are made from, as one string: for each of its
 * policy clauses in order, whether a label was printed (all a title needs of it) and its text.
 * Two reads of a source with the same key prepare to the same clauses, so a service may keep
 * them across changes to the library that leave the source's clauses as they were (its title
 * edited, another source imported), and must prepare again when the key differs.
 */
import type { SourceDocument } from '../../model'
import { policyClauses } from '../../model-clauses'
import { clauseText } from './features'

export function preparedKey(source: Pick<SourceDocument, 'clauses'>): string {
  // Note: each text led by its length, so that no two lists of clauses join to one key
  // whatever characters the texts hold.
  return policyClauses(source)
    .map((c) => {
      const text = clauseText(c)
      return `${typeof c?.label === 'string' && c.label !== '' ? 'L' : '-'}${text.length}:${text}`
    })
    .join('')
}
