/**
 * How Word prints a list counter in each number format (w:numFmt). Formats Word has but a
 * policy never uses (Hebrew, Chinese counting...) print as decimal numbers.
 */

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ORDINAL_WORDS: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' }
const CHICAGO = ['*', '†', '‡', '§']

function roman(n: number): string {
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [value, numeral] of parts) {
    while (n >= value) {
      out += numeral
      n -= value
    }
  }
  return out
}

/** Word's letters: a..z, then aa..zz, then aaa.. (the letter repeated, not base 26). */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26))
}

function cardinalWords(n: number): string {
  if (n < 20) return ONES[n]!
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]!}` : '')
  return `${ONES[Math.floor(n / 100)]!} hundred${n % 100 ? ` and ${cardinalWords(n % 100)}` : ''}`
}

function ordinalWords(n: number): string {
  const words = cardinalWords(n)
  const last = /[a-z]+$/.exec(words)![0]
  const ordinal = ORDINAL_WORDS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`)
  return words.slice(0, words.length - last.length) + ordinal
}

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** A counter value as printed in a number format. Bullets and "none" print nothing. */
export function formatCounter(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return ''
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n)
    case 'upperRoman':
      return n >= 1 && n < 4000 ? roman(n) : String(n)
    case 'lowerRoman':
      return n >= 1 && n < 4000 ? roman(n).toLowerCase() : String(n)
    case 'upperLetter':
      return n >= 1 && n <= 780 ? letters(n).toUpperCase() : String(n)
    case 'lowerLetter':
      return n >= 1 && n <= 780 ? letters(n) : String(n)
    case 'ordinal':
      return n >= 0 ? ordinalSuffix(n) : String(n)
    case 'cardinalText':
      return n >= 1 && n < 1000 ? capitalise(cardinalWords(n)) : String(n)
    case 'ordinalText':
      return n >= 1 && n < 1000 ? capitalise(ordinalWords(n)) : String(n)
    case 'decimalEnclosedParen':
      return `(${n})`
    case 'decimalEnclosedFullstop':
      return `${n}.`
    case 'decimalEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)
    case 'chicago':
      return n >= 1 && n <= 40 ? CHICAGO[(n - 1) % 4]!.repeat(Math.ceil(n / 4)) : String(n)
    case 'hex':
      return n >= 0 ? n.toString(16).toUpperCase() : String(n)
    default:
      return String(n)
  }
}
