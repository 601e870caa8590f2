/** A source clause's tools: Add to draft with a draft open; without one, where to start it. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ClauseTools } from '../../src/renderer/src/components/ClauseTools'

const noop = (): void => {}
const render = (onAddToDraft: (() => void) | null, tabbable = true): string => renderToStaticMarkup(createElement(ClauseTools, { onAddToDraft, similarOpen: false, onToggleSimilar: noop, tabbable }))

describe('clause tools', () => {
  it('offers Add to draft and Similar in other sources as two buttons while a draft is open', () => {
    const html = render(noop)
    expect(html.match(/<button[^>]*>[^<]*<\/button>/g)!.map((b) => b.replace(/<[^>]+>/g, ''))).toEqual(['Add to draft', 'Similar in other sources'])
    expect(html).not.toContain('start a draft')
  })

  it('is one Tab stop on the clause holding the list\'s stop (a toolbar), and none on any other clause', () => {
    expect(render(noop).match(/tabindex="0"/g)).toHaveLength(1)
    expect(render(null).match(/<button type="button" class="secondary clause-tool" tabindex="0"/g)).toHaveLength(1)
    expect(render(noop, false)).not.toContain('tabindex="0"')
    expect(render(noop, false).match(/tabindex="-1"/g)).toHaveLength(2)
  })

  it('says where to start a draft when none is open, as text, not a control', () => {
    const html = render(null)
    expect(html).toContain('<span class="clause-tool-hint">To add this clause, start a draft in Your draft.</span>')
    expect(html.match(/<button/g)).toHaveLength(1)
  })
})
