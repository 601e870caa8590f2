/**
 * The "no text lost, none duplicated" invariant, computed independently of the importer:
 * every w:t of the main document (and of the notes it refers to) that tracked changes do not
 * delete must end up in exactly one block. Compared as word multisets, leaving out tokens
 * that are labels (list numbers are printed by Word, not stored as text, so they appear on
 * one side only) and the importer's own note markers and "Notes" heading.
 */
import { DOMParser, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'
import type { Block } from '../../../src/shared/import/blocks'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delText', 'rPr', 'pPr'])

const LABEL_TOKEN = [
  /^\d{1,3}(\.\d{1,3})*\.?$/,
  /^\(?[a-z]{1,2}\)$/i,
  /^\(?[ivxlcdm]{1,7}[.)]$/i,
  /^[a-z]\.$/i,
  /^\[\d+\]$/,
  /^[•·●▪◦‣○■–|-]$/,
]
const isLabelToken = (t: string): boolean => LABEL_TOKEN.some((re) => re.test(t))

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '' && !isLabelToken(w))
}

/** Text of a subtree with paragraph, tab and break boundaries as spaces. */
function collect(el: Element, out: string[], noteRefs: [string, string][]): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue
    const c = child as Element
    if (c.namespaceURI === MC && c.localName === 'Fallback') continue
    if (c.namespaceURI === W) {
      if (SKIPPED.has(c.localName!)) continue
      if (c.localName === 't') out.push(c.textContent ?? '')
      else if (c.localName === 'noBreakHyphen') out.push('-')
      else if (['tab', 'br', 'cr', 'p', 'tc'].includes(c.localName!)) out.push(' ')
      else if (c.localName === 'footnoteReference' || c.localName === 'endnoteReference') noteRefs.push([c.localName.replace('Reference', ''), c.getAttributeNS(W, 'id') ?? ''])
    }
    collect(c, out, noteRefs)
    if (c.namespaceURI === W && (c.localName === 'p' || c.localName === 'tc')) out.push(' ')
  }
}

/** Words of a .docx's text as stored, in no particular order. */
export function storedWords(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes)
  const parse = (name: string): Element | undefined => {
    const data = files[name]
    return data ? (new DOMParser().parseFromString(strFromU8(data), 'text/xml').documentElement as unknown as Element) : undefined
  }
  const out: string[] = []
  const refs: [string, string][] = []
  collect(parse('word/document.xml')!, out, refs)
  const seen = new Set<string>()
  for (const [kind, id] of refs) {
    if (seen.has(`${kind}:${id}`)) continue
    seen.add(`${kind}:${id}`)
    const notes = parse(`word/${kind}s.xml`)
    const note = notes && Array.from(notes.getElementsByTagNameNS(W, kind)).find((n) => n.getAttributeNS(W, 'id') === id)
    if (note) collect(note as unknown as Element, out, [])
  }
  return words(out.join('')).sort()
}

/** Words of the imported blocks, in no particular order. */
export function importedWords(blocks: readonly Block[]): string[] {
  const hasNotes = blocks.some((b) => b.kind === 'paragraph' && /^\[\d+\]$/.test(b.label ?? ''))
  let notesHeadingSkipped = false
  const out: string[] = []
  for (const block of blocks) {
    if (block.kind === 'heading' && hasNotes && !notesHeadingSkipped && block.level === 1 && block.text === 'Notes') {
      notesHeadingSkipped = block === [...blocks].reverse().find((b) => b.kind === 'heading')
      if (notesHeadingSkipped) continue
    }
    const text = block.kind === 'heading' ? block.text : `${block.label ?? ''} ${block.text}`
    out.push(...words(text.replace(/\[\d+\]/g, '')))
  }
  return out.sort()
}
