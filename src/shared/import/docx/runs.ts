/**
 * The inline content of one paragraph (runs, hyperlinks, fields, content controls, tracked
 * changes) as styled segments, with the paragraph's text boxes set aside to be read after it.
 * What is read, and why:
 *
 * - Tracked changes are taken as accepted: w:ins and w:moveTo are read, w:del and w:moveFrom
 *   are not (so no w:delText is ever reached).
 * - Comments are not part of the policy: their range marks and reference runs are skipped,
 *   and comments.xml is never opened.
 * - Fields show their result, never their instruction (see fields.ts).
 * - Tabs and line breaks are spaces; a non-breaking hyphen is "-"; a soft hyphen is nothing.
 * - Footnote and endnote references become "[n]" (see footnotes.ts).
 * - Pictures are counted for a warning; text boxes are read after their paragraph
 *   (body.ts), because their text belongs to the document but not inside the sentence.
 */
import { attr, childElements, type Element } from '../xml'
import type { PartContext } from './context'
import { hyperlinkFieldTarget } from './fields'
import type { Segment } from '../kit/inline-runs'
import { safeHref, type SafeHref } from '../kit/safe-href'
import { findBelow, M, MC, chosenBranch, onOff, R, val, W } from './ooxml'
import { symbolCharacter } from './symbols'

export interface RunsResult {
  segments: Segment[]
  /** w:txbxContent elements anchored in this paragraph, in order. */
  boxes: Element[]
}

/** Elements that mark a picture, chart or diagram inside a drawing. */
const PICTURE_PARTS = new Set(['blip', 'imagedata', 'chart', 'relIds'])

interface Format {
  bold: boolean
  italic: boolean
}

class RunReader {
  readonly segments: Segment[] = []
  readonly boxes: Element[] = []

  constructor(private readonly ctx: PartContext) {}

  private push(text: string, format: Format, href: SafeHref | null): void {
    if (text === '' || !this.ctx.fields.visible) return
    this.segments.push({ text, bold: format.bold, italic: format.italic, href: href ?? safeHref(this.ctx.fields.href) })
  }

  /** Paragraph-level content: runs and the containers runs live in. */
  content(container: Element, href: SafeHref | null): void {
    for (const el of childElements(container)) {
      if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
        const branch = chosenBranch(el)
        if (branch) this.content(branch, href)
        continue
      }
      if (el.namespaceURI === M && (el.localName === 'oMath' || el.localName === 'oMathPara')) {
        const text = findBelow(el, (e) => (e.namespaceURI === M && e.localName === 't' ? 'take' : 'descend')).map((t) => t.textContent ?? '')
        this.push(text.join(''), { bold: false, italic: false }, href)
        continue
      }
      if (el.namespaceURI !== W) continue
      switch (el.localName) {
        case 'r':
          this.run(el, href)
          break
        case 'hyperlink':
          this.content(el, this.hyperlinkHref(el) ?? href)
          break
        case 'fldSimple':
          this.content(el, safeHref(hyperlinkFieldTarget(attr(el, W, 'instr') ?? '')) ?? href)
          break
        case 'ins':
        case 'moveTo':
          this.ctx.stats.trackedChanges = true
          this.content(el, href)
          break
        case 'del':
        case 'moveFrom':
          this.ctx.stats.trackedChanges = true
          break
        case 'sdt': {
          const inner = childElements(el, W, 'sdtContent')[0]
          if (inner) this.content(inner, href)
          break
        }
        case 'smartTag':
        case 'customXml':
        case 'dir':
        case 'bdo':
          this.content(el, href)
          break
        default:
        // pPr, bookmarks, comment ranges, proofing marks, permissions: no text.
      }
    }
  }

  private hyperlinkHref(el: Element): SafeHref | null {
    const id = attr(el, R, 'id')
    const rel = id === undefined ? undefined : this.ctx.rels.get(id)
    // Note: a link to a place in the same document (w:anchor only) keeps just its text.
    if (!rel || !rel.external) return null
    const anchor = attr(el, W, 'anchor')
    return safeHref(anchor ? `${rel.target}#${anchor}` : rel.target)
  }

  private formatOf(run: Element): Format {
    const rPr = childElements(run, W, 'rPr')[0]
    const styled = this.ctx.styles.characterEmphasis(val(rPr, 'rStyle'))
    return { bold: onOff(rPr, 'b') ?? styled.bold ?? false, italic: onOff(rPr, 'i') ?? styled.italic ?? false }
  }

  private run(run: Element, href: SafeHref | null): void {
    this.runChildren(run, this.formatOf(run), href)
  }

  private runChildren(container: Element, format: Format, href: SafeHref | null): void {
    const fields = this.ctx.fields
    for (const el of childElements(container)) {
      if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
        const branch = chosenBranch(el)
        if (branch) this.runChildren(branch, format, href)
        continue
      }
      if (el.namespaceURI !== W) continue
      switch (el.localName) {
        case 't':
          this.push(el.textContent ?? '', format, href)
          break
        case 'tab':
        case 'ptab':
        case 'br':
        case 'cr':
          this.push(' ', format, href)
          break
        case 'noBreakHyphen':
          this.push('-', format, href)
          break
        case 'sym':
          this.push(symbolCharacter(attr(el, W, 'font'), attr(el, W, 'char')), format, href)
          break
        case 'fldChar': {
          const type = attr(el, W, 'fldCharType')
          if (type === 'begin') fields.begin()
          else if (type === 'separate') fields.separate()
          else if (type === 'end') fields.end()
          break
        }
        case 'instrText':
          fields.instruction(el.textContent ?? '')
          break
        case 'footnoteReference':
        case 'endnoteReference': {
          if (!fields.visible) break
          const marker = this.ctx.notes.reference(el.localName === 'footnoteReference' ? 'footnote' : 'endnote', attr(el, W, 'id'))
          if (marker) this.push(marker, { bold: false, italic: false }, null)
          break
        }
        case 'drawing':
        case 'pict':
        case 'object':
          this.graphic(el)
          break
        case 'ruby': {
          const base = childElements(el, W, 'rubyBase')[0]
          if (base) this.content(base, href)
          break
        }
        default:
        // rPr, softHyphen, delText, instruction-only marks, comment references, page-break hints.
      }
    }
  }

  private graphic(el: Element): void {
    const boxes = findBelow(el, (e) => (e.namespaceURI === W && e.localName === 'txbxContent' ? 'take' : 'descend'))
    if (boxes.length > 0) {
      this.boxes.push(...boxes)
      this.ctx.stats.textBoxes += boxes.length
    } else if (findBelow(el, (e) => (PICTURE_PARTS.has(e.localName ?? '') ? 'take' : 'descend')).length > 0) {
      this.ctx.stats.images++
    }
  }
}

export function readRuns(paragraph: Element, ctx: PartContext): RunsResult {
  const reader = new RunReader(ctx)
  reader.content(paragraph, null)
  return { segments: reader.segments, boxes: reader.boxes }
}
