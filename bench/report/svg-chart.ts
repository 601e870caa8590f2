/**
 * A log-log line chart as a standalone SVG document, for the growth curves in bench/README.md.
 * Our own few lines rather than a charting package: the bench adds no dependency, and the
 * output is plain text that diffs well when the figures change.
 *
 * Each series becomes one <path> (plus a marker per point), so a reader of the SVG, or a test,
 * can count the series. Points that are not positive are dropped: a log axis has no place
 * for them.
 */

export interface Series {
  /** Shown in the legend; say the unit here when series differ in what they measure. */
  name: string
  points: readonly { x: number; y: number }[]
}

export interface ChartOptions {
  title: string
  xLabel: string
  yLabel: string
  width?: number
  height?: number
}

/** Colour-blind-safe (Okabe-Ito), in the order series are given. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
// Note: the right margin holds the legend; names of about 34 characters fit at 12 px.
const MARGIN = { left: 70, right: 230, top: 40, bottom: 50 }

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const round = (n: number): string => (Math.round(n * 10) / 10).toString()

/** Powers of ten (and 2x, 5x between them when the range is short) spanning [min, max]. */
export function logTicks(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min))
  const high = Math.ceil(Math.log10(max))
  const steps = high - low <= 2 ? [1, 2, 5] : [1]
  const ticks: number[] = []
  for (let p = low; p <= high; p++) for (const s of steps) ticks.push(s * 10 ** p)
  return ticks.filter((t) => t >= min / 1.0001 && t <= max * 1.0001)
}

const formatTick = (n: number): string => (n >= 1000 ? `${n / 1000}k` : n >= 1 ? String(n) : n.toPrecision(1))

export function logLogChart(series: readonly Series[], options: ChartOptions): string {
  const width = options.width ?? 720
  const height = options.height ?? 420
  const kept = series.map((s) => ({ ...s, points: s.points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.x) && Number.isFinite(p.y)) }))
  const all = kept.flatMap((s) => s.points)
  if (all.length === 0) throw new Error('logLogChart: no positive points to draw')
  // Note: the axes start and end on powers of ten, so a reader can read slopes by eye.
  const xMin = 10 ** Math.floor(Math.log10(Math.min(...all.map((p) => p.x))))
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(...all.map((p) => p.x))))
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...all.map((p) => p.y))))
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...all.map((p) => p.y))))
  const plotW = width - MARGIN.left - MARGIN.right
  const plotH = height - MARGIN.top - MARGIN.bottom
  const sx = (x: number): number => MARGIN.left + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1)) * plotW
  const sy = (y: number): number => MARGIN.top + plotH - ((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin) || 1)) * plotH

  const out: string[] = []
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`)
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`)
  out.push(`<title>${escapeXml(options.title)}</title>`)
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)
  out.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(options.title)}</text>`)
  // Grid and tick labels: lines, not paths, so the paths are the series alone.
  for (const t of logTicks(xMin, xMax)) {
    out.push(`<line x1="${round(sx(t))}" y1="${MARGIN.top}" x2="${round(sx(t))}" y2="${MARGIN.top + plotH}" stroke="#dddddd"/>`)
    out.push(`<text x="${round(sx(t))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${formatTick(t)}</text>`)
  }
  for (const t of logTicks(yMin, yMax)) {
    out.push(`<line x1="${MARGIN.left}" y1="${round(sy(t))}" x2="${MARGIN.left + plotW}" y2="${round(sy(t))}" stroke="#dddddd"/>`)
    out.push(`<text x="${MARGIN.left - 6}" y="${round(sy(t) + 4)}" text-anchor="end">${formatTick(t)}</text>`)
  }
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333333"/>`)
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`)
  out.push(`<text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`)

  kept.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!
    const points = [...s.points].sort((a, b) => a.x - b.x)
    const d = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(sx(p.x))} ${round(sy(p.y))}`).join(' ')
    out.push(`<g class="series">`)
    out.push(`<path d="${d || `M${MARGIN.left} ${MARGIN.top}`}" fill="none" stroke="${colour}" stroke-width="2"><title>${escapeXml(s.name)}</title></path>`)
    for (const p of points) out.push(`<circle cx="${round(sx(p.x))}" cy="${round(sy(p.y))}" r="3" fill="${colour}"/>`)
    const ly = MARGIN.top + 10 + i * 18
    out.push(`<line x1="${width - MARGIN.right + 12}" y1="${ly}" x2="${width - MARGIN.right + 32}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`)
    out.push(`<text x="${width - MARGIN.right + 38}" y="${ly + 4}">${escapeXml(s.name)}</text>`)
    out.push(`</g>`)
  })
  out.push(`</svg>`)
  return `${out.join('\n')}\n`
}
