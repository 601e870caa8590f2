/**
 * What a clause's duties are: each proposition (a sentence, or a part of one after a
 * semicolon, a colon or "but") gets a stance from its modal words, read left to right:
 * - forbid: "must not", "may not", "should never", "never", "do not ..." (as a command),
 *   "is not allowed", "prohibited", "no employee may", "avoid ...", "advised not to";
 * - permit: "may", "can", "is allowed", "is permitted", "free to", "welcome to", "go ahead";
 * - oblige: "must", "should", "shall", "is required to", "need to", "have to", "always", and
 *   commands that start with a verb ("Keep a record ...", "Tell your manager ...");
 * - release: "need not", "does not have to", "do not need to", "is not required / obliged /
 *   expected to": no duty either way, which opposes only a duty to do the same thing.
 * "is acceptable" and "is permissible" permit, "is unacceptable" and "is not entitled" forbid,
 * "nobody may" forbids like "no one may".
 * Note: "may be" and "may lead to" say what might happen, not what is allowed, so they give
 * no stance ("A breach may be treated as misconduct"); "may only be" still permits.
 */
import { contentTerms } from '../text-features'
import { splitSentences } from '../../text/sentences'

export type Stance = 'permit' | 'oblige' | 'forbid' | 'release'

export interface Proposition {
  /** Offsets of the proposition in the clause text. */
  start: number
  end: number
  stance: Stance | null
  /** Offsets of the modal words that give the stance (start === end when there are none). */
  cueStart: number
  cueEnd: number
  /** True when the cue comes after what it is about ("Personal use is permitted ..."). */
  passive: boolean
  /** Content terms without the modal words: what the duty is about. */
  terms: string[]
  /**
   * The act the stance bears on: the first term after the modal words ("must not *use*"), or
   * the command's own verb; in the passive ("Personal use is permitted", "Passwords must not
   * be shared") also the terms before the cue.
   */
  act: string[]
  /**
   * Who the duty falls on: the terms before the modal words in the active voice ("Managers"
   * in "Managers may approve ..."); empty for a command or the passive, which name no one.
   */
  actor: string[]
}

interface Token {
  word: string
  start: number
  end: number
}

/** Words, with contractions opened up: "don't" is "do" "not", "cannot" is "can" "not". */
function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  const re = /[A-Za-z]+(?:['’][A-Za-z]+)*/g
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const word = m[0].toLowerCase().replace(/’/g, "'")
    const neg = /^(\w+)n't$/.exec(word)
    if (word === 'cannot' || word === "can't") out.push({ word: 'can', start, end }, { word: 'not', start, end })
    else if (word === "won't") out.push({ word: 'will', start, end }, { word: 'not', start, end })
    else if (word === "shan't") out.push({ word: 'shall', start, end }, { word: 'not', start, end })
    else if (neg) out.push({ word: neg[1]!, start, end }, { word: 'not', start, end })
    else out.push({ word, start, end })
  }
  return out
}

const DEONTIC = new Set(['must', 'should', 'shall', 'may', 'can', 'ought'])
const NEGATION = new Set(['not', 'never'])
const PERMISSIVE = new Set(['may', 'can'])
const OBLIGING = new Set(['must', 'should', 'shall'])
/** After "may" or "can", these words make it a possibility, not a permission. */
const POSSIBILITY = new Set(['be', 'lead', 'result', 'affect', 'mean', 'include', 'find', 'stay', 'damage', 'cause', 'seem', 'appear', 'become', 'have', 'well', 'contain', 'reflect', 'suggest', 'vary', 'already', 'help', 'see', 'read', 'take'])
const FORBIDDEN = new Set(['prohibited', 'forbidden', 'banned'])
const PERMITTED = new Set(['allowed', 'permitted'])
/**
 * Words that allow or forbid only after "is" / "are" ("It is acceptable to ..."): elsewhere they
 * name things ("this acceptable use statement", "unacceptable behaviour will lead to ...").
 */
const ACCEPTABLE = new Set(['acceptable', 'permissible', 'allowable'])
const UNACCEPTABLE = new Set(['unacceptable', 'impermissible', 'inadmissible'])
const BE = new Set(['is', 'are', 'be', 'was', 'were', 'been', "it's"])
/** "not required to": no duty, where "required to" is one. */
const DUTY_WORDS = new Set(['required', 'obliged', 'expected', 'obligated'])
const LEADING = new Set(['please', 'and', 'so', 'then', 'also', 'always'])
/** Verbs that start a command in policy text ("Keep ...", "Tell ..."). */
const COMMANDS = new Set(
  (
    'keep ask tell make check report say get give treat follow use post reply answer think remember take read put pass write ' +
    'display show record respect protect correct declare complete stay send share publish speak contact inform refer seek ' +
    'ensure include mark close remove delete store agree consult obtain let look watch be'
  ).split(' '),
)

function cueOf(tok: readonly Token[]): { stance: Stance; at: number; length: number; passive: boolean } | null {
  let lead = 0
  while (lead < tok.length && LEADING.has(tok[lead]!.word)) lead++
  for (let i = 0; i < tok.length; i++) {
    const w = tok[i]!.word
    const next = tok[i + 1]?.word
    const afterNext = tok[i + 2]?.word
    if (w === 'need' && next === 'not') return { stance: 'release', at: i, length: 2, passive: false }
    if ((w === 'do' || w === 'does' || w === 'did') && next === 'not' && (afterNext === 'need' || (afterNext === 'have' && tok[i + 3]?.word === 'to'))) return { stance: 'release', at: i, length: afterNext === 'need' ? 3 : 4, passive: false }
    if (w === 'not' && next && DUTY_WORDS.has(next)) return { stance: 'release', at: i, length: 2, passive: false }
    if (w === 'not' && next === 'entitled') return { stance: 'forbid', at: i, length: 2, passive: false }
    if (w === 'entitled' && next === 'to') return { stance: 'permit', at: i, length: 2, passive: false }
    if (w === 'obliged' && next === 'to') return { stance: 'oblige', at: i, length: 2, passive: false }
    if (i > 0 && BE.has(tok[i - 1]!.word) && UNACCEPTABLE.has(w)) return { stance: 'forbid', at: i, length: 1, passive: true }
    if (i > 0 && BE.has(tok[i - 1]!.word) && ACCEPTABLE.has(w)) return { stance: 'permit', at: i, length: 1, passive: true }
    if (DEONTIC.has(w) && next && NEGATION.has(next)) return { stance: 'forbid', at: i, length: 2, passive: false }
    if (w === 'ought' && next === 'to') return { stance: 'oblige', at: i, length: 2, passive: false }
    if (w === 'never') return { stance: 'forbid', at: i, length: 1, passive: false }
    if (FORBIDDEN.has(w)) return { stance: 'forbid', at: i, length: 1, passive: true }
    if (w === 'not' && next && (PERMITTED.has(next) || next === 'acceptable' || next === 'tolerated')) return { stance: 'forbid', at: i, length: 2, passive: true }
    if (w === 'advised' && next === 'not') return { stance: 'forbid', at: i, length: 2, passive: false }
    if ((w === 'no' || w === 'nothing' || w === 'nobody') && tok.slice(i + 1).some((t) => DEONTIC.has(t.word))) {
      const m = tok.findIndex((t, k) => k > i && DEONTIC.has(t.word))
      return { stance: 'forbid', at: i, length: m - i + 1, passive: false }
    }
    if (i === lead && (w === 'do' || w === 'does') && next === 'not') return { stance: 'forbid', at: i, length: 2, passive: false }
    if (i === lead && (w === 'avoid' || w === 'refrain')) return { stance: 'forbid', at: i, length: 1, passive: false }
    if (w === 'avoid' && i > 0 && OBLIGING.has(tok[i - 1]!.word)) return { stance: 'forbid', at: i - 1, length: 2, passive: false }
    if (PERMISSIVE.has(w) && next !== undefined) {
      const then = next === 'also' || next === 'still' ? afterNext : next
      if (then === 'only' || (then !== undefined && !POSSIBILITY.has(then))) return { stance: 'permit', at: i, length: 1, passive: false }
      continue
    }
    if (OBLIGING.has(w)) {
      if (next === 'avoid') return { stance: 'forbid', at: i, length: 2, passive: false }
      return { stance: 'oblige', at: i, length: 1, passive: false }
    }
    if (PERMITTED.has(w) && tok[i - 1]?.word !== 'not') return { stance: 'permit', at: i, length: 1, passive: true }
    if ((w === 'free' || w === 'welcome') && next === 'to') return { stance: 'permit', at: i, length: 2, passive: false }
    if (w === 'go' && next === 'ahead') return { stance: 'permit', at: i, length: 2, passive: false }
    if ((w === 'required' || w === 'expected') && next === 'to') return { stance: 'oblige', at: i, length: 2, passive: false }
    if ((w === 'need' || w === 'needs' || w === 'have' || w === 'has') && next === 'to') return { stance: 'oblige', at: i, length: 2, passive: false }
    if (w === 'always') return { stance: 'oblige', at: i, length: 1, passive: false }
    if (i === lead && COMMANDS.has(w)) return { stance: 'oblige', at: i, length: 1, passive: false }
  }
  return null
}

const MODAL_TERMS = new Set(
  [
    'may must should shall can cannot never not no nothing only always avoid refrain allowed permitted prohibited forbidden banned',
    'required expected need needs have has advised free welcome go ahead ought acceptable unacceptable tolerated please do does',
    'permissible impermissible allowable inadmissible entitled obliged obligated nobody everybody anyone everyone',
    // Note: contracted negations are words of their own to contentTerms ("aren't" is "arent"),
    // so without these "You aren't allowed to ..." shares less with "You're allowed to ..." than
    // "You are not allowed to ..." does.
    "aren't isn't don't doesn't didn't won't can't shouldn't mustn't wasn't weren't haven't hasn't needn't shan't couldn't wouldn't",
    'must not should not may not do not shall not can not not allowed not permitted',
  ]
    .join(' ')
    .split(' ')
    .flatMap((w) => contentTerms(w)),
)
for (const phrase of ['must not', 'should not', 'may not', 'do not', 'not allowed', 'not permitted', 'free to', 'need to', 'required to']) {
  for (const t of contentTerms(phrase)) MODAL_TERMS.add(t)
}

/** Where propositions end inside a sentence: semicolons, colons, and "but" / "however". */
const INNER_BREAK = /;|:\s|,?\s+but\s|,?\s+however,?\s/gi

export function propositionsOf(text: string): Proposition[] {
  const out: Proposition[] = []
  for (const sentence of splitSentences(text)) {
    const cuts = [sentence.start]
    INNER_BREAK.lastIndex = 0
    for (const m of sentence.text.matchAll(INNER_BREAK)) cuts.push(sentence.start + m.index + m[0].length)
    cuts.push(sentence.end)
    for (let k = 0; k + 1 < cuts.length; k++) {
      const start = cuts[k]!
      const end = cuts[k + 1]!
      const tok = tokens(text, start, end)
      if (tok.length === 0) continue
      const cue = cueOf(tok)
      const terms = contentTerms(text.slice(start, end)).filter((t) => !MODAL_TERMS.has(t))
      const cueStart = cue ? tok[cue.at]!.start : start
      const cueEnd = cue ? tok[cue.at + cue.length - 1]!.end : start
      const passive = cue !== null && (cue.passive || tok[cue.at + cue.length]?.word === 'be')
      const command = cue !== null && cue.stance === 'oblige' && COMMANDS.has(tok[cue.at]!.word) && cue.length === 1 && !OBLIGING.has(tok[cue.at]!.word)
      const after = contentTerms(text.slice(command ? cueStart : cueEnd, end)).filter((t) => !MODAL_TERMS.has(t))
      // Note: in the passive the subject's head words are the act ("Posting photographs ... is
      // allowed"), not every word of it: "council" alone does not make two acts one.
      const act = [...(passive ? contentTerms(text.slice(start, cueStart)).filter((t) => !MODAL_TERMS.has(t)).slice(0, 2) : []), ...after.slice(0, 1)]
      const actor = cue && !passive && !command ? contentTerms(text.slice(start, cueStart)).filter((t) => !MODAL_TERMS.has(t)) : []
      out.push({ start, end, stance: cue?.stance ?? null, cueStart, cueEnd, passive, terms, act, actor })
    }
  }
  return out
}

/**
 * Stances that cannot both hold for the same act: forbid against permit or oblige, and no duty
 * (release) against a duty. Note: "need not" and "must not" agree that no one has to.
 */
export function opposed(a: Stance | null, b: Stance | null): boolean {
  if (!a || !b || a === b) return false
  if (a === 'release' || b === 'release') return a === 'oblige' || b === 'oblige'
  return a === 'forbid' || b === 'forbid'
}

export const stanceVerb: Record<Stance, string> = { permit: 'allows', oblige: 'requires', forbid: 'forbids', release: 'does not require' }

/** The words around a proposition's cue, as printed, for a reason an author can read. */
export function quoteOf(text: string, p: Proposition, after = 12): string {
  const tok = tokens(text, p.start, p.end)
  const cueAt = Math.max(0, tok.findIndex((t) => t.start >= p.cueStart))
  const from = Math.max(0, cueAt - (p.passive ? 6 : 4))
  const to = Math.min(tok.length, tok.findIndex((t) => t.end >= p.cueEnd) + 1 + after)
  const start = tok[from]?.start ?? p.start
  const end = tok[Math.max(to - 1, from)]?.end ?? p.end
  const body = text.slice(start, end).replace(/\s+/g, ' ')
  return `${from > 0 ? '…' : ''}${body}${to < tok.length ? '…' : ''}`
}
