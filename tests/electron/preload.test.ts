/** The preload exposes window.workbench with one wrapper per method, and nothing else. */
import { describe, expect, it, vi } from 'vitest'
import { apiMethods, channels } from '../../src/shared/api'

const fake = vi.hoisted(() => {
  const exposed = new Map<string, Record<string, (req?: unknown) => Promise<unknown>>>()
  const invoke = vi.fn(async (channel: string, req: unknown) => ({ ok: true, value: { channel, req } }))
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>()
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (req?: unknown) => Promise<unknown>>) => exposed.set(key, api) },
    ipcRenderer: {
      invoke,
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
  }
  return { exposed, invoke, electron, listeners }
})
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

describe('preload bridge', () => {
  it('exposes only window.workbench, with exactly the API methods, frozen (and the menu subscription)', async () => {
    await import('../../src/preload/index')
    expect([...fake.exposed.keys()]).toEqual(['workbench', 'workbenchMenu'])
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

  it('passes on only the menu commands of the fixed list, on the one channel, and unsubscribes', () => {
    const menu = fake.exposed.get('workbenchMenu') as unknown as { onCommand(cb: (c: string) => void): () => void }
    expect(Object.keys(menu)).toEqual(['onCommand'])
    const got: string[] = []
    const stop = menu.onCommand((c) => got.push(c))
    const deliver = fake.listeners.get('workbench:command')!
    deliver({ sender: 'the event itself is never passed on' }, 'new-draft')
    deliver({}, 'rm -rf')
    deliver({}, { command: 'new-draft' })
    expect(got).toEqual(['new-draft'])
    stop()
    expect(fake.listeners.has('workbench:command')).toBe(false)
  })
})
