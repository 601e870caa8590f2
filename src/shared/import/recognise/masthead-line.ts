/**
 * The masthead line under a document's title: the organisation, the team or kind of document,
 * and the version or date, set apart by middle dots, bullets or bars ("Wealdham Borough Council ·
 * Version 1.0 · 5 September 2011", "Thornbury Vale Council · HR guide · version 2.0, September
 * 2026"). It describes the document, like a document-control table: imported as a clause it
 * was compared, tagged with topics, and paired with the other version's opening statement,
 * whose organisation name it shares.
 *
 * What marks one: it stands before the policy's text begins (nothing but the title and other
 * front matter above it), is cut into two to six short parts, ends in no sentence punctuation,
 * and names a version ("version 3.0", "v2.1"), a calendar day, or the organisation beside
 * short parts ("Redmarsh County Council · Information governance policy").
 */
import type { ControlPair } from './bare-control-lines'
import { calendarDateOf } from './calendar-date-of'
import { ORGANISATION_ENDINGS } from './organisation-in-title'

type FieldOf = (label: string) => ControlPair['field'] | undefined

/** The separators a masthead's parts stand between: a middle dot, a bullet, or a bar. */
const PARTS = /\s+[·•|]\s+/

/** A part is at most this many words: a sentence in a part is policy text. */
const PART_WORDS = 14

/** With no version or day, each part is at most this many words. */
const NAMED_PART_WORDS = 6

/** "version 3.0", "Version 2", "v2.1": the document's version number. */
const VERSION = /\b(?:version|v)\s?(\d{1,2}(?:\.\d{1,2}){0,2})\b/i

/** A calendar day written out in a part ("5 September 2011", "2026-05-01"). */
const DAY = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\b/

/** An organisation's name: capitalised words ending as public bodies' names end. */
const ORGANISATION = new RegExp(`^(?:[A-Z][\\p{L}'’-]*\\s+){1,6}(?:${ORGANISATION_ENDINGS.join('|')})$`, 'u')

/**
 * "5 September 2011 Owner: Web and Digital Team": a field written after a part, its label before
 * a colon (a line break between them is lost as the paragraph is joined). fieldOf: the known
 * document-control labels (document-control.ts controlField).
 */
function labelledTail(part: string, fieldOf: FieldOf): ControlPair | null {
  const colon = part.indexOf(': ')
  if (colon < 0) return null
  const words = part.slice(0, colon).split(' ')
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const field = fieldOf(words.slice(-n).join(' '))
    if (field) return { field, value: part.slice(colon + 2).trim() }
  }
  return null
}

/** The fields a masthead line gives (organisation, version, date, and any labelled field), or null when the line is not one. */
export function mastheadPairs(text: string, fieldOf: FieldOf): ControlPair[] | null {
  const line = text.trim()
  if (/[.!?;:]$/.test(line)) return null
  const parts = line.split(PARTS)
  if (parts.length < 2 || parts.length > 6 || parts.some((p) => p === '' || p.split(' ').length > PART_WORDS)) return null
  const pairs: ControlPair[] = []
  const organisation = parts.find((p) => ORGANISATION.test(p))
  if (organisation) pairs.push({ field: 'organisation', value: organisation })
  // Note: the first version named is the document's; a later one is what it replaces ("replacing
  // the Smoke-free Workplace Policy (version 2.1)").
  const version = VERSION.exec(line)
  if (version) pairs.push({ field: 'version', value: version[1]! })
  const day = parts.map((p) => DAY.exec(p)?.[0]).find((d) => calendarDateOf(d) !== null)
  if (day) pairs.push({ field: 'date', value: day })
  for (const part of parts) {
    const tail = labelledTail(part, fieldOf)
    if (tail) pairs.push(tail)
  }
  // Note: with no version or day, the organisation's name beside a short part or two ("Redmarsh
  // County Council · Information governance policy") still marks the line: no clause reads so.
  const named = organisation !== undefined && parts.every((p) => p.split(' ').length <= NAMED_PART_WORDS)
  return version || day || named ? pairs : null
}
