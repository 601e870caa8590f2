/**
 * Word styles (word/styles.xml): what a paragraph's style makes it (the title, a heading of
 * some outline level, a contents entry, a numbered paragraph) and whether a character style
 * makes text bold or italic. Styles inherit through w:basedOn, so every question is answered
 * along the style's chain, nearest style first.
 */
import { attr, childElements, type Document, type Element } from '../xml'
import { intValue, onOff, val, W } from './ooxml'

interface StyleDef {
  id: string
  /** Lower case, e.g. "heading 1", "title", "toc 2". */
  name: string
  basedOn: string | undefined
  /** w:outlineLvl in the style's pPr: 0-8 a heading level, 9 body text. */
  outline: number | undefined
  numId: string | undefined
  ilvl: number | undefined
  bold: boolean | undefined
  italic: boolean | undefined
}

export interface ParagraphStyleInfo {
  /** The style and the styles it is based on, nearest first. */
  chain: string[]
  title: boolean
  /** Word's Subtitle style: a heading under the title (a PDF of the file prints it as one), never a clause. */
  subtitle: boolean
  /** A table-of-contents entry or the contents heading. */
  toc: boolean
  /** Outline level 0-8 (0 is Heading 1), or undefined for body text. */
  outline: number | undefined
  /** Numbering the style brings (style-linked numbering), if any. */
  numId: string | undefined
  ilvl: number | undefined
}

/** No style chain in a real document is this long; a longer one is a loop. */
const MAX_CHAIN = 32

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>()
  private readonly defaultParagraph: string | undefined

  constructor(doc: Document | undefined) {
    let defaultParagraph: string | undefined
    const root = doc?.documentElement
    for (const el of root ? childElements(root, W, 'style') : []) {
      const id = attr(el, W, 'styleId')
      if (id === undefined) continue
      const type = attr(el, W, 'type') ?? 'paragraph'
      const pPr = childElements(el, W, 'pPr')[0]
      const rPr = childElements(el, W, 'rPr')[0]
      const numPr = pPr ? childElements(pPr, W, 'numPr')[0] : undefined
      // Note: paragraph and character styles share one id space in practice; keep the first.
      if (!this.styles.has(`${type}:${id}`)) {
        this.styles.set(`${type}:${id}`, {
          id,
          name: (val(el, 'name') ?? id).trim().toLowerCase(),
          basedOn: val(el, 'basedOn'),
          outline: intValue(val(pPr, 'outlineLvl'), 0, 9),
          numId: val(numPr, 'numId'),
          ilvl: intValue(val(numPr, 'ilvl'), 0, 8),
          bold: onOff(rPr, 'b'),
          italic: onOff(rPr, 'i'),
        })
      }
      const isDefault = attr(el, W, 'default')
      if (type === 'paragraph' && isDefault !== undefined && !/^(0|false|off)$/i.test(isDefault) && defaultParagraph === undefined) {
        defaultParagraph = id
      }
    }
    this.defaultParagraph = defaultParagraph
  }

  private chainOf(type: 'paragraph' | 'character', styleId: string | undefined): StyleDef[] {
    const chain: StyleDef[] = []
    let id = styleId
    while (id !== undefined && chain.length < MAX_CHAIN) {
      const style = this.styles.get(`${type}:${id}`)
      if (!style || chain.includes(style)) break
      chain.push(style)
      id = style.basedOn
    }
    return chain
  }

  /** What a paragraph style (or, with none or an unknown one, the default style) makes a paragraph. */
  paragraph(styleId: string | undefined): ParagraphStyleInfo {
    const known = styleId !== undefined && this.styles.has(`paragraph:${styleId}`)
    const chain = this.chainOf('paragraph', known ? styleId : this.defaultParagraph)
    const names = chain.map((s) => s.name)
    let outline: number | undefined
    for (const style of chain) {
      // Note: an explicit outline level wins over the name; a "heading 1" style set to body text is body text.
      if (style.outline !== undefined) {
        outline = style.outline <= 8 ? style.outline : undefined
        break
      }
      const heading = /^heading ([1-9])$/.exec(style.name)
      if (heading) {
        outline = Number(heading[1]) - 1
        break
      }
    }
    // Note: the nearest of the two in the chain decides: pandoc's Subtitle is based on Title, and
    // read as a title it headed every section trail (the sections nested under it).
    const titleKind = names.find((n) => n === 'title' || n === 'subtitle')
    return {
      chain: chain.map((s) => s.id),
      title: titleKind === 'title',
      subtitle: titleKind === 'subtitle',
      toc: names.some((n) => /^(toc|contents)( \d| heading)$/.test(n)),
      outline,
      numId: chain.find((s) => s.numId !== undefined)?.numId,
      ilvl: chain.find((s) => s.ilvl !== undefined)?.ilvl,
    }
  }

  /** The numbering a numbering style (the target of an abstractNum's w:numStyleLink) uses. */
  numberingStyleNumId(styleId: string): string | undefined {
    return this.styles.get(`numbering:${styleId}`)?.numId
  }

  /** Bold and italic from a character style chain (undefined where the chain does not say). */
  characterEmphasis(styleId: string | undefined): { bold: boolean | undefined; italic: boolean | undefined } {
    const chain = this.chainOf('character', styleId)
    return { bold: chain.find((s) => s.bold !== undefined)?.bold, italic: chain.find((s) => s.italic !== undefined)?.italic }
  }
}

/** The style id a paragraph names in its pPr, if any. */
export function paragraphStyleId(pPr: Element | undefined): string | undefined {
  return val(pPr, 'pStyle')
}
