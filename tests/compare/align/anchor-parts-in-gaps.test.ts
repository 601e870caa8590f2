/**
 * A leftover beside an anchor whose other side is one clause, scoring higher with that clause
 * than with a clause of its gap, is left for the anchor to take as a part (gaps.ts
 * anchorsPart), when the gap clause has another partner at the bar; with none, it is as likely
 * that clause's rewording and the gap rules pair it as before.
 */
import { describe, expect, it } from 'vitest'
import { comparedPair } from './revision-pair'

describe('a leftover that is more the anchor\'s part than the gap clause\'s rewording', () => {
  it('goes to the anchor, and the gap clause to its own rewording (holidays-questions)', async () => {
    const pair = await comparedPair('holidays-questions')
    expect(pair.partnersOf('a', 'notify their manager on the first day')).toEqual([
      'Phone your manager on the first day you are ill.',
      'If you are ill for more than seven days, send us a fit note.',
    ])
    expect(pair.partnersOf('a', 'falls ill during annual leave')).toEqual(['You can have those days back to use as holiday later.'])
  })

  it('stays with the gap clause that has no other partner (rewrite-questions)', async () => {
    const pair = await comparedPair('rewrite-questions')
    expect(pair.partnersOf('a', 'this policy applies to all uniformed and support staff')).toEqual([expect.stringContaining('Everyone who works for us, in uniform or not')])
  })
})
