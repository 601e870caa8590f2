/**
 * An answer in a policy of questions and answers is read after its question: the answer alone
 * ("No, it's for official channels only.") states no duty another policy could share.
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type LibraryFamily } from '../../../src/shared/compare/library'
import { clauseReading } from '../../../src/shared/compare/library/clause-reading'
import type { Clause } from '../../../src/shared/model'

const clause = (sourceId: string, n: number, section: string[], text: string): Clause => ({ id: `${sourceId}.${n}`, sourceId, section, label: null, level: 0, text, inline: text, topics: [] })

describe('clauseReading', () => {
  it('puts the question before the answer only when the clause’s own heading is a question', () => {
    expect(clauseReading({ section: ['Using our logo', 'Can I put the council’s logo on my own page?'], text: 'No, it is for official channels only.' })).toBe('Can I put the council’s logo on my own page? No, it is for official channels only.')
    expect(clauseReading({ section: ['Can I post about work?', 'Logos'], text: 'Official channels only.' })).toBe('Official channels only.')
    expect(clauseReading({ section: ['5. Logos'], text: 'Official channels only.' })).toBe('Official channels only.')
    expect(clauseReading({ section: [], text: 'Official channels only.' })).toBe('Official channels only.')
  })
})

describe('families: a policy of questions and answers', () => {
  // Three sources state two duties; the third answers questions in words that lean on them.
  const library = [
    { id: 'ash', clauses: [
      clause('ash', 0, ['Branding'], 'Staff must not use the council logo or crest on personal social media accounts.'),
      clause('ash', 1, ['Passwords'], 'Passwords for council social media accounts must never be shared with anyone outside the team.'),
    ] },
    { id: 'elm', clauses: [
      clause('elm', 0, ['Our identity'], 'Do not put the council crest or logo on your own social media profile.'),
      clause('elm', 1, ['Security'], 'Never share the password of a council account with anyone who does not run it.'),
    ] },
    { id: 'oak', clauses: [
      clause('oak', 0, ['Can I put the council logo or crest on my personal social media account?'], 'No. It belongs on official channels only.'),
      clause('oak', 1, ['Can I share the password of a council account with a friend?'], 'No: it stays with those who look after it.'),
    ] },
  ]
  const familyOf = (families: LibraryFamily[], id: string): string | undefined => families.find((f) => f.members.some((m) => m.clauseId === id))?.id

  it('finds the duty each answer states, with its question, and not without', () => {
    const families = buildFamilies(buildClauseIndex(library))
    expect(familyOf(families, 'oak.0')).toBeDefined()
    expect(familyOf(families, 'oak.0')).toBe(familyOf(families, 'ash.0'))
    expect(familyOf(families, 'oak.1')).toBe(familyOf(families, 'elm.1'))
    expect(familyOf(families, 'oak.0')).not.toBe(familyOf(families, 'oak.1'))

    const answersAlone = buildFamilies(buildClauseIndex(library, { questions: false }))
    // Read alone, neither answer finds its duty ("No. It belongs on official channels only."
    // even joins the passwords, through "official channel").
    expect(familyOf(answersAlone, 'oak.0')).not.toBe(familyOf(answersAlone, 'ash.0'))
    expect(familyOf(answersAlone, 'oak.1') === undefined || familyOf(answersAlone, 'oak.1') !== familyOf(answersAlone, 'elm.1')).toBe(true)
  })
})
