import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'
import { growthExponent } from '../../bench/report/fit'
import { logLogChart, logTicks } from '../../bench/report/svg-chart'

// Fixed figures of the shape the bench produces: families near-linear, lookups nearly flat.
const series = [
  { name: 'families (ms)', points: [{ x: 5000, y: 410 }, { x: 10000, y: 830 }, { x: 20000, y: 1750 }, { x: 40000, y: 3600 }] },
  { name: 'similar clause <median> (ms)', points: [{ x: 5000, y: 0.8 }, { x: 10000, y: 1.1 }, { x: 20000, y: 1.6 }, { x: 40000, y: 2.4 }] },
  { name: 'search & filter (ms)', points: [{ x: 5000, y: 0.3 }, { x: 40000, y: 0.9 }, { x: 20000, y: 0 }] },
]
// Note: xmllint (libxml2-utils) is the check asked for; where it is not installed the test says
// so by skipping, and the parse with xmldom below still holds the SVG to well-formed XML.
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0
const svg = logLogChart(series, { title: 'Growth with library size', xLabel: 'clauses', yLabel: 'time (ms)' })

describe('the bench chart writer', () => {
  it.skipIf(!hasXmllint)('writes well-formed XML (xmllint)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-svg-'))
    try {
      const file = path.join(dir, 'chart.svg')
      writeFileSync(file, svg)
      const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' })
      expect(lint.error).toBeUndefined()
      expect(lint.stderr).toBe('')
      expect(lint.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('parses as SVG without a single XML error (xmldom)', () => {
    const errors: string[] = []
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml')
    expect(errors).toEqual([])
    expect(doc.documentElement?.nodeName).toBe('svg')
    expect(doc.getElementsByTagName('path')).toHaveLength(series.length)
  })

  it('draws one path per series, and escapes names', () => {
    expect(svg.match(/<path /g)).toHaveLength(series.length)
    expect(svg).toContain('similar clause &lt;median&gt; (ms)')
    expect(svg).toContain('search &amp; filter (ms)')
  })

  it('drops points a log axis cannot show, keeping the rest in x order', () => {
    const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!)
    expect(paths[0]!.split(/[ML]/).filter(Boolean)).toHaveLength(4)
    // The third series had a zero: two points remain, drawn left to right.
    const xs = paths[2]!.split(/[ML]/).filter(Boolean).map((p) => Number(p.trim().split(' ')[0]))
    expect(xs).toHaveLength(2)
    expect(xs[0]).toBeLessThan(xs[1]!)
  })

  it('puts ticks on powers of ten, with 2 and 5 between them on short ranges', () => {
    expect(logTicks(1000, 100000)).toEqual([1000, 2000, 5000, 10000, 20000, 50000, 100000])
    expect(logTicks(0.1, 10000)).toEqual([0.1, 1, 10, 100, 1000, 10000])
  })
})

describe('the growth exponent', () => {
  it('is the slope of log time against log size', () => {
    expect(growthExponent([{ x: 1, y: 3 }, { x: 10, y: 30 }, { x: 100, y: 300 }])).toBeCloseTo(1, 6)
    expect(growthExponent([{ x: 5000, y: 1 }, { x: 10000, y: 4 }, { x: 20000, y: 16 }])).toBeCloseTo(2, 6)
    expect(growthExponent([{ x: 5000, y: 1 }])).toBeNaN()
  })
})
