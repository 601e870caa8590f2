/**
 * The words of a fixture's source document body (flat ODF or HTML), for the "no text lost or
 * duplicated" invariant. Headers and footers are outside the body in both formats (ODF master
 * pages; Chromium's header and footer templates), so they are not among these words.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)))
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

function between(text: string, open: RegExp, close: string): string {
  const start = text.search(open)
  const end = text.lastIndexOf(close)
  if (start < 0 || end < start) throw new Error(`source has no ${open.source} … ${close}`)
  return text.slice(start, end)
}

export function sourceWords(source: string, extension: string): string[] {
  let body: string
  if (extension === '.fodt') {
    body = between(source, /<office:text>/, '</office:text>')
      .replace(/<text:(?:tab|s|line-break)\b[^>]*\/>/g, ' ')
      .replace(/<\/text:(?:p|h)>/g, '\n')
  } else if (extension === '.html') {
    body = between(source, /<body>/, '</body>').replace(/<!--[\s\S]*?-->/g, '')
  } else {
    throw new Error(`no word reader for ${extension} sources`)
  }
  const text = decode(body.replace(/<[^>]+>/g, ' ')).replace(/\u00ad/g, '')
  return text.split(/\s+/).filter(Boolean)
}
