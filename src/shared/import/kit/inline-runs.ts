/**
 * Inline runs: a paragraph's text as styled segments, and the two ways a block carries it:
 * plain text (whitespace normalised) and Markdown with bold, italic and links kept. Keeping
 * the segments until the end lets a typed label be cut off before either form is made.
 * The Word importer builds segments run by run; the OpenDocument importer writes single
 * links with markdownLink. Either way a link reaches the Markdown only as a SafeHref.
 */
import { escapeMarkdown, normaliseSpace } from '../blocks'
import { markdownUrl, type SafeHref } from './safe-href'

export interface Segment {
  text: string
  bold: boolean
  italic: boolean
  /** An external link target, checked by safeHref (the type says so). */
  href: SafeHref | null
}

export function plainText(segments: readonly Segment[]): string {
  return normaliseSpace(segments.map((s) => s.text).join(''))
}

/** Segments without their first `count` characters after leading whitespace (a label being cut off). */
export function dropLeading(segments: readonly Segment[], count: number): Segment[] {
  const out: Segment[] = []
  let skippingSpace = true
  let left = count
  for (const segment of segments) {
    let text = segment.text
    if (skippingSpace) {
      const trimmed = text.replace(/^\s+/, '')
      if (trimmed !== '') skippingSpace = false
      text = trimmed
    }
    if (left > 0) {
      const cut = Math.min(left, text.length)
      text = text.slice(cut)
      left -= cut
    }
    if (text !== '') out.push({ ...segment, text })
  }
  return out
}

/** Merge neighbours that look the same, so "Staff" in three bold runs is one bold span. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = []
  for (const s of segments) {
    if (s.text === '') continue
    const last = out[out.length - 1]
    if (last && last.bold === s.bold && last.italic === s.italic && last.href === s.href) last.text += s.text
    else out.push({ ...s })
  }
  return out
}

/** Maximal runs of neighbours that agree on `key`. */
function runsBy<T>(items: readonly T[], key: (item: T) => unknown): T[][] {
  const runs: T[][] = []
  for (const item of items) {
    const last = runs[runs.length - 1]
    if (last && key(last[0]!) === key(item)) last.push(item)
    else runs.push([item])
  }
  return runs
}

/**
 * Wrap text in a delimiter with the whitespace kept outside it: "** bold **" is not bold in
 * Markdown, " **bold** " is.
 */
function wrap(open: string, close: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : text
}

function emphasis(segments: readonly Segment[]): string {
  return runsBy(segments, (s) => s.bold)
    .map((boldRun) => {
      const inner = runsBy(boldRun, (s) => s.italic)
        .map((run) => {
          const text = run.map((s) => escapeMarkdown(s.text)).join('')
          return run[0]!.italic ? wrap('*', '*', text) : text
        })
        .join('')
      return boldRun[0]!.bold ? wrap('**', '**', inner) : inner
    })
    .join('')
}

export function markdown(segments: readonly Segment[]): string {
  const out = runsBy(merge(segments), (s) => s.href)
    .map((run) => {
      const href = run[0]!.href
      const text = emphasis(run)
      return href === null ? text : markdownLink(text, href)
    })
    .join('')
  return normaliseSpace(out)
}

/** Markdown inline text as a link to a checked target; whitespace around the text stays outside. */
export function markdownLink(inline: string, href: SafeHref): string {
  return wrap('[', `](${markdownUrl(href)})`, inline)
}
