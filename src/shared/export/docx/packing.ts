/**
 * Packing made repeatable. docx stamps the clock into the core properties, gives hyperlinks
 * random relationship ids and zips with the current time; here the package is opened again,
 * the dates set from the document, random ids replaced by numbered ones in order, and the
 * entries zipped again sorted, with one fixed time. The same document gives the same bytes.
 */
import { type ZipCodec, type ZipEntry, writeZip } from './zip-write'

/** Note: built from local fields, so the DOS time written (read in local time) is the same in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0)

export interface PackFixes {
  /** ISO 8601 timestamp for dcterms:created and dcterms:modified. */
  date: string
  /** Replacement parts (name -> XML). */
  parts?: Record<string, string>
}

/** The package's parts by name: XML as text, anything else as bytes. */
export type PackageParts = Record<string, string | Uint8Array>

/** The parts zipped repeatably; `codec` deflates and checks them (zip-write.ts). */
export function repack(parts: PackageParts, fixes: PackFixes, codec: ZipCodec): Uint8Array {
  // Note: TextDecoder and TextEncoder, as fflate's strFromU8 and strToU8 use them, without loading fflate (zip-write.ts).
  const decoder = new TextDecoder()
  const entries: Record<string, Uint8Array> = {}
  const text: Record<string, string> = {}
  for (const [name, data] of Object.entries(parts)) {
    if (typeof data === 'string') text[name] = data
    else if (name.endsWith('.xml') || name.endsWith('.rels')) text[name] = decoder.decode(data)
    else entries[name] = data
  }
  const xmlNames = Object.keys(text)
  for (const [name, xml] of Object.entries(fixes.parts ?? {})) text[name] = xml

  const core = 'docProps/core.xml'
  if (text[core]) text[core] = text[core].replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${fixes.date}$3`)

  // Random relationship ids (docx's nanoid, 21 characters) become rIdLink1, rIdLink2, ... in order of appearance.
  const renames = new Map<string, string>()
  for (const name of xmlNames.filter((n) => n.endsWith('.rels')).sort()) {
    for (const m of text[name]!.matchAll(/\bId="([^"]+)"/g)) {
      const id = m[1]!
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdLink${renames.size + 1}`)
    }
  }
  if (renames.size > 0) {
    const pattern = new RegExp(`"(${[...renames.keys()].map(escape).join('|')})"`, 'g')
    for (const name of xmlNames) text[name] = text[name]!.replace(pattern, (_, id: string) => `"${renames.get(id)}"`)
  }

  const body = 'word/document.xml'
  if (text[body]) text[body] = renumberBookmarks(text[body])

  // Note: the parts every export shares may come deflated ahead by the codec's own deflater (pure-zip-codec.ts).
  // Node's zlib deflates them itself: measured cold in the built CLI, the ten (26 KB) in 1.7 to
  // 2.4 ms against 1.2 to 1.6 ms to decode fflate's packed bytes, and the zip is then zlib's alone.
  const ahead = codec.deflatedAhead?.()
  const encoder = new TextEncoder()
  const files: ZipEntry[] = [...Object.keys(text), ...Object.keys(entries)].sort().map((name) => {
    const xml = text[name]
    if (xml === undefined) return { name, data: entries[name]! }
    const ready = ahead?.get(xml)
    return ready ? { name, data: encoder.encode(xml), ready } : { name, data: encoder.encode(xml) }
  })
  return writeZip(files, ZIP_TIME, codec)
}

/**
 * docx names the contents' bookmarks (_Toc1, ...) and numbers bookmark ids from counters that
 * live as long as the process, so the second export of a run would differ from the first:
 * both are renumbered from 1 in order of appearance.
 */
function renumberBookmarks(xml: string): string {
  // Note: only the contents' bookmarks (_Toc) are renumbered, and every other replacement below
  // follows from one: without any, the text is returned as it is, not scanned three times
  // (about 1 ms of a cold 1,000-clause export, whose document.xml is ~280 KB).
  if (!xml.includes(TOC_BOOKMARK_START)) return xml
  const names = new Map<string, string>()
  const ids = new Map<string, string>()
  const name = (n: string): string => names.get(n) ?? (names.set(n, `_Toc${names.size + 1}`), names.get(n)!)
  const id = (n: string): string => ids.get(n) ?? (ids.set(n, String(ids.size + 1)), ids.get(n)!)
  return xml
    .replace(/<w:bookmarkStart w:name="(_Toc\d+)" w:id="(\d+)"/g, (_, n: string, i: string) => `<w:bookmarkStart w:name="${name(n)}" w:id="${id(i)}"`)
    .replace(/<w:bookmarkEnd w:id="(\d+)"/g, (m, i: string) => (ids.has(i) ? `<w:bookmarkEnd w:id="${ids.get(i)}"` : m))
    .replace(/(w:anchor="|PAGEREF )(_Toc\d+)/g, (m, lead: string, n: string) => (names.has(n) ? `${lead}${names.get(n)}` : m))
}

const TOC_BOOKMARK_START = '<w:bookmarkStart w:name="_Toc'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
