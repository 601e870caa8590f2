/**
 * Structure as evidence where the words are weak: a gap through several sections cut at their
 * boundaries, titles written as list items placed by the clauses they head, a list item
 * expanded into a defined term, a reworded clause with no rival in a crowded gap, and a clause
 * reworded and moved within its section. Each beside a case the rule must leave apart.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { sectionSubGaps } from '../../../src/shared/compare/align/gap-sections'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, section: string, label: string | null = null, level = 0): Clause => {
  n++
  return { id: `e${n}`, sourceId: 's', section: ['Policy', section], label, level, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id)
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}
const side = (pairs: readonly (readonly [string, string])[], k: 0 | 1, section: string): Clause[] => pairs.map((p) => clause(p[k], section))

describe('sectionSubGaps', () => {
  const sectionA = ['s1', 's1', 's2', 's2', 's3', 's3']
  const sectionB = ['t1', 't1', 't2', 't2', 't3', 't3']
  it('cuts a gap through as many sections on both sides into one gap per section pair', () => {
    expect(sectionSubGaps([1, 2, 3, 4], [1, 2, 3, 4], sectionA, sectionB, { a: [0], b: [0] }, { a: [5], b: [5] })).toEqual([
      { as: [1], bs: [1], cut: true },
      { as: [2, 3], bs: [2, 3], cut: true },
      { as: [4], bs: [4], cut: true },
    ])
  })
  it('leaves the gap whole when the sections disagree (a section with leftovers on one side only, or beside an anchor on one side only)', () => {
    expect(sectionSubGaps([1, 2, 3, 4], [1, 2], sectionA, sectionB, { a: [0], b: [0] }, { a: [5], b: [5] })).toEqual([{ as: [1, 2, 3, 4], bs: [1, 2], cut: false }])
    expect(sectionSubGaps([2, 3, 4], [1, 2], sectionA, sectionB, { a: [0], b: [0] }, { a: [5], b: [5] })).toEqual([{ as: [2, 3, 4], bs: [1, 2], cut: false }])
  })
  it('leaves the gap whole when a section pair is uneven by more than one clause (two policies that merely share a gap\'s shape)', () => {
    const a = ['s1', 's2', 's2', 's2', 's3', 's4']
    const b = ['t1', 't2', 't3', 't3', 't4', 't4']
    expect(sectionSubGaps([1, 2, 3, 4], [1, 2, 3], a, b, { a: [0], b: [0] }, { a: [5], b: [5] })).toEqual([{ as: [1, 2, 3, 4], bs: [1, 2, 3], cut: false }])
    expect(sectionSubGaps([1, 2, 4], [1, 2, 3], a, b, { a: [0], b: [0] }, { a: [5], b: [4] })).toEqual([
      { as: [1, 2], bs: [1], cut: true },
      { as: [4], bs: [2, 3], cut: true },
    ])
  })
})

// A homeworking policy and its plain rewrite (from the tune pair homeworking-you-must).
const kept: [string, string][] = [
  ['The Council will supply a laptop, a headset and a monitor where required.', 'If you need them, we will give you a laptop, a headset and a monitor.'],
  ['Council equipment must not be used by other members of the household.', 'Do not let anyone you live with use council equipment.'],
]
const closing: [string, string][] = [
  ['Either party may end the arrangement by giving four weeks notice in writing.', 'You or we can end the arrangement by giving four weeks notice in writing.'],
  ['All Council equipment must be returned within five working days of the arrangement ending.', 'Return all council equipment within five working days of the end of the arrangement.'],
]

describe('a gap through several sections', () => {
  it('pairs the clauses of a short section rewritten whole, under a renamed heading, with no anchor of its own', () => {
    const eligibility: [string, string][] = [
      ['Homeworking is available to employees whose role can be performed effectively away from the office.', 'You can work from home if your job can be done just as well away from the office.'],
      ["Applications for homeworking must be approved by the employee's line manager.", 'Your line manager has to say yes before you start.'],
      ['Each arrangement will be reviewed at the end of a trial period of three months.', 'We will look again at how it is going once you have done it for three months.'],
    ]
    const setup: [string, string][] = [
      ['Employees are responsible for the provision of a suitable workspace at home.', 'You must find a suitable place to work in your home.'],
      ['A display screen equipment assessment must be completed before homeworking begins.', 'Before you begin, fill in the screen safety checklist with your manager.'],
    ]
    const opening: [string, string] = ['This policy applies to every employee of the Council who works from home.', 'This guide is for every member of council staff who works from home.']
    const a = [clause(opening[0], 'Scope'), ...side(eligibility, 0, '1. Eligibility'), ...side(setup, 0, '2. Workstation'), ...side(kept, 0, '2. Workstation'), ...side(closing, 0, '5. Ending')]
    const b = [clause(opening[1], 'Who this is for'), ...side(eligibility, 1, 'Can I work from home?'), ...side(setup, 1, 'Setting up'), ...side(kept, 1, 'Setting up'), ...side(closing, 1, 'If it stops')]
    const rows = check(a, b)
    // Note: the gap between the opening and the laptop clause holds five clauses on each side, more than a rewrite in place is trusted with; cut at the section boundary it is two gaps of three and two.
    for (const k of [1, 2, 4, 5]) expect(ids(rowWith(rows, a[k]!).b), a[k]!.text).toEqual([b[k]!.id])
  })
})

describe('titles written as list items', () => {
  const doc = (k: 0 | 1): Clause[] => {
    const t = (x: [string, string]): string => x[k]
    return [
      clause(t(['Introduction', 'Introduction']), 'Rules', '1.', 1),
      clause(t(['These rules apply to all paid youth workers and volunteers.', 'These rules apply to all paid youth workers and volunteers.']), 'Rules'),
      clause(t(['Contacting young people', 'Keeping in touch']), 'Rules', '2.', 1),
      clause(t(["Youth workers must contact young people only through the service's approved messaging app.", "Only use the service's approved messaging app to contact young people."]), 'Rules'),
      clause(t(['Messages must not be sent between 9pm and 8am except in an emergency.', 'Do not send messages between 9pm and 8am unless there is an emergency.']), 'Rules'),
    ]
  }
  it('pair when renamed, placed by the clauses they head', () => {
    const a = doc(0)
    const b = doc(1)
    const rows = check(a, b)
    expect(ids(rowWith(rows, a[2]!).b)).toEqual([b[2]!.id])
  })
  it('stay apart from a clause that begins with the words of a title dropped from the revision', () => {
    const title = clause('Photographs and video', 'Rules', '3.', 1)
    const photos = clause('Photographs and video of young people may be taken only on service devices.', 'Rules')
    const a = [...doc(0), title, photos]
    const b = [...doc(1), clause('Photographs and video of young people may be taken only on service devices, and may be posted only once the consent form has been checked.', 'Rules')]
    const rows = check(a, b)
    expect(rowWith(rows, title).status).toBe('only-a')
  })
})

/** A tune pair of tests/fixtures/revisions, imported. Note: the whole pair, since a term's weight depends on the rest of both documents. */
const tunePair = (name: string) =>
  Promise.all(['a.md', 'b.md'].map((f) => importFile({ name: f, bytes: new Uint8Array(readFileSync(path.join(fixturePath('revisions', name), f))), importedAt: '2026-01-01T00:00:00.000Z' })))

describe('a list item expanded into a defined term', () => {
  it('pairs in its gap although it is five times as long (homeworking-you-must)', async () => {
    const [a, b] = await tunePair('homeworking-you-must')
    const item = a!.clauses.find((c) => c.text === 'the clear desk rule.')!
    const expanded = b!.clauses.find((c) => c.text.startsWith('keep a clear desk'))!
    const rows = check(a!.clauses, b!.clauses)
    expect(ids(rowWith(rows, item).b)).toEqual([expanded.id])
  })
})

describe('a reworded clause in a crowded gap', () => {
  // From the tune pair visitors-plain-voice: a removed clause and a new one stand in the same gap.
  const arrival: [string, string][] = [
    ['All visitors are required to report to the main reception on arrival.', 'Please come to the main reception first.'],
    ["Visitors shall sign the visitors' book and provide photographic identification.", "Sign our visitors' book and show us a photo ID, such as a driving licence or passport."],
    ['A visitor lanyard will be issued and must be worn visibly at all times while on site.', 'We will give you a lanyard: wear it where people can see it for the whole of your visit.'],
  ]
  const removed = clause("Visitors arriving by car must park in the visitors' bays at the front of the building.", 'Arrival')
  const fire = clause('Visitors will be informed of the fire evacuation procedure and the location of the nearest assembly point.', 'Arrival')
  const added = clause('If you need a reasonable adjustment during your visit, tell reception and we will arrange it.', 'When you arrive')
  const told = clause('We will tell you what to do if the fire alarm sounds and where to gather outside.', 'When you arrive')
  const supervision: [string, string][] = [
    ['Visitors without a current DBS check must be accompanied by a member of staff at all times.', 'Unless you hold a current DBS check, a member of staff will stay with you throughout your visit.'],
    ['Visitors must not be left alone with pupils in any circumstances.', 'Please never be on your own with a child.'],
  ]
  it('pairs when it has no rival there, and leaves the removed and the new clause apart', () => {
    const a = [...side(arrival, 0, 'Arrival'), removed, fire, ...side(supervision, 0, 'Supervision')]
    const b = [...side(arrival, 1, 'When you arrive'), added, told, ...side(supervision, 1, 'While you are here')]
    const rows = check(a, b)
    expect(ids(rowWith(rows, fire).b)).toEqual([told.id])
    expect(rowWith(rows, removed).status).toBe('only-a')
    expect(rowWith(rows, added).status).toBe('only-b')
  })
})

describe('a clause reworded and moved within its section', () => {
  it('pairs with the clause that is its best partner of all, in the section its neighbours went to', () => {
    const register: [string, string][] = [
      ['Every offer of a gift or hospitality above £25 must be entered in the register within 28 days, whether it was accepted or declined.', 'Record every offer worth more than £25 in the register within 28 days, whether you said yes or no.'],
      ['The register is kept by the Monitoring Officer and is open to inspection by the Audit Committee.', 'The Monitoring Officer keeps the register, and the Audit Committee can look at it at any time.'],
    ]
    const entries = clause('Entries must state the donor, the estimated value, the date and the reason for accepting or declining.', 'Register')
    const moved = clause('Each entry must say who made the offer, what it was worth, when it was made and why you accepted or declined it.', 'The register')
    const gifts: [string, string][] = [
      ['Cash, vouchers and gift cards must never be accepted, whatever their value.', 'Never accept cash, vouchers or gift cards, however small the amount.'],
      ['Overseas travel or accommodation paid for by a supplier must not be accepted.', 'Do not accept travel or a hotel abroad paid for by a supplier.'],
    ]
    const a = [...side(gifts, 0, 'Gifts'), ...side(register, 0, 'Register'), entries]
    const b = [...side(gifts, 1, 'Saying yes or no'), clause(register[0]![1], 'The register'), moved, clause(register[1]![1], 'The register')]
    const rows = check(a, b)
    expect(ids(rowWith(rows, entries).b)).toEqual([moved.id])
    expect(rowWith(rows, entries).status).toBe('moved-changed')
  })
})

describe('a merge whose part beside the other was reworded into synonyms', () => {
  it('takes the part by its place when the whole holds its words through synonyms (complaints-reworded-splits)', async () => {
    const [a, b] = await tunePair('complaints-reworded-splits')
    const response = a!.clauses.find((c) => c.text.startsWith('The complainant will receive a written response'))!
    const misconduct = a!.clauses.find((c) => c.text.startsWith('Where misconduct is found'))!
    const merged = b!.clauses.find((c) => c.text.startsWith('We will write to you with what we found'))!
    const rows = check(a!.clauses, b!.clauses)
    const row = rowWith(rows, merged)
    expect(row.status).toBe('merged')
    expect(ids(row.a)).toEqual([response.id, misconduct.id])
  })
})

describe('a gap of four clauses on each side', () => {
  it('is matched clause for clause when its section was rewritten whole between two kept clauses', () => {
    const rewritten: [string, string][] = [
      ['Requests to work flexibly must be submitted in writing to the line manager.', 'Put it in writing and send it to your manager if you want different hours.'],
      ['The line manager will meet the employee to discuss the request within 28 days.', 'Your manager will talk it through with you within 28 days.'],
      ['A decision will be confirmed in writing, with the reasons for any refusal.', 'We will write to you with our decision, and if the answer is no, we will explain why.'],
      ['An employee whose request is refused may appeal to a senior manager within 14 days.', 'If we say no, you can ask someone more senior to look at it again within 14 days.'],
    ]
    const before: [string, string] = ['Flexible working is open to all employees from their first day of employment.', 'Flexible working is open to all employees from their first day of employment.']
    const after: [string, string] = ['Only one statutory request may be made in any period of twelve months.', 'Only one statutory request may be made in any period of twelve months.']
    const a = [...side(kept, 0, 'Equipment'), clause(before[0], 'Requests'), ...side(rewritten, 0, 'Requests'), clause(after[0], 'Requests'), ...side(closing, 0, 'Ending')]
    const b = [...side(kept, 1, 'Equipment'), clause(before[1], 'Requests'), ...side(rewritten, 1, 'Requests'), clause(after[1], 'Requests'), ...side(closing, 1, 'Ending')]
    const rows = check(a, b)
    for (let k = 3; k <= 6; k++) expect(ids(rowWith(rows, a[k]!).b), a[k]!.text).toEqual([b[k]!.id])
  })
})
