/**
 * The form under which a clause word meets a cue word: the word without its inflection (plural,
 * possessive, -ed, -ing, a final e), so a cue written once reaches the other forms of its word
 * in every voice and person: "approve" meets "approved" and "approves", "post" meets "posting"
 * and "posted", "consent" meets "consented", "release" meets "released".
 * Note: inflections only, not the light stemmer comparison uses (compare/text-features.ts):
 * that one also takes off -al, -er, -ion, -y and -ly, and made "personal" a "person",
 * "reporter" a "report", "station" a "state" and "party" a "part"; tagged with it, clauses
 * took topics of words they do not use (tune precision 0.91 fell to 0.82).
 * A cue word written "=word" in taxonomy.json keeps to that exact word (see tag-topics.ts).
 */
import { rememberedWords } from '../text/remembered-words'

/** The word without its inflection; remembered, as the same words recur in every clause. */
export const wordForm: (word: string) => string = rememberedWords(uninflected)

function uninflected(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word
  if (w.length <= 3) return w
  let suffix = ''
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  else if (w.endsWith('ing') && w.length >= 6) (w = w.slice(0, -3)), (suffix = 'ing')
  else if (w.endsWith('ed') && w.length >= 5) (w = w.slice(0, -2)), (suffix = 'ed')
  // A doubled last consonant left by -ing or -ed ("logged", "banning") is one.
  if (suffix && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll|ff|zz)$/.test(w)) return w.slice(0, -1)
  // Note: the e that -ing and -ed take off goes from the bare word too, so "approve" meets
  // "approv(ed)" and "agree" meets "agre(ed)".
  if (!suffix && w.endsWith('e') && w.length > 3) w = w.slice(0, -1)
  return w
}
