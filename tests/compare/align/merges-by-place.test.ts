/**
 * Splits and merges whose parts were reworded on the way: a whole whose coordinated parts
 * (", and it is ...", ", must ...") each trace to a clause, and a reworded part taken by its
 * place, beside a part in its section.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, section = 'Incidents'): Clause => {
  n++
  return { id: `m${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id)
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}

describe('merges and splits traced by coordinated parts and by place', () => {
  it('merges two clauses with one between them into a sentence joined by ", and it is"', () => {
    const requests = clause('Requests from journalists received through social media must be passed to the press office.')
    const updates = clause('Updates about major incidents are published only by the press office.')
    const a = [clause('Employees must not confirm the name of any casualty.'), requests, clause('Employees must not speculate about the cause of a fire.'), updates, clause('Employees may share press office posts about incidents from their personal accounts.')]
    const merged = clause('The press office deals with journalists who contact us through social media, and it is the only source of updates about major incidents.')
    const b = [clause('Never confirm who a casualty is.'), clause('Do not guess at what caused a fire.'), merged, clause("You can share the press office's incident posts on your own accounts.")]
    const rows = check(a, b)
    const row = rowWith(rows, merged)
    expect(row.status).toBe('merged')
    expect(ids(row.a)).toEqual([requests.id, updates.id])
  })

  it('merges two neighbours into "..., and serious ones, ..., may count as ..." although one is reworded', () => {
    const first = clause("Breaches of this policy will be dealt with under the Service's disciplinary procedure.", 'Breaches')
    const second = clause('Serious breaches, including the posting of incident images, may be treated as gross misconduct.', 'Breaches')
    // Note: the words weigh by how rare they are in both documents, so the case keeps a policy's worth of context.
    const context = (texts: string[]): Clause[] => texts.map((t) => clause(t, 'Media'))
    const a = [
      ...context(['Requests from journalists received through social media must be passed to the press office.', 'Employees must not confirm the name of any casualty.', 'Updates about major incidents are published only by the press office.']),
      first,
      second,
      clause("Concerns about a colleague's posts should be raised with a manager or through the whistleblowing procedure.", 'Breaches'),
    ]
    const merged = clause('Breaches are handled under the disciplinary procedure, and serious ones, such as posting images from an incident, may count as gross misconduct.', 'Breaches')
    const b = [
      ...context(['Never confirm who a casualty is.', 'The press office deals with journalists who contact us through social media, and it is the only source of updates about major incidents.']),
      merged,
      clause("If a colleague's posts worry you, tell a manager or use the whistleblowing procedure.", 'Breaches'),
    ]
    const rows = check(a, b)
    expect(ids(rowWith(rows, merged).a)).toEqual([first.id, second.id])
  })

  it('splits one clause into four with a new clause standing between its parts, and leaves the new one out', () => {
    const whole = clause('Station accounts may be set up only with the approval of the Head of Corporate Communications, must be registered on the accounts list, and must have at least two administrators, one of whom is the station manager.', 'Accounts')
    const a = [clause('Official accounts must not be used during an incident to give information about casualties.', 'Accounts'), whole, clause('Posts from official accounts must not give safety advice that differs from national fire safety campaigns.', 'Accounts')]
    const parts = [
      clause('Station accounts need the approval of the Head of Corporate Communications.', 'Accounts'),
      clause('Every station account must appear on the accounts list.', 'Accounts'),
      clause("Station accounts must follow the Service's branding guidelines.", 'Accounts'),
      clause('Each station account needs at least two administrators.', 'Accounts'),
      clause('One of the administrators must be the station manager.', 'Accounts'),
    ]
    const b = [clause('No information about casualties may be given on official accounts during an incident.', 'Accounts'), ...parts, clause('Safety messages on station accounts should follow the national fire safety campaigns and never contradict them.', 'Accounts')]
    const rows = check(a, b)
    const row = rowWith(rows, whole)
    expect(row.status).toBe('split')
    expect(ids(row.b)).toEqual(ids([parts[0]!, parts[1]!, parts[3]!, parts[4]!]))
    expect(rowWith(rows, parts[2]!).status).toBe('only-b')
  })

  it('does not take a removed clause beside a part when it says nothing of the whole', () => {
    const removed = clause('Employees must not use a personal account to reply to a complaint about the Service.')
    const kept = clause('Updates about major incidents are published only by the press office.')
    const reworded = clause('Only the press office publishes updates about major incidents.')
    const rows = check([removed, kept], [reworded])
    expect(rowWith(rows, removed).status).toBe('only-a')
    expect(ids(rowWith(rows, reworded).a)).toEqual([kept.id])
  })
})
