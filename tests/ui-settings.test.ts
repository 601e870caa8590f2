import { describe, expect, it } from 'vitest'
import { requestSchemas } from '../src/shared/api-schema'
import { readUiSettings } from '../src/shared/ui-settings'
import { WorkbenchService } from '../src/main/service/workbench-service'

describe('layout settings remembered per workspace', () => {
  it('round-trips pane widths and collapsed panes through the service, and forgets on null', async () => {
    const service = new WorkbenchService({ host: 'web' })
    expect(await service.getSettings()).toEqual({})
    await service.setSetting({ key: 'libraryWidth', value: 300 })
    expect(await service.setSetting({ key: 'outlineCollapsed', value: true })).toEqual({ libraryWidth: 300, outlineCollapsed: true })
    expect(await service.setSetting({ key: 'libraryWidth', value: null })).toEqual({ outlineCollapsed: true })
    expect(await service.setSetting({ key: 'wideCompare', value: true })).toEqual({ outlineCollapsed: true, wideCompare: true })
  })

  it('accepts only known keys with bounded values', () => {
    const schema = requestSchemas.setSetting
    expect(schema.safeParse({ key: 'outlineWidth', value: 260 }).success).toBe(true)
    expect(schema.safeParse({ key: 'outlineWidth', value: 5000 }).success).toBe(false)
    expect(schema.safeParse({ key: 'outlineWidth', value: 'wide' }).success).toBe(false)
    expect(schema.safeParse({ key: 'libraryCollapsed', value: 1 }).success).toBe(false)
    expect(schema.safeParse({ key: 'theme', value: 'dark' }).success).toBe(false)
    expect(schema.safeParse({ key: 'libraryWidth', value: 300, extra: 1 }).success).toBe(false)
  })

  it('repairs what the database holds: unknown keys and out-of-range values are dropped', () => {
    expect(readUiSettings({ 'ui.libraryWidth': 9999, 'ui.outlineWidth': 250, 'ui.libraryCollapsed': 'yes', other: 1, 'ui.outlineCollapsed': false })).toEqual({ outlineWidth: 250, outlineCollapsed: false })
  })
})
