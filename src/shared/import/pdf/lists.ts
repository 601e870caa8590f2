/**
 * List nesting levels from labels and indents, reset at every heading.
 *
 * Clause numbers are at the level of their depth, as Word counts list levels and as every
 * importer reports them (blocks.ts typedLabelLevel): "1." is 1, "1.2" is 2, "2.3.1" is 3,
 * whether or not the clause above them is a heading. The open items form a stack; a number
 * closes every item at or below its depth. Any other label ("(a)", "i)", "•") is a sibling of the
 * nearest open item in the same style at about the same indent, and otherwise a child of the
 * innermost open item printed to its left ("(a)" under a numbered clause is one deeper than it,
 * wherever it is printed). Roman or letter? "(i)" is a letter only right after an open "(h)".
 * An unlabelled paragraph indented under an open item continues that item (same level, no
 * label); one at the margin is body text (level 0) and closes every open item.
 */
import { typedLabelLevel } from '../blocks'
import type { PrintedLabel } from './labels'

interface OpenItem {
  /** Kind and punctuation: "letter (x)", "roman (x)", "decimal 2", "bullet •". */
  style: string
  kind: PrintedLabel['kind']
  depth: number
  level: number
  /** Left edge of its label. */
  x: number
  /** Its counter, for telling "(i)" the letter from "(i)" the numeral. */
  value: string
}

/** Indents within this × size are the same indent. */
const INDENT_SLACK = 1.5

const previousLetter = (value: string): string => String.fromCharCode(value.charCodeAt(0) - 1)

export class ListNesting {
  private open: OpenItem[] = []

  /** A heading starts a fresh section. */
  reset(): void {
    this.open = []
  }

  /** The level of a labelled paragraph whose label is printed at x. */
  labelled(label: PrintedLabel, x: number, size: number): number {
    const slack = INDENT_SLACK * size
    let kind = label.kind
    if (kind === 'letter-or-roman') {
      const prevLetter = this.open.find((o) => o.style === `letter ${label.style}` && o.value === previousLetter(label.value))
      const romanOpen = this.open.some((o) => o.style === `roman ${label.style}`)
      kind = romanOpen || (!prevLetter && label.value.toLowerCase() === 'i') ? 'roman' : 'letter'
    }
    const style = `${kind} ${label.style}`
    let level: number
    if (kind === 'decimal') {
      while (this.top && !(this.top.kind === 'decimal' && this.top.depth < label.depth)) this.open.pop()
      level = typedLabelLevel(label.value)
    } else {
      let sibling = -1
      for (let i = this.open.length - 1; i >= 0; i--) {
        const o = this.open[i]!
        if (o.style === style && Math.abs(o.x - x) <= slack) {
          sibling = i
          break
        }
      }
      if (sibling >= 0) {
        level = this.open[sibling]!.level
        this.open.length = sibling
      } else {
        // Items printed at or right of this one cannot be its parent; a clause number can.
        while (this.top && this.top.kind !== 'decimal' && this.top.x >= x - slack / 3) this.open.pop()
        level = (this.top?.level ?? 0) + 1
      }
    }
    this.open.push({ style, kind, depth: label.depth, level, x, value: label.value })
    return level
  }

  /** The level of an unlabelled paragraph starting at x. */
  unlabelled(x: number, size: number): number {
    const slack = INDENT_SLACK * size
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (this.open[i]!.x < x - slack / 3) {
        this.open.length = i + 1
        return this.open[i]!.level
      }
    }
    this.open = []
    return 0
  }

  private get top(): OpenItem | undefined {
    return this.open[this.open.length - 1]
  }
}
