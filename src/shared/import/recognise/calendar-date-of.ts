/**
 * A date as a document-control block prints it ("2024-05-01", "1 May 2024", "01/05/2024",
 * "May 2024" is too vague) as YYYY-MM-DD, or null when it cannot be read as one day.
 * UK order (day first) for numeric dates: these are UK public-sector policies.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

const pad = (n: number): string => String(n).padStart(2, '0')

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null
}

export function calendarDateOf(value: string | undefined): string | null {
  if (!value) return null
  const v = value.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!)
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v)
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!)
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(v)
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3)
    if (month >= 0) return valid(+m[3]!, month + 1, +m[1]!)
  }
  return null
}
