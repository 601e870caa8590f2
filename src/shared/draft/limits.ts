/**
 * How big a draft may grow. One set of numbers for the reducer (which refuses to grow a draft
 * past them) and for the draft file (which refuses a file past them), so that every draft the
 * app makes can be saved and opened again, and a hostile file cannot make the app choke.
 * Note: real policies have tens of clauses; these are far above anything an author writes.
 */
export const DRAFT_LIMITS = {
  /** Clauses in one draft, over all its sections. */
  clauses: 10_000,
  sections: 1_000,
  /** Named versions kept in one draft file. */
  versions: 200,
  /** Characters of a clause's text (and of the source text it came from). */
  textChars: 100_000,
  noteChars: 20_000,
  headingChars: 1_000,
  /** Characters of a metadata field, a source title or a version name. */
  fieldChars: 1_000,
  /** Characters of an id or a clause label. */
  idChars: 200,
  /** Characters of a whole draft file. */
  fileChars: 64 * 1024 * 1024,
} as const

/** Ids the draft gives sections, clauses and versions: safe as object keys and in file names. */
export const DRAFT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/
