/** Dates as a UK committee paper prints them ("12 March 2026"), without Intl or the clock. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-03-12" or "2026-03-12T09:00:00Z" -> "12 March 2026"; anything else as given. */
export function longDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return iso ?? ''
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`
}

/** The YYYY-MM-DD part of an ISO date or timestamp. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10)
}
