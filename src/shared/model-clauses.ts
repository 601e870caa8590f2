/**
 * Which clauses are the policy. A source keeps its document-control and version-history lines
 * as front-matter clauses so the reader can show them, but they are not policy text: every
 * engine that compares, groups, covers or checks clauses takes them through this one helper.
 */
import type { Clause } from './model'

/** True for a clause that is policy text (no role: not front matter, not a table's header row). */
export function isPolicyClause(clause: Pick<Clause, 'role'>): boolean {
  return clause.role === undefined
}

/** The clauses of a source (or a list of clauses) that are policy text, in reading order. */
export function policyClauses<C extends Pick<Clause, 'role'>>(source: { readonly clauses: readonly C[] } | readonly C[]): C[] {
  const clauses = Array.isArray(source) ? (source as readonly C[]) : (source as { readonly clauses: readonly C[] }).clauses
  return clauses.filter(isPolicyClause)
}
