/**
 * The organisation a title names at its start: "Riverside Borough Council Social Media Policy",
 * "Northmoor District Council: Social Media Policy". A Word file, a PDF or a Markdown page
 * rarely states its organisation as a field; the title usually does. Without this, imported
 * policies had no organisation unless a control table named one, and the library grouped
 * Riverside's two versions and Northmoor under "Organisation not known", beside sources whose
 * title left no doubt whose they were.
 *
 * What counts: the title's first words, each capitalised (or a joining "and" / "of" / "for" /
 * "&"), ending as a public body's or company's name ends ("Council", "Trust", "Group"...), with
 * at least one word of its own before that ending. The shortest such run is taken, so
 * "Ashbury County Council Youth Service: …" gives "Ashbury County Council", the body a library
 * groups by. A title that begins with what the document is ("Social Media Policy Board …")
 * names no organisation.
 */

/** The last word of an organisation's name. Shared with the masthead line's reading. */
export const ORGANISATION_ENDINGS = [
  'Council', 'Councils', 'Authority', 'Trust', 'Board', 'Agency', 'Service', 'Partnership', 'College', 'University',
  'Office', 'Department', 'Directorate', 'Commission', 'Executive', 'Group', 'Ltd', 'Limited', 'plc', 'Academy', 'School',
] as const

const ENDING = new Set<string>(ORGANISATION_ENDINGS)

/** Words that join a name's parts ("Tamsworth and Delling Councils", "Office for Standards"). */
const JOINING = new Set(['and', 'of', 'for', '&'])

/** Words of a document's own name: a title starting with these names a document, not a body. */
const DOCUMENT_WORDS = new Set(['Policy', 'Policies', 'Guidance', 'Guidelines', 'Guide', 'Code', 'Procedure', 'Protocol', 'Standards', 'Social', 'Media', 'Conduct', 'Staff', 'Employee', 'Employees'])

/** Words that say nothing of whose a name is: "County Council", "The Borough Council". */
const GENERIC = new Set(['The', 'County', 'Borough', 'District', 'City', 'Metropolitan', 'Town', 'Parish', 'Unitary', 'Local', 'National', 'Royal'])

/** A title runs to this many words of name at most before its ending. */
const MAX_WORDS = 8

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u

/** The organisation the title starts with, or null when it does not start with one. */
export function organisationInTitle(title: string): string | null {
  const words = title.trim().split(/\s+/)
  const start = words[0] === 'The' ? 1 : 0
  let own = 0
  for (let i = start; i < Math.min(words.length, start + MAX_WORDS); i++) {
    // A colon, comma or bracket after a word ends the name there at the latest.
    const raw = words[i]!
    const word = raw.replace(/[:,;)(]+$/, '')
    const cut = word !== raw
    if (JOINING.has(word)) {
      if (cut || i === start) return null
      continue
    }
    if (!CAPITALISED.test(word) || DOCUMENT_WORDS.has(word)) return null
    if (ENDING.has(word) && own > 0) return words.slice(start, i).concat(word).join(' ')
    if (!GENERIC.has(word)) own++
    if (cut) return null
  }
  return null
}
