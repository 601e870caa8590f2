/** The page: A4 in twips, 2.54 cm margins, header and footer 1.25 cm from the edge; landscape turns it. */
export interface PageSize {
  width: number
  height: number
  landscape: boolean
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number }
}

const MARGIN = { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 709, footer: 709 }

export const pageSize = (landscape: boolean): PageSize => (landscape ? { width: 16838, height: 11906, landscape, margin: MARGIN } : { width: 11906, height: 16838, landscape, margin: MARGIN })

/** The width a full-width table takes: the page inside its margins (docx's AvailableTextWidth, no gutter). */
export const textWidth = (page: PageSize): number => page.width - page.margin.left - page.margin.right
