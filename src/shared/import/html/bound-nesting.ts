/**
 * HTML nesting bounded before parsing. The parser itself copes with any depth, but the tree it
 * hands on is walked recursively (hast-util-from-parse5, then rehype-remark and our own walks),
 * and a page nested 2,000 elements deep overflowed the stack (issue 12). No policy page nests
 * a tenth as deep, so past MAX_ELEMENT_DEPTH open elements further start tags (and their end
 * tags) are left out: the words stay, in the element around them, and a warning says so.
 *
 * Note: this is a scan of tags, not a parser. Elements whose end tag is optional (p, li, td…)
 * and void elements are not counted, so the real depth stays within about twice the bound.
 */

export const MAX_ELEMENT_DEPTH = 100

const NOT_COUNTED = new Set([
  // void elements
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  // end tag optional: the parser closes them itself
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body',
])
/** Elements whose content is text, not tags: skipped whole. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

export interface BoundedHtml {
  html: string
  /** Start tags left out. */
  dropped: number
}

export function boundHtmlNesting(html: string): BoundedHtml {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g
  const open: string[] = []
  const droppedOpen = new Map<string, number>()
  let dropped = 0
  let out = ''
  let last = 0
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[2] === undefined) continue // a comment
    const name = m[2].toLowerCase()
    if (RAW_TEXT.has(name) && !m[1]) {
      // Jump past the raw text to its end tag, so tags written inside a script are not counted.
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex)
      tag.lastIndex = end < 0 ? html.length : end
      continue
    }
    if (NOT_COUNTED.has(name) || m[3]) continue
    if (!m[1]) {
      if (open.length < MAX_ELEMENT_DEPTH) open.push(name)
      else {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1)
        dropped++
        out += html.slice(last, m.index)
        last = tag.lastIndex
      }
    } else if ((droppedOpen.get(name) ?? 0) > 0) {
      // The end tag of one left out: it goes too.
      droppedOpen.set(name, droppedOpen.get(name)! - 1)
      out += html.slice(last, m.index)
      last = tag.lastIndex
    } else {
      const at = open.lastIndexOf(name)
      if (at >= 0) open.length = at
    }
  }
  return dropped === 0 ? { html, dropped } : { html: out + html.slice(last), dropped }
}

export function droppedWarning(dropped: number): string {
  return `Parts of this page were nested more than ${MAX_ELEMENT_DEPTH} elements deep; ${dropped} element${dropped === 1 ? ' was' : 's were'} left out around ${dropped === 1 ? 'its' : 'their'} words, which are kept.`
}
