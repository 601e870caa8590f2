/**
 * Hostile shapes every importer must survive within the limits (issue 12): nesting deep enough
 * to overflow the stack or make the parser crawl, and a paragraph too long for one clause.
 * Each imports with a warning saying what was changed, losing no words.
 */
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import { MAX_CLAUSE_CHARS } from '../../src/shared/import/cap-clause-length'
import { boundNesting, MAX_INDENT } from '../../src/shared/import/markdown/bound-nesting'
import { boundHtmlNesting, MAX_ELEMENT_DEPTH } from '../../src/shared/import/html/bound-nesting'

const importedAt = '2026-12-01T00:00:00.000Z'
const read = (name: string, text: string) => importFile({ name, bytes: new TextEncoder().encode(text), importedAt })

describe('deep nesting', () => {
  it('imports a Markdown list nested 2,000 deep quickly (1,000 took 73 s before), every item kept, with a warning', async () => {
    let md = '# Deep\n\n'
    for (let i = 0; i < 2000; i++) md += ' '.repeat(2 * i) + `- item ${i} staff must be careful\n`
    // Note: no clock assertion (speed lives in `npm run bench`); the time limit on this test is
    // what catches the quadratic walk coming back, which took minutes at this depth.
    const source = await read('deep-list.md', md)
    expect(source.clauses.filter((c) => c.text.startsWith('item '))).toHaveLength(2000)
    expect(Math.max(...source.clauses.map((c) => c.level))).toBeLessThanOrEqual(MAX_INDENT / 2 + 1)
    expect(source.warnings.join(' ')).toMatch(/nested deeper than Policy Workbench reads/)
  }, 60_000)

  it('imports Markdown quotes and one-line lists nested 5,000 deep without overflowing the stack', async () => {
    const quotes = `# Quotes\n\n${'>'.repeat(5000)} Staff must be careful online.\n`
    const dashes = `# Dashes\n\n${'- '.repeat(5000)}Staff must be careful online.\n`
    for (const [name, md] of [['quotes.md', quotes], ['dashes.md', dashes]] as const) {
      const source = await read(name, md)
      expect(source.clauses.map((c) => c.text)).toContain('Staff must be careful online.')
      expect(source.warnings.join(' ')).toMatch(/nested deeper/)
    }
  }, 30_000)

  it('leaves Markdown within the bounds untouched', () => {
    const md = '- a\n  - b\n    - c\n\n> quoted\n>> twice\n\n    code\n'
    expect(boundNesting(md)).toEqual({ text: md, flattened: 0 })
  })

  it('imports an HTML page nested 2,000 (and 100,000) elements deep, its words kept, with a warning', async () => {
    for (const depth of [2000, 100_000]) {
      const html = `<html><body>${'<div>'.repeat(depth)}<p>Staff must be careful online.</p>${'</div>'.repeat(depth)}<p>After the nest.</p></body></html>`
      const source = await read(`deep-${depth}.html`, html)
      expect(source.clauses.map((c) => c.text)).toEqual(['Staff must be careful online.', 'After the nest.'])
      expect(source.warnings.join(' ')).toMatch(/nested more than 100 elements deep/)
    }
  }, 30_000)

  it('counts only elements the parser keeps open, and skips tags inside scripts', () => {
    const html = `<ul>${'<li>x'.repeat(500)}</ul>${'<p>para'.repeat(500)}<script>${'<div>'.repeat(500)}</script>`
    expect(boundHtmlNesting(html)).toEqual({ html, dropped: 0 })
    const deep = '<b>'.repeat(MAX_ELEMENT_DEPTH + 5) + 'x' + '</b>'.repeat(MAX_ELEMENT_DEPTH + 5)
    expect(boundHtmlNesting(deep)).toEqual({ html: '<b>'.repeat(MAX_ELEMENT_DEPTH) + 'x' + '</b>'.repeat(MAX_ELEMENT_DEPTH), dropped: 5 })
  })
})

describe('huge paragraphs', () => {
  it('cuts a 2 MB one-line text into clauses of at most 20,000 characters at sentence ends, keeping every word', async () => {
    const sentence = 'Staff must not share passwords on social media sites. '
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length))
    const source = await read('one-line.txt', text)
    expect(source.clauses.length).toBeGreaterThan(100)
    expect(Math.max(...source.clauses.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_CLAUSE_CHARS)
    expect(source.clauses.every((c) => c.text.endsWith('sites.'))).toBe(true)
    expect(source.clauses.map((c) => c.text).join(' ')).toBe(text.trim())
    expect(source.warnings.join(' ')).toMatch(/longer than 20,000 characters and was cut/)
  }, 30_000)

  it('cuts at spaces, or at the limit, where there is no sentence end', async () => {
    const words = 'word '.repeat(10_000)
    const solid = 'x'.repeat(50_000)
    const spaced = await read('no-stops.md', `# T\n\n${words}\n`)
    expect(Math.max(...spaced.clauses.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_CLAUSE_CHARS)
    expect(spaced.clauses.map((c) => c.text).join(' ')).toBe(words.trim())
    const unbroken = await read('no-spaces.txt', `Title\n\n${solid}\n`)
    expect(unbroken.clauses.map((c) => c.text).join('')).toBe(solid)
  }, 30_000)
})
