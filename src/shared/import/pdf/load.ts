/**
 * The only file that talks to pdfjs: open the bytes, read each page's positioned text and the
 * document's metadata, and turn every pdfjs failure into a WorkbenchError that names the file.
 * Everything after this is pure layout work on plain data (types.ts).
 *
 * Note: pdfjs runs its "worker" in this thread here. Importing the worker module sets
 * globalThis.pdfjsWorker, which pdfjs uses instead of loading "./pdf.worker.mjs" from a path,
 * so the importer works the same under Node, vitest, the CLI and a bundled Electron main.
 * Nothing here needs a canvas, a DOM or Node built-ins.
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { WorkbenchError } from '../../errors'
import { damaged, internal, MAX_PAGES, noPages, notPdf, passwordProtected, tooManyPages } from './errors'
import { isBoldFontName, runsFromItems, type RawTextItem } from './text-items'
import type { PageText } from './types'

/** Metadata the importer may use, as found (untrimmed strings or null). */
export interface PdfMetadata {
  infoTitle: string | null
  xmpTitle: string | null
  /** A custom "Company" entry (Word and Acrobat write one); never the Author, who is a person. */
  company: string | null
}

export interface LoadedPdf<Page = PageText> {
  pageCount: number
  /** What `keep` made of each readable page's text, in page order. */
  pages: Page[]
  /** Page numbers whose text pdfjs could not read. */
  unreadablePages: number[]
  /** Page numbers that had text set at an angle, which was left out. */
  angledTextPages: number[]
  metadata: PdfMetadata
}

/** How far into the file the "%PDF-" signature may start (readers allow junk before it). */
const SIGNATURE_WINDOW = 1024
/**
 * Pages whose operator list is fetched to learn font names (for bold). Fonts are shared by
 * the whole document and nearly all are in use within the first pages, so a few suffice, and
 * the bound keeps image-heavy files fast.
 */
const MAX_FONT_PROBES = 12

export function hasPdfSignature(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SIGNATURE_WINDOW) - 5
  for (let i = 0; i <= end; i++) {
    // "%PDF-"
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true
  }
  return false
}

/** A pdfjs failure to open the file, as the error the user sees. */
function openingError(error: unknown, fileName: string): WorkbenchError {
  const name = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return passwordProtected(fileName)
  // The fake worker failing to start is this program's fault, not the file's.
  if (/fake worker/i.test(message)) return internal(fileName, error)
  return damaged(fileName)
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

async function readMetadata(doc: PDFDocumentProxy): Promise<PdfMetadata> {
  try {
    const { info, metadata } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null }
    const custom = info['Custom'] && typeof info['Custom'] === 'object' ? (info['Custom'] as Record<string, unknown>) : {}
    return {
      infoTitle: stringOr(info['Title']),
      xmpTitle: metadata ? stringOr(metadata.get('dc:title')) : null,
      company: stringOr(custom['Company']),
    }
  } catch {
    // Broken metadata never stops an import: the title then comes from the text.
    return { infoTitle: null, xmpTitle: null, company: null }
  }
}

/** Learn which of these fonts are bold from their PostScript names (see MAX_FONT_PROBES). */
async function probeFonts(page: PDFPageProxy, fonts: readonly string[], known: Map<string, boolean>): Promise<void> {
  try {
    await page.getOperatorList()
  } catch {
    // A page whose drawing instructions are broken still has its text; fonts stay unknown.
  }
  for (const font of fonts) {
    if (known.has(font) || !page.commonObjs.has(font)) continue
    const data = page.commonObjs.get(font) as { name?: unknown; bold?: unknown; black?: unknown } | null
    known.set(font, data?.bold === true || data?.black === true || (typeof data?.name === 'string' && isBoldFontName(data.name)))
  }
}

interface PageRead {
  text: PageText | null
  angled: boolean
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number, fonts: Map<string, boolean>, probes: { left: number }): Promise<PageRead> {
  let page: PDFPageProxy | null = null
  try {
    page = await doc.getPage(pageNumber)
    const viewport = page.getViewport({ scale: 1 })
    const content = await page.getTextContent({ includeMarkedContent: false })
    const items = content.items.filter((item): item is RawTextItem & typeof item => 'str' in item)
    const unknown = [...new Set(items.filter((i) => i.str.trim()).map((i) => i.fontName))].filter((f) => !fonts.has(f))
    if (unknown.length > 0 && probes.left > 0) {
      probes.left--
      await probeFonts(page, unknown, fonts)
    }
    const bold = new Set([...fonts].filter(([, isBold]) => isBold).map(([font]) => font))
    const { runs, angled } = runsFromItems(items, viewport.transform, bold)
    return { text: { pageNumber, width: viewport.width, height: viewport.height, runs }, angled: angled > 0 }
  } catch (error) {
    if (error instanceof WorkbenchError) throw error
    return { text: null, angled: false }
  } finally {
    page?.cleanup()
  }
}

/**
 * Open a PDF and read the text of every page. Throws WorkbenchError only. `keep` turns each
 * page's text into what the caller holds on to, so that a long document's positioned text is
 * never all held at once (issue 12); by default the page's text itself.
 */
export async function loadPdf<Page = PageText>(bytes: Uint8Array, fileName: string, keep: (page: PageText) => Page = (page) => page as Page): Promise<LoadedPdf<Page>> {
  if (!hasPdfSignature(bytes)) throw notPdf(fileName, bytes)
  const task = getDocument({
    // Note: pdfjs takes ownership of (detaches) the buffer it is given, so it gets a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  let doc: PDFDocumentProxy
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    throw openingError(error, fileName)
  }
  try {
    const pageCount = doc.numPages
    if (pageCount === 0) throw noPages(fileName)
    if (pageCount > MAX_PAGES) throw tooManyPages(fileName, pageCount)
    const metadata = await readMetadata(doc)
    const pages: Page[] = []
    const unreadablePages: number[] = []
    const angledTextPages: number[] = []
    const fonts = new Map<string, boolean>()
    const probes = { left: MAX_FONT_PROBES }
    for (let n = 1; n <= pageCount; n++) {
      const read = await readPage(doc, n, fonts, probes)
      if (read.text) pages.push(keep(read.text))
      else unreadablePages.push(n)
      if (read.angled) angledTextPages.push(n)
    }
    return { pageCount, pages, unreadablePages, angledTextPages, metadata }
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
