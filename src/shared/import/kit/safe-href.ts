/**
 * The one gate a link target passes to reach Clause.inline. Only web and mail addresses
 * survive (http:, https:, mailto:); anything else (javascript:, data:, vbscript:, file:,
 * tel:, relative paths, an address that hides its scheme behind spaces or control
 * characters) keeps only its text. The result is branded, so code that writes a Markdown
 * link (inline-runs.ts, markdown/safe-links.ts) cannot be handed an unchecked string.
 */
export type SafeHref = string & { readonly __checkedBy: 'safeHref' }

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])

export function safeHref(target: string | null | undefined): SafeHref | null {
  const t = target?.trim()
  if (!t) return null
  // Note: the scheme must be the very first thing: "java\tscript:" or " javascript:" has none.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t)?.[1]?.toLowerCase()
  if (!scheme || !ALLOWED_SCHEMES.has(scheme)) return null
  // A control character or space inside an address is never part of a real one.
  if (/[\u0000-\u001f\u007f]/.test(t)) return null
  return t as SafeHref
}

/** A link target that Markdown cannot misread: spaces, brackets and angle brackets percent-encoded. */
export function markdownUrl(href: SafeHref): string {
  return href.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
