/**
 * Tables, read the way a policy officer comparing policies reads them:
 *
 * - Each row is one clause, its cells joined by the rule every importer shares
 *   (kit/table-row.ts): " | " in the text, " \\| " in the Markdown ("Facebook | Corporate
 *   account | Communications team"). Empty cells are left out: they carry no words.
 * - A cell that holds several paragraphs, a list or a nested table is more than a cell: its
 *   paragraphs become clauses of their own, in place (the row's simple cells before it form
 *   one clause, those after it another). Headings inside such a cell stay headings; a heading
 *   style on a one-line cell is only formatting.
 * - A header row (w:tblHeader) is stored once, so it is imported once, like any row.
 * - A row deleted with tracked changes is left out.
 */
import { childElements, type Element } from '../xml'
import type { PartContext } from './context'
import { markdown, plainText } from '../kit/inline-runs'
import { joinRow, type CellText } from '../kit/table-row'
import type { Item } from './items'
import { chosenBranch, MC, W } from './ooxml'

/**
 * The block walk of body.ts, passed in by its caller. Note: a cell holds blocks (paragraphs,
 * lists, nested tables), so reading a table needs the block walker; taking it as an argument
 * instead of importing body.ts keeps the import graph one-way (body.ts imports tables.ts,
 * never the reverse), as the architecture test requires of all of src/shared.
 */
export type BlockWalker = (container: Element, ctx: PartContext, out?: Item[]) => Item[]

/** Rows of a table or cells of a row, looking through content controls and tracked insertions. */
function childrenNamed(parent: Element, localName: string, ctx: PartContext): Element[] {
  const out: Element[] = []
  for (const el of childElements(parent)) {
    if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
      const branch = chosenBranch(el)
      if (branch) out.push(...childrenNamed(branch, localName, ctx))
    } else if (el.namespaceURI !== W) {
      continue
    } else if (el.localName === localName) {
      out.push(el)
    } else if (el.localName === 'sdt') {
      const inner = childElements(el, W, 'sdtContent')[0]
      if (inner) out.push(...childrenNamed(inner, localName, ctx))
    } else if (el.localName === 'customXml' || el.localName === 'ins' || el.localName === 'moveTo') {
      out.push(...childrenNamed(el, localName, ctx))
    }
  }
  return out
}

function rowDeleted(row: Element): boolean {
  const trPr = childElements(row, W, 'trPr')[0]
  return trPr !== undefined && childElements(trPr, W, 'del').length > 0
}

/** A cell's one line of text, '' for an empty cell, or undefined when the cell is more than a line. */
function cellLine(items: readonly Item[]): CellText | undefined {
  const filled = items.filter((item) => item.kind === 'row' || plainText(item.segments) !== '')
  if (filled.length === 0) return { text: '', inline: '' }
  const only = filled[0]!
  if (filled.length > 1 || only.kind === 'row' || only.list?.label) return undefined
  return { text: plainText(only.segments), inline: markdown(only.segments) }
}

export function tableItems(table: Element, ctx: PartContext, walk: BlockWalker): Item[] {
  const out: Item[] = []
  for (const row of childrenNamed(table, 'tr', ctx)) {
    if (rowDeleted(row)) {
      ctx.stats.trackedChanges = true
      continue
    }
    let line: CellText[] = []
    const flush = (): void => {
      const row = joinRow(line)
      if (row) out.push({ kind: 'row', ...row })
      line = []
    }
    for (const cell of childrenNamed(row, 'tc', ctx)) {
      const items = walk(cell, ctx, [])
      const simple = cellLine(items)
      if (simple === undefined) {
        flush()
        out.push(...items)
      } else if (simple.text !== '') {
        line.push(simple)
      }
    }
    flush()
  }
  return out
}
