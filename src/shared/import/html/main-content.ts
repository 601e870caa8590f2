/**
 * Finding the policy on a web page: the page's main content, without the site's navigation,
 * cookie banner, header, sidebar, footer, scripts and forms. Works on the hast tree only;
 * nothing is rendered or executed.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { LABEL_MARK } from '../markdown/mdast-blocks'

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form',
  'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'dialog', 'menu', 'video', 'audio', 'map',
])

const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar'])

/** Class or id words that mark site furniture rather than content. */
const FURNITURE = /(^|[-_\s])(cookies?|consent|gdpr|breadcrumbs?|skip-?link|skip|share|sharing|social|newsletter|feedback|sidebar|menu|nav|navigation|masthead|site-header|site-footer|footer|pagination|related|promo|advert|ads|rating|survey)([-_\s]|$)/i

export function words(value: unknown): string {
  if (Array.isArray(value)) return value.join(' ')
  return typeof value === 'string' ? value : ''
}

function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === 'element'
}

export function isFurniture(el: Element, insideMain: boolean): boolean {
  if (DROP_TAGS.has(el.tagName)) return true
  // A page header outside the main content is furniture; inside an article it may hold the title.
  if (el.tagName === 'header' && !insideMain) return true
  const props = el.properties ?? {}
  if (DROP_ROLES.has(words(props['role']))) return true
  if (props['hidden'] !== undefined && props['hidden'] !== false) return true
  if (words(props['ariaHidden']) === 'true') return true
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(words(props['style']))) return true
  if (/^h[1-6]$/.test(el.tagName)) return false
  return FURNITURE.test(words(props['className'])) || FURNITURE.test(words(props['id']))
}

/** Remove furniture below a node, in place. */
export function prune(node: Element | Root, insideMain: boolean): void {
  node.children = node.children.filter((child) => !(isElement(child) && isFurniture(child, insideMain))) as typeof node.children
  for (const child of node.children) if (isElement(child)) prune(child, insideMain || child.tagName === 'main' || child.tagName === 'article')
}

function findAll(node: Element | Root, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue
    if (test(child)) out.push(child)
    findAll(child, test, out)
  }
  return out
}

/** Whether an element marks the page's main content: <main> or role=main. */
export function isMain(el: Element): boolean {
  return el.tagName === 'main' || words(el.properties?.['role']) === 'main'
}

/**
 * The rule for the element holding the page's content, over the page's first main element,
 * its articles and its body (in document order): <main> or role=main, a lone <article>, else
 * <body>, else the whole page; and whether furniture is judged as inside the main content.
 * Shared by the whole-page reader and the pre-scan of a streamed one (page-plan.ts).
 */
export function pickContent<T>(main: T | undefined, articles: readonly T[], body: T | undefined, page: T): { content: T; insideMain: boolean } {
  const content = main ?? (articles.length === 1 ? articles[0]! : (body ?? page))
  return { content, insideMain: content !== body && content !== page }
}

/** The element holding the page's content (pickContent), with its furniture removed. */
export function mainContent(tree: Root): Element | Root {
  const main = findAll(tree, isMain)[0]
  const articles = findAll(tree, (el) => el.tagName === 'article')
  const body = findAll(tree, (el) => el.tagName === 'body')[0]
  const { content, insideMain } = pickContent<Element | Root>(main, articles, body, tree)
  prune(content, insideMain)
  return content
}

/** Whether a <meta> names the site (og:site_name), and so holds the page's organisation. */
export function isSiteName(el: Element): boolean {
  return el.tagName === 'meta' && words(el.properties?.['property']) === 'og:site_name'
}

/** A <title>'s text from its text children, white space tidied; null when empty. */
export function titleText(texts: readonly string[]): string | null {
  return texts.join('').replace(/\s+/g, ' ').trim() || null
}

/** The site's name an og:site_name <meta> gives, or null. */
export function siteNameOf(meta: Element | undefined): string | null {
  return words(meta?.properties?.['content']).trim() || null
}

/** Text of the page's <title>, and og:site_name when the site gives it. */
export function pageMetadata(tree: Root): { title: string | null; siteName: string | null } {
  const title = findAll(tree, (el) => el.tagName === 'title')[0]
  return { title: title ? titleText(title.children.map((c) => (c.type === 'text' ? c.value : ''))) : null, siteName: siteNameOf(findAll(tree, isSiteName)[0]) }
}

/**
 * Note: an ordered list's numbering style (type="a", "I", or a list-style-type) is lost on
 * the way to Markdown's tree, which knows only 1, 2, 3. So each item's printed label is
 * written into its text here, between LABEL_MARK characters that mdast-blocks takes back out.
 */

const STYLE_TYPES: Record<string, string> = { 'lower-alpha': 'a', 'lower-latin': 'a', 'upper-alpha': 'A', 'upper-latin': 'A', 'lower-roman': 'i', 'upper-roman': 'I' }

function listType(el: Element): string | null {
  const type = words(el.properties?.['type'])
  if (['a', 'A', 'i', 'I'].includes(type)) return type
  const style = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(words(el.properties?.['style']))
  return style ? (STYLE_TYPES[style[1]!.toLowerCase()] ?? null) : null
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value }
  return out
}

function printed(n: number, type: string): string {
  const base = type.toLowerCase() === 'a' ? String.fromCharCode(96 + (((n - 1) % 26) + 1)) : roman(n)
  return type === type.toUpperCase() ? base.toUpperCase() : base
}

export function markListLabels(node: Element | Root): void {
  for (const child of node.children) {
    if (!isElement(child)) continue
    const type = child.tagName === 'ol' ? listType(child) : null
    if (type) {
      let n = Number(words(child.properties?.['start']) || '1') || 1
      for (const li of child.children) {
        if (!isElement(li) || li.tagName !== 'li') continue
        li.children.unshift({ type: 'text', value: `${LABEL_MARK}${printed(n++, type)}.${LABEL_MARK}` })
      }
    }
    markListLabels(child)
  }
}
