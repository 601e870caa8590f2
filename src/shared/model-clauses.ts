/**
 * Which clauses are the policy. A source keeps its document-control and version-history lines
 * as front-matter clauses so the reader can show them, but they are not policy text: every
 * engine that compares, groups, covers or checks clauses takes them through this one helper.
 */
// Note: typed by the one field it reads, not by model.ts's Clause, so that model.ts's summarise
// can count policy clauses through it without an import cycle (tests/architecture.test.ts).
/** What these helpers read of a clause: its role (model.ts ClauseRole), absent on policy text. */
type WithRole = { readonly role?: string | undefined }

/** True for a clause that is policy text (no role: not front matter, not a table's header row). */
export function isPolicyClause(clause: WithRole): boolean {
  return clause.role === undefined
}

/** The clauses of a source (or a list of clauses) that are policy text, in reading order. */
export function policyClauses<C extends WithRole>(source: { readonly clauses: readonly C[] } | readonly C[]): C[] {
  const clauses = Array.isArray(source) ? (source as readonly C[]) : (source as { readonly clauses: readonly C[] }).clauses
  return clauses.filter(isPolicyClause)
}
