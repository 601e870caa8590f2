/**
 * Comparing many sources at once: clause families, a coverage matrix, similar-clause lookup
 * and a check of one document for repeats and opposed duties. Pure functions over plain
 * clauses; see README.md in this folder.
 */
export { buildClauseIndex, defaultIndexOptions } from './clause-index'
export type { ClauseIndex, IndexOptions, IndexSource } from './clause-index'
export { buildFamilies, defaultFamilyOptions } from './families'
export type { FamilyMember, FamilyOptions, LibraryFamily } from './families'
export { coverageMatrix, defaultCoverageOptions } from './coverage'
export type { CoverageOptions } from './coverage'
export { defaultSimilarOptions, similarClauses } from './similar'
export type { SimilarClause, SimilarOptions } from './similar'
export { checkDocument, defaultCheckOptions } from './check-document'
export type { CheckOptions, DocumentCheck, DocumentIssue, IssueKind } from './check-document'
