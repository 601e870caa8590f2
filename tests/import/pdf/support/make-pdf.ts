/**
 * A tiny PDF writer for tests that need one exact layout: text placed at chosen positions in
 * Helvetica or Helvetica-Bold (the standard fonts every reader has), optional rotation, drawn
 * rectangles, metadata. The PDF fixtures under tests/fixtures/import come from real tools; these
 * pin down one rule each (a page-number format, a hyphen, a missing space).
 *
 * Text is encoded as WinAnsi, so "–", "•" and "’" work; anything else is replaced by "?".
 */

export interface TextSpec {
  text: string
  x: number
  /** Baseline, measured from the top of the page (as a reader sees it). */
  y: number
  size?: number
  bold?: boolean
  /** Degrees anticlockwise. */
  angle?: number
}

export interface PageSpec {
  texts?: TextSpec[]
  /** Filled rectangles [x, y-from-top, width, height]: drawing, no text. */
  rects?: [number, number, number, number][]
  width?: number
  height?: number
}

export interface PdfSpec {
  pages: PageSpec[]
  /** Info dictionary entries (Title, Author, Company, …). */
  info?: Record<string, string>
  /** All pages draw this one page's content (for very long documents). */
  shareContent?: boolean
}

const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '•': 0x95, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '·': 0xb7, '\u00ad': 0xad }

function pdfString(text: string): string {
  let out = '('
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += '\\' + String.fromCharCode(code)
    else if (code < 0x20 || code > 0x7e) out += '\\' + code.toString(8).padStart(3, '0')
    else out += String.fromCharCode(code)
  }
  return out + ')'
}

function contentOf(page: PageSpec, height: number): string {
  const ops: string[] = []
  for (const [x, y, w, h] of page.rects ?? []) ops.push(`0.5 g ${x} ${height - y - h} ${w} ${h} re f`)
  for (const t of page.texts ?? []) {
    const rad = ((t.angle ?? 0) * Math.PI) / 180
    const [c, s] = [Math.cos(rad), Math.sin(rad)].map((n) => Number(n.toFixed(6)))
    ops.push(`BT /${t.bold ? 'F2' : 'F1'} ${t.size ?? 10} Tf ${c} ${s} ${-s!} ${c} ${t.x} ${height - t.y} Tm ${pdfString(t.text)} Tj ET`)
  }
  return ops.join('\n')
}

export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesObj = add('')
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  let shared: number | null = null
  for (const page of spec.pages) {
    const [w, h] = [page.width ?? 420, page.height ?? 595]
    let content: number
    if (spec.shareContent && shared !== null) content = shared
    else {
      const stream = contentOf(page, h)
      content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
      shared = content
    }
    kids.push(
      add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`),
    )
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Count ${kids.length} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`
  const info = spec.info ? add(`<< ${Object.entries(spec.info).map(([k, v]) => `/${k} ${pdfString(v)}`).join(' ')} >>`) : null

  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  // Latin-1: every character above is one byte.
  return Uint8Array.from(body, (ch) => ch.charCodeAt(0))
}

/** Lines of body text down a page, one every `leading` points, starting at y. */
export function column(lines: string[], options: { x?: number; y?: number; size?: number; leading?: number; bold?: boolean } = {}): TextSpec[] {
  const { x = 60, y = 80, size = 10, leading = 13, bold = false } = options
  return lines.map((text, i) => ({ text, x, y: y + i * leading, size, bold }))
}
