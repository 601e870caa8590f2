/**
 * What a compose recipe is once read (`policy-workbench compose RECIPE.json`): sections of
 * clauses, each taken from a source file ("FILE#CLAUSE-ID") or written out. Types and the one
 * rule every reader of a recipe shares, with nothing to load (no schema library).
 */
import type { EditableMetadata } from './actions'

export interface RecipeClauseRef {
  file: string
  clauseId: string
}

/** `level`: 2 for a sub-clause, 3 for a sub-sub-clause; a clause (1) when left out. */
export type RecipeClause = ({ from: RecipeClauseRef } | { text: string }) & { note?: string; level?: 1 | 2 | 3 }

export interface Recipe {
  title: string
  metadata: Partial<Omit<EditableMetadata, 'title'>>
  sections: { heading: string; clauses: RecipeClause[] }[]
}

/** "FILE#CLAUSE-ID", split at the last "#" (file names may hold one; clause ids never do). */
export function parseFrom(from: string): RecipeClauseRef | null {
  const hash = from.lastIndexOf('#')
  const file = from.slice(0, hash).trim()
  const clauseId = from.slice(hash + 1).trim()
  return hash < 0 || !file || !clauseId ? null : { file, clauseId }
}
