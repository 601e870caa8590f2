/**
 * Opening a .docx: recognise what the bytes are (a Word package, an encrypted or old Word
 * file, a renamed RTF), unzip only the parts the importer reads, and parse them. Every way
 * this can fail becomes a WorkbenchError naming the file, in words a policy officer can act on.
 */
import { decodeBytes, decodeUtf8, encodeUtf8 } from '../kit/text-codec'
import { parseXml, type Document } from '../xml'
import { readZipEntries } from '../zip'
import { notWord, passwordOrOldWord, rtfNamedDocx } from './errors'
import { parseRelationships, relsPartName, targetOfType, type Relationships } from './relationships'

export interface DocxPart {
  name: string
  doc: Document
  rels: Relationships
}

/** The main part as text: its body is parsed in batches (body-batches.ts), never whole. */
export interface MainPart {
  name: string
  xml: string
  rels: Relationships
}

export interface DocxPackage {
  main: MainPart
  styles?: Document
  numbering?: Document
  footnotes?: DocxPart
  endnotes?: DocxPart
  core?: Document
  app?: Document
}

const KIND_LABEL = 'Word document'

/** Where Word keeps the text when the package does not say. */
const MAIN_PART = 'word/document.xml'

/** Compound File Binary: the container of Word 97-2003 files and of encrypted .docx files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Strict Open XML namespaces to their transitional twins, so one reader serves both. */
const STRICT_NAMESPACES: [string, string][] = [
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['http://purl.oclc.org/ooxml/officeDocument/extendedProperties', 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'],
  ['http://purl.oclc.org/ooxml/officeDocument/math', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

/** Files that are not zips but are often named .docx get a message that says what they are. */
function refuseKnownImpostors(bytes: Uint8Array, fileName: string): void {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw passwordOrOldWord(fileName)
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw rtfNamedDocx(fileName)
  }
}

/** The parts worth unzipping: never media, and never comments (they are not the policy). */
function wanted(name: string): boolean {
  const n = name.toLowerCase()
  if (n === '_rels/.rels' || n === 'docprops/core.xml' || n === 'docprops/app.xml') return true
  if (/^word\/_rels\/[^/]+\.rels$/.test(n)) return true
  return /^word\/[^/]+\.xml$/.test(n) && !/^word\/comments/.test(n)
}

const STRICT_MARKER = Array.from('purl.oclc.org/ooxml/', (c) => c.charCodeAt(0))

function containsAscii(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = bytes.indexOf(needle[0]!); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** XML text as the UTF-8 the parser expects: UTF-16 parts and strict namespaces converted. */
function normalisePart(bytes: Uint8Array): Uint8Array {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null
  if (!utf16 && !containsAscii(bytes, STRICT_MARKER)) return bytes
  let text = decodeBytes(bytes, utf16 ?? 'utf-8')
  for (const [strict, transitional] of STRICT_NAMESPACES) text = text.split(strict).join(transitional)
  return encodeUtf8(text.replace(/^\uFEFF/, ''))
}

export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  refuseKnownImpostors(bytes, fileName)
  const seen: string[] = []
  const entries = readZipEntries(bytes, fileName, KIND_LABEL, (name) => {
    seen.push(name)
    return wanted(name)
  })
  // Note: part names in a package are case-insensitive.
  const byName = new Map<string, Uint8Array>()
  for (const [name, data] of entries) byName.set(name.toLowerCase().replace(/^\//, ''), data)
  const parse = (name: string | undefined): Document | undefined => {
    const data = name === undefined ? undefined : byName.get(name.toLowerCase())
    return data && name !== undefined ? parseXml(normalisePart(data), fileName, name) : undefined
  }
  const packageRels = parseRelationships(parse('_rels/.rels'), '')
  const declaredMain = targetOfType(packageRels, 'officeDocument')
  const mainName = declaredMain && byName.has(declaredMain.toLowerCase()) ? declaredMain : MAIN_PART
  if (!byName.has(mainName.toLowerCase())) throw notWord(fileName, seen)
  const partWithRels = (name: string | undefined): DocxPart | undefined => {
    const doc = parse(name)
    return doc && name ? { name, doc, rels: parseRelationships(parse(relsPartName(name)), name) } : undefined
  }
  const main: MainPart = { name: mainName, xml: decodeUtf8(normalisePart(byName.get(mainName.toLowerCase())!)), rels: parseRelationships(parse(relsPartName(mainName)), mainName) }
  const related = (kind: string, fallback: string): string => targetOfType(main.rels, kind) ?? fallback
  const pkg: DocxPackage = { main }
  const styles = parse(related('styles', 'word/styles.xml'))
  const numbering = parse(related('numbering', 'word/numbering.xml'))
  const footnotes = partWithRels(related('footnotes', 'word/footnotes.xml'))
  const endnotes = partWithRels(related('endnotes', 'word/endnotes.xml'))
  const core = parse(targetOfType(packageRels, 'core-properties') ?? 'docProps/core.xml')
  const app = parse(targetOfType(packageRels, 'extended-properties') ?? 'docProps/app.xml')
  if (styles) pkg.styles = styles
  if (numbering) pkg.numbering = numbering
  if (footnotes) pkg.footnotes = footnotes
  if (endnotes) pkg.endnotes = endnotes
  if (core) pkg.core = core
  if (app) pkg.app = app
  return pkg
}
