/**
 * The one rule for a date the author writes (a policy's date, approved on, review due): a day
 * of the calendar written YYYY-MM-DD, as an HTML date input gives it and as ISO 8601 sorts.
 * Request schemas, the draft file's repair and the workspace all check dates here, so a date
 * one of them accepts is never refused by another. Timestamps (imported at, updated at) are
 * a different thing, full ISO 8601 date-times, and are not checked here.
 */

/** How messages name the rule: "approvedOn should be a date written YYYY-MM-DD". */
export const CALENDAR_DATE_RULE = 'a date written YYYY-MM-DD'

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** True for "2025-03-12"; false for "2025-02-30", "2025-3-12", "2025" or "12 March 2025". */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = SHAPE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!
  return day <= days
}
