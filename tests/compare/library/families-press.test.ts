/**
 * The press duty in other words: "journalist", "reporter", "the press" and "media enquiries"
 * share no term the index merges, so the duty concept `press` (duty-concepts.json) is what
 * tells families that these clauses state one duty.
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { dutyConceptNames, dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'
import { similarity } from '../../../src/shared/compare/library/sparse'
import { clauseOf } from './fixtures'

const source = (id: string, texts: string[]) => ({ id, title: id, clauses: texts.map((text, k) => clauseOf(id, { label: String(k + 1), section: ['Rules'], text }, k)) })
const named = (text: string): string[] => dutyConcepts(text).map((c) => dutyConceptNames[c]!)

const school = source('school', [
  'Journalists asking about these rules go straight to the headteacher.',
  'Photographs of pupils need a parent’s written consent.',
  'Breaking these rules can lead to disciplinary action.',
])
const leisure = source('leisure', [
  'Newspaper or radio calls about changing areas: pass to head office.',
  'No photos in changing areas, ever.',
  'Rude posts about workmates: disciplinary matter.',
])
const charity = source('charity', [
  'Anything the press wants to know about anyone we work with goes to the director.',
  'We only post a photo of a child when a carer has said yes in writing.',
  'We don’t pick on anyone we work with, online or off.',
])

describe('the press concept', () => {
  it('reads journalists, reporters, newspapers and media enquiries as one thing', () => {
    for (const text of ['Journalists who get in touch go to the headteacher.', 'If a reporter contacts us, tell the director.', 'Newspaper calls: pass to head office.', 'Media enquiries go to the communications team.', 'Refer the press to the press office.']) {
      expect(named(text)).toContain('press')
    }
    expect(named('Press the button to log out.')).toContain('press') // Note: a cue is a word, not a sense.
    expect(named('Report worrying posts to your manager.')).not.toContain('press')
  })

  it('joins three wordings of the press duty that share no content word into one family', () => {
    const index = buildClauseIndex([school, leisure, charity])
    const [a, b, c] = ['school.0', 'leisure.0', 'charity.0'].map((id) => index.vectors[index.numberOf.get(id)!]!)
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(similarity(x!, y!)).toBeLessThan(0.2)
    const families = buildFamilies(index)
    const press = families.find((f) => f.members.some((m) => m.clauseId === 'school.0'))
    expect(press?.members.map((m) => m.clauseId).sort()).toEqual(['charity.0', 'leisure.0', 'school.0'])
  })
})
