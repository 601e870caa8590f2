/**
 * Scaling a corpus file up for benchmarks, in its own format: text formats are repeated,
 * Word and OpenDocument packages get their body repeated inside the same package, so the
 * importer does the same work per clause as on the real file, only more of it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

function repeatBetween(xml: string, open: RegExp, close: string, times: number): string {
  const start = open.exec(xml)
  const end = xml.lastIndexOf(close)
  if (!start || end < 0) return xml
  const bodyStart = start.index + start[0].length
  const body = xml.slice(bodyStart, end)
  return xml.slice(0, bodyStart) + body.repeat(times) + xml.slice(end)
}

export function scaleUp(bytes: Uint8Array, format: string, times: number): Uint8Array {
  if (times <= 1) return bytes
  if (format === 'txt' || format === 'md') {
    const text = strFromU8(bytes)
    return strToU8(Array.from({ length: times }, () => text).join('\n\n'))
  }
  if (format === 'html') {
    const html = strFromU8(bytes)
    return strToU8(/<main[\s>]/.test(html) ? repeatBetween(html, /<main[^>]*>/, '</main>', times) : repeatBetween(html, /<body[^>]*>/, '</body>', times))
  }
  if (format === 'docx' || format === 'odt') {
    const entries = unzipSync(bytes)
    const part = format === 'docx' ? 'word/document.xml' : 'content.xml'
    const xml = strFromU8(entries[part]!)
    // Note: the section properties at the end of a Word body stay single; only content repeats.
    const scaled =
      format === 'docx'
        ? xml.replace(/(<w:body>)([\s\S]*?)(<w:sectPr[\s\S]*<\/w:body>)/, (_m, a: string, body: string, tail: string) => a + body.repeat(times) + tail)
        : repeatBetween(xml, /<office:text[^>]*>/, '</office:text>', times)
    entries[part] = strToU8(scaled)
    return zipSync(entries)
  }
  return bytes
}
