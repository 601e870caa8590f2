/**
 * The words of a fixture's source document body (flat ODF, HTML, or Markdown made into a Word
 * file by pandoc), for the "no text lost or duplicated" invariant. Headers and footers are
 * outside the body in these formats (ODF master pages; Chromium's header and footer templates),
 * so they are not among these words.
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
  } else if (extension === '.md') {
    return markdownWords(source)
  } else {
    throw new Error(`no word reader for ${extension} sources`)
  }
  const text = decode(body.replace(/<[^>]+>/g, ' ')).replace(/\u00ad/g, '')
  return text.split(/\s+/).filter(Boolean)
}

/**
 * A Markdown source as pandoc prints it into a Word file: the front matter's title as the
 * document's title, headings without their marks, table cells without the pipes and the rule
 * under the header, and straight apostrophes made curly (pandoc's smart punctuation).
 */
function markdownWords(source: string): string[] {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source)
  const title = front ? (/^title:\s*(.*)$/m.exec(front[1]!)?.[1] ?? '') : ''
  const body = (front ? source.slice(front[0].length) : source)
    .split('\n')
    .filter((line) => !/^\|?\s*:?-{3,}/.test(line))
    .map((line) => line.replace(/^#+\s+/, '').replace(/\|/g, ' '))
    .join('\n')
  return `${title}\n${body}`.replace(/'/g, '\u2019').split(/\s+/).filter(Boolean)
}
