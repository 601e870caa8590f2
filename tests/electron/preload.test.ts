/** The preload exposes window.workbench with one wrapper per method, and nothing else. */
import { describe, expect, it, vi } from 'vitest'
import { apiMethods, channels } from '../../src/shared/api'

const fake = vi.hoisted(() => {
  const exposed = new Map<string, Record<string, (req?: unknown) => Promise<unknown>>>()
  const invoke = vi.fn(async (channel: string, req: unknown) => ({ ok: true, value: { channel, req } }))
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (req?: unknown) => Promise<unknown>>) => exposed.set(key, api) },
    ipcRenderer: { invoke },
  }
  return { exposed, invoke, electron }
})
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

describe('preload bridge', () => {
  it('exposes only window.workbench, with exactly the API methods, frozen', async () => {
    await import('../../src/preload/index')
    expect([...fake.exposed.keys()]).toEqual(['workbench'])
    const bridge = fake.exposed.get('workbench')!
    expect(Object.keys(bridge).sort()).toEqual([...apiMethods].sort())
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true)
  })

  it('sends each method on its own channel with the request, and nothing on others', async () => {
    const bridge = fake.exposed.get('workbench')!
    for (const method of apiMethods) {
      fake.invoke.mockClear()
      await bridge[method]!({ marker: method })
      expect(fake.invoke).toHaveBeenCalledExactlyOnceWith(channels[method], { marker: method })
    }
  })
})
