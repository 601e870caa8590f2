/** `npm run web`'s first line says when the workspace was opened read-only, in the status bar's words. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { AppInfo } from '../../src/shared/api'
import { startUpLine } from '../../src/main/web/start-up-line'
import { StatusBar } from '../../src/renderer/src/components/StatusBar'

const info = { host: 'web', version: '0.1.0', workspace: '/tmp/ws.sqlite', workspaceReadOnly: true } as AppInfo

describe('the browser host start-up line', () => {
  it('says the workspace is read-only in the words the status bar shows', () => {
    const bar = renderToStaticMarkup(createElement(StatusBar, { message: '', info, sourceCount: 0 }))
    const words = /· (Read-only[^<·]*)/.exec(bar)![1]!.trim()
    const line = startUpLine({ product: 'Policy Workbench', version: '0.1.0', workspacePath: '/tmp/ws.sqlite', readOnly: true })
    expect(line).toBe(`Policy Workbench 0.1.0 is running, with the workspace /tmp/ws.sqlite. ${words}.`)
  })

  it('says nothing of it when the workspace can be saved to, or for --in-memory', () => {
    expect(startUpLine({ product: 'Policy Workbench', version: '0.1.0', workspacePath: '/tmp/ws.sqlite', readOnly: false })).toBe('Policy Workbench 0.1.0 is running, with the workspace /tmp/ws.sqlite.')
    expect(startUpLine({ product: 'Policy Workbench', version: '0.1.0', workspacePath: null, readOnly: false })).toBe('Policy Workbench 0.1.0 is running, with nothing kept after it stops (--in-memory).')
  })
})
