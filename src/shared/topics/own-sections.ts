/**
 * Which headings of a document describe its clauses. The document's title, its subtitle, and a
 * single top heading holding everything head every section trail, but say what the whole
 * document is about, not what one clause is about: tagged from them, every clause of
 * "Using social media at work and in your own time" would carry "Personal use". So a heading's
 * topic reaches only the clauses of its own section, and these headings reach none.
 */

/**
 * Every clause's trail with the document-level headings taken off the front:
 * - a heading that begins every non-empty trail (the title, a subtitle holding the whole body,
 *   a single top heading), repeatedly, as long as something is left below it for some clause;
 * - the document's first heading when it is unnumbered and comes before any clause (the title
 *   of a document whose sections sit at the same level as its title).
 * Clauses before any heading keep their empty trail.
 */
export function ownSectionTrails(trails: readonly (readonly string[])[], firstHeading?: string): readonly (readonly string[])[] {
  const out = trails
  let depth = 0
  for (;;) {
    const nonEmpty = out.filter((t) => t.length > 0)
    // A clause sitting directly under the headings taken so far ends the search: the next
    // heading down no longer holds everything.
    if (nonEmpty.length === 0 || nonEmpty.some((t) => t.length <= depth)) break
    const head = nonEmpty[0]![depth]
    if (!nonEmpty.every((t) => t[depth] === head)) break
    // Note: a document of one section with no subheadings keeps nothing: its only heading is
    // its title, which says no more about one clause than another.
    depth++
  }
  // Note: clauses under the same headings share one trail (segment.ts), so each distinct trail is cut once and its cut shared.
  const cuts = new Map<readonly string[], string[]>()
  return out.map((t) => {
    const known = cuts.get(t)
    if (known) return known
    let own = t.slice(Math.min(depth, t.length))
    if (firstHeading !== undefined && own[0] === firstHeading && isTitleLike(firstHeading)) own = own.slice(1)
    cuts.set(t, own)
    return own
  })
}

/** An unnumbered heading ("Social media at Wealdham"), not a section ("1. Purpose"). */
function isTitleLike(heading: string): boolean {
  return !/^\s*(\d+(\.\d+)*\.?|[A-Z]\.|[ivx]+\.)\s/i.test(heading)
}
