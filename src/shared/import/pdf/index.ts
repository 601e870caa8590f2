/**
 * The .pdf importer: bytes in, blocks out.
 *
 *   load (pdfjs) ─▶ runs ─▶ lines ─▶ furniture, repeated table headers and contents removed, rows cut by a page joined ─▶ paragraphs
 *     ─▶ headings, labels, levels
 *
 * Each step is its own file; this one only wires them and words the warnings. A PDF that
 * cannot be opened, needs a password, is only images or is absurdly long is refused with a
 * WorkbenchError (errors.ts); nothing else escapes.
 */
import type { Block } from '../blocks'
import { WorkbenchError } from '../../errors'
import { pluralWord } from '../../text/wording'
import type { ImportedContent, Importer } from '../importer'
import { removeContents } from './contents'
import { damaged, internal, scanned } from './errors'
import { removeFurniture } from './furniture'
import { removeRepeatedTableHeaders } from './repeated-table-headers'
import { joinRowsAcrossPages } from './page-split-rows'
import { linesOfPage } from './lines'
import type { Line, PageText } from './types'
import { loadPdf, type LoadedPdf } from './load'
import { meaningfulTitle, organisationOf, titleFromText } from './metadata'
import { measure } from './metrics'
import { buildParagraphs } from './paragraphs'
import { styled, toBlocks } from './structure'

function pageList(pages: readonly number[]): string {
  const shown = pages.slice(0, 10).join(', ')
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown
}

function pagesPhrase(pages: readonly number[]): string {
  return `${pluralWord(pages.length, 'Page')} ${pageList(pages)}`
}

/** A readable page, as the importer keeps it: its lines. */
interface PageLines {
  pageNumber: number
  lines: Line[]
}

/** Lines made as each page is read; a layout bug there is reported as one, as in contentOf. */
function keepLines(fileName: string): (page: PageText) => PageLines {
  return (page) => {
    try {
      return { pageNumber: page.pageNumber, lines: linesOfPage(page) }
    } catch (error) {
      throw internal(fileName, error)
    }
  }
}

function warningsOf(loaded: LoadedPdf<PageLines>, textless: readonly number[], contents: readonly number[]): string[] {
  const warnings: string[] = []
  const { unreadablePages: unreadable, angledTextPages: angled } = loaded
  if (unreadable.length > 0) {
    warnings.push(`${pagesPhrase(unreadable)} could not be read (the file is damaged there) and ${pluralWord(unreadable.length, 'was', 'were')} left out.`)
  }
  if (textless.length > 0) {
    warnings.push(`${pagesPhrase(textless)} ${pluralWord(textless.length, 'has', 'have')} no text, only images (perhaps scanned pages), so nothing on ${pluralWord(textless.length, 'it', 'them')} was imported.`)
  }
  if (contents.length > 0) {
    warnings.push(
      `The table of contents on ${pluralWord(contents.length, 'page')} ${pageList(contents)} was left out: the headings it lists are imported where they stand.`,
    )
  }
  if (angled.length > 0) {
    warnings.push(`Text set at an angle (such as a watermark or a sideways table heading) on ${pluralWord(angled.length, 'page')} ${pageList(angled)} was left out.`)
  }
  return warnings
}

function contentOf(loaded: LoadedPdf<PageLines>, fileName: string): ImportedContent {
  const readable = loaded.pages
  if (readable.length === 0) throw damaged(fileName)
  const pageLines = readable.map((p) => p.lines)
  const textless = readable.filter((p) => p.lines.length === 0).map((p) => p.pageNumber)
  if (textless.length === readable.length) throw scanned(fileName, loaded.pageCount)
  const withoutFurniture = joinRowsAcrossPages(removeRepeatedTableHeaders(removeFurniture(pageLines)))
  if (withoutFurniture.every((lines) => lines.length === 0)) throw scanned(fileName, loaded.pageCount)
  const { pages: body, removedFrom: contents } = removeContents(withoutFurniture)
  const metrics = measure(body)
  const paragraphs = styled(buildParagraphs(body.flat(), metrics))
  const blocks: Block[] = toBlocks(paragraphs, metrics.bodySize)
  const title =
    meaningfulTitle(loaded.metadata.infoTitle, fileName) ??
    meaningfulTitle(loaded.metadata.xmpTitle, fileName) ??
    titleFromText(paragraphs, metrics.bodySize)
  const content: ImportedContent = { blocks, warnings: warningsOf(loaded, textless, contents) }
  if (title) content.title = title
  const organisation = organisationOf(loaded.metadata)
  if (organisation) content.organisation = organisation
  return content
}

export const importPdf: Importer = async (bytes, fileName) => {
  let loaded: LoadedPdf<PageLines>
  try {
    loaded = await loadPdf(bytes, fileName, keepLines(fileName))
  } catch (error) {
    if (error instanceof WorkbenchError) throw error
    // Note: load.ts maps every failure it expects; anything else pdfjs throws is still the file's.
    throw damaged(fileName)
  }
  try {
    return contentOf(loaded, fileName)
  } catch (error) {
    if (error instanceof WorkbenchError) throw error
    // Layout code failing on odd input is a bug to report, not a fault in the file.
    throw internal(fileName, error)
  }
}
