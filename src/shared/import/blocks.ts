/**
 * The intermediate form every importer produces: headings and labelled paragraphs in reading
 * order. Segmentation turns blocks into clauses; importers only have to find blocks.
 */
import type { ClauseRole } from '../model'

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | {
      kind: 'paragraph'
      /** The label as printed, without surrounding space ("3.2", "(b)", "•"), or null. */
      label: string | null
      /** List nesting depth; 0 for body text. */
      level: number
      /** Plain text, whitespace normalised. */
      text: string
      /** Markdown inline text (emphasis and links kept). */
      inline: string
      /** Set by recognise-blocks.ts when the paragraph is not policy text; segmentation copies it. */
      role?: ClauseRole
    }

/** Labels a policy prints before a clause. Order matters: longest, most specific first. */
const LABEL_PATTERNS: { re: RegExp; level: (label: string) => number }[] = [
  // 1.  1.2  1.2.3  (optionally with a trailing dot)
  { re: /^(\d{1,3}(?:\.\d{1,3})*\.?)\s+(?=\S)/, level: (l) => l.replace(/\.$/, '').split('.').length - 1 },
  // (a)  (iv)  (12)
  { re: /^(\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\))\s+(?=\S)/i, level: () => 1 },
  // a)  iv)  3)
  { re: /^((?:[a-z]|[ivxlc]{1,6}|\d{1,3})\))\s+(?=\S)/i, level: () => 1 },
  // bullets
  { re: /^([•·●▪◦‣○■–-])\s+(?=\S)/, level: () => 1 },
]

/**
 * The list level a typed label implies, counted as Word counts list levels: "1." and "(a)"
 * are 1, "1.1" is 2, "1.1.1" is 3.
 */
export function typedLabelLevel(label: string): number {
  return /^\d/.test(label) ? label.replace(/\.$/, '').split('.').length : 1
}

/** Split a printed label from the start of a line, with the nesting level it implies. */
export function splitLabel(line: string): { label: string; level: number; rest: string } | null {
  for (const { re, level } of LABEL_PATTERNS) {
    const m = re.exec(line)
    if (m && m[1] !== undefined) {
      return { label: m[1], level: level(m[1]), rest: line.slice(m[0].length) }
    }
  }
  return null
}

export { normaliseSpace } from '../text/normalise-space'


/** Plain text as Markdown inline: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1')
}
