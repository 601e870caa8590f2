/**
 * Package relationships (the *.rels parts): how a Word package says which part is the main
 * document, where its styles, numbering and notes live, and where each hyperlink points.
 * Going by relationships rather than fixed names reads files from any producer.
 */
import { childElements, type Document } from '../xml'
import { PKG_RELS } from './ooxml'

export interface Relationship {
  id: string
  type: string
  /** For internal targets, the part name resolved against the source part; else as written. */
  target: string
  external: boolean
}

export type Relationships = Map<string, Relationship>

/** word/document.xml → word/_rels/document.xml.rels; the package itself ("") → _rels/.rels. */
export function relsPartName(partName: string): string {
  const slash = partName.lastIndexOf('/')
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`
}

/** A relative target resolved against the folder of the part that points to it. */
export function resolvePartName(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1)
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue
    if (piece === '..') base.pop()
    else base.push(piece)
  }
  return base.join('/')
}

export function parseRelationships(doc: Document | undefined, fromPart: string): Relationships {
  const out: Relationships = new Map()
  if (!doc?.documentElement) return out
  for (const el of childElements(doc.documentElement, PKG_RELS, 'Relationship')) {
    const id = el.getAttribute('Id')
    const target = el.getAttribute('Target')
    if (!id || target === null) continue
    const external = /^external$/i.test(el.getAttribute('TargetMode') ?? '')
    out.set(id, { id, type: el.getAttribute('Type') ?? '', target: external ? target : resolvePartName(fromPart, target), external })
  }
  return out
}

/**
 * The first relationship whose type ends with `/kind` ("styles", "numbering"). Note: matching
 * the end of the type accepts both the transitional and the strict namespaces.
 */
export function targetOfType(rels: Relationships, kind: string): string | undefined {
  for (const rel of rels.values()) {
    if (!rel.external && rel.type.endsWith(`/${kind}`)) return rel.target
  }
  return undefined
}
