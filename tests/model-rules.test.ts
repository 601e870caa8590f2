/**
 * Facts the model says once and every boundary reads: the kinds of source and the rule for a
 * date the author writes. Each boundary (request schema, draft action schema, draft file repair,
 * workspace) must accept and refuse exactly the same values.
 */
import { describe, expect, it } from 'vitest'
import { requestSchemas } from '../src/shared/api-schema'
import { CALENDAR_DATE_RULE, isCalendarDate } from '../src/shared/calendar-date'
import { draftActionSchema } from '../src/shared/draft'
import { isSourceKind, sourceKinds } from '../src/shared/model'
import { Workspace } from '../src/main/workspace'
import { makeSource } from './workspace/helpers'

const ID = 'a'.repeat(64)

describe('calendar dates', () => {
  it.each(['2025-03-12', '2024-02-29', '2000-02-29', '1999-12-31', '2025-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true)
  })

  it.each(['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-3-12', '2025', '2025-03', '12 March 2025', '2025-03-12T10:00:00Z', ' 2025-03-12'])(
    'refuses %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false)
    },
  )

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 20250312, {}]) expect(isCalendarDate(value)).toBe(false)
  })

  const cases = ['2024-02-29', '2025-02-29', '2025-3-12', '2025']
  it.each(cases)('every boundary agrees on %s', (date) => {
    const expected = isCalendarDate(date)
    expect(requestSchemas.updateSource.safeParse({ id: ID, date }).success).toBe(expected)
    expect(draftActionSchema.safeParse({ type: 'set-metadata', metadata: { approvedOn: date } }).success).toBe(expected)
    const ws = Workspace.inMemory()
    try {
      const { bytes, source } = makeSource('dated.txt', ['One clause.'])
      ws.addSource(bytes, source)
      const update = (): unknown => ws.updateSource(source.id, { date })
      if (expected) expect(update()).toMatchObject({ date })
      else expect(update).toThrow(`is not ${CALENDAR_DATE_RULE}`)
    } finally {
      ws.close()
    }
  })

  it('names the rule in the request error', () => {
    const result = requestSchemas.updateSource.safeParse({ id: ID, date: '2025-02-30' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('should be a date written YYYY-MM-DD')
  })
})

describe('kinds of source', () => {
  it('are one list that the type guard, the request schema and the workspace all read', () => {
    expect(sourceKinds).toEqual(['national-guidance', 'corporate-list', 'council-policy', 'other'])
    for (const kind of sourceKinds) {
      expect(isSourceKind(kind)).toBe(true)
      expect(requestSchemas.updateSource.safeParse({ id: ID, kind }).success).toBe(true)
    }
    expect(isSourceKind('newsletter')).toBe(false)
    expect(requestSchemas.updateSource.safeParse({ id: ID, kind: 'newsletter' }).success).toBe(false)
    const ws = Workspace.inMemory()
    try {
      const { bytes, source } = makeSource('kind.txt', ['One clause.'])
      ws.addSource(bytes, source)
      expect(ws.updateSource(source.id, { kind: 'corporate-list' }).kind).toBe('corporate-list')
      expect(() => ws.updateSource(source.id, { kind: 'newsletter' as never })).toThrow(/not a kind of source/)
    } finally {
      ws.close()
    }
  })
})
