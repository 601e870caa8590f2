/**
 * Comparing two sources: align their clauses (reworded, reordered, moved, split, merged),
 * then diff the words inside each pair. See ../../../../../shared/ARCHITECTURE.md, "Comparing".
 */
export { alignClauses, type AlignedGroup, type ClauseAlignment, type GroupKind } from './align'
export { compareSources, comparisonRows, countRows, joinTexts, prepareSource } from './compare-sources'
export { identityText, type PreparedClause, type PreparedMemo } from './features'
export { type AlignOptions, type CompareOptions, DEFAULT_ALIGN_OPTIONS } from './options'
