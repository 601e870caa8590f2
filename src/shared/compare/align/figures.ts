/**
 * Figures two clauses share: a time, an amount, an age, a count of days written in digits
 * ("before 9.30am" / "by 9.30am", "a replacement fee of £10" / "a new one costs £10", "after
 * 24 weeks of pregnancy" / "stillborn after 24 weeks"). A rewrite changes the words around a
 * figure and keeps the figure, so a figure that one clause of each document holds, and no other
 * clause of either, ties the two together where the words share almost nothing. Comparison terms
 * drop numbers (a number shared by many clauses is noise), so the figure is read here from the
 * identity text.
 *
 * Note: on the tune revisions (35 pairs), every figure held by exactly one clause of each side
 * was in a gold pair (84 of 84, document-control rows aside); a figure held by two clauses of a
 * side says nothing about which.
 */

/** Units a count keeps: "24 weeks" and "24 hours" are two figures, not one. */
const UNIT = String.raw`(?:minute|hour|day|night|week|month|year|mile)s?\b`

/** Words between a count and its unit that do not change what is counted ("four consecutive weeks"). */
const QUALIFIER = String.raw`(?:(?:consecutive|working|calendar|whole|full)\s)?`

/** A figure: digits, with a currency sign before and a unit after kept (am, pm, %, or a unit). */
const FIGURE = new RegExp(String.raw`(?:[£$€]\s?)?\d+(?:[.:,]\d+)*(?:\s?(?:(?:am|pm)\b|%)|\s${QUALIFIER}${UNIT})?`, 'gi')

/**
 * Counts written in words read as digits when a unit follows: "four consecutive weeks" / "four
 * weeks in a row" and "5 working days" / "five working days" are one figure.
 */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const COUNTED = new RegExp(String.raw`\b(${NUMBER_WORDS.join('|')})\s(?=${QUALIFIER}${UNIT})`, 'gi')

/**
 * Version and section numbers ("1.3", "2.0") and years ("2026") say which document or when, not
 * what a clause requires: the same version or year stands in document-control lines and bylines
 * of both versions.
 */
const NOT_A_FIGURE = /^(?:\d+\.\d+|(?:19|20)\d\d)$/

/** The distinct figures of a clause's identity text, as written (lower case, no spaces, no qualifier, unit singular). */
export function figuresIn(identity: string): string[] {
  const out = new Set<string>()
  const text = identity.replace(COUNTED, (_, word: string) => `${NUMBER_WORDS.indexOf(word.toLowerCase()) + 1} `)
  for (const m of text.matchAll(FIGURE)) {
    const f = m[0].toLowerCase().replace(/\s(?:consecutive|working|calendar|whole|full)\b/, '').replace(/\s/g, '').replace(/s$/, '')
    if (!NOT_A_FIGURE.test(f)) out.add(f)
  }
  return [...out]
}

/** Whether a text may hold a count in words (COUNTED without its global state). */
const COUNTED_TEST = new RegExp(COUNTED.source, 'i')

/**
 * figuresIn of a clause's identity, kept by text (bounded, like the stem cache): a source's
 * clauses are read for figures in every comparison it takes part in, and the service reads
 * them when it prepares the source, off the request (features.ts readyForComparisons). The
 * list is shared: never changed by a caller.
 */
export function heldFigures(identity: string): readonly string[] {
  // Note: most clauses hold no digit at all; the pattern runs only on those that do.
  if (!/\d/.test(identity) && !COUNTED_TEST.test(identity)) return NONE
  let found = figuresOf.get(identity)
  if (!found) {
    if (figuresOf.size >= FIGURES_KEPT) figuresOf.clear()
    figuresOf.set(identity, (found = figuresIn(identity)))
  }
  return found
}

const NONE: readonly string[] = []
const figuresOf = new Map<string, string[]>()
const FIGURES_KEPT = 4096

/** A figure held by exactly one clause of A (a) and one of B (b). */
export interface FigureLink {
  figure: string
  a: number
  b: number
}

/**
 * The figures each held by exactly one clause of each side, with those clauses. `usable` says
 * which clauses may hold one (not a table row, byline or title: a version history row repeats
 * figures of the text).
 */
export function figureLinks(aIdentities: readonly string[], bIdentities: readonly string[], usable: { a: (i: number) => boolean; b: (j: number) => boolean }): FigureLink[] {
  const holders = (identities: readonly string[]): Map<string, number[]> => {
    const m = new Map<string, number[]>()
    identities.forEach((text, k) => {
      for (const f of heldFigures(text)) {
        const list = m.get(f)
        if (list) list.push(k)
        else m.set(f, [k])
      }
    })
    return m
  }
  const inA = holders(aIdentities)
  const inB = holders(bIdentities)
  const links: FigureLink[] = []
  for (const [figure, as] of inA) {
    const bs = inB.get(figure)
    if (as.length !== 1 || bs?.length !== 1) continue
    if (usable.a(as[0]!) && usable.b(bs[0]!)) links.push({ figure, a: as[0]!, b: bs[0]! })
  }
  return links
}
