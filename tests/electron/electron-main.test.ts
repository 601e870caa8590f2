/**
 * The Electron adapter, run against a fake `electron` module (the runtime binary cannot be
 * downloaded here). Checks what the security checklist asks of the main process: isolated,
 * sandboxed windows; one IPC handler per API method that checks its sender and validates its
 * payload; no new windows, no navigation away, no permissions.
 */
import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { apiMethods, channels } from '../../src/shared/api'
import type { SourceDocument } from '../../src/shared/model'
import { isPackedSource } from '../../src/shared/wire/source-pack'
import { fromWire } from '../../src/shared/wire/wire-values'
import { fixturePath } from '../support/paths'

type Handler = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const fakeUserData = `${process.env['TMPDIR'] ?? '/tmp'}/pw-electron-test-${process.pid}`
  // The app opens the user's library (workspace-location.ts): point it into the temp folder.
  process.env['XDG_DATA_HOME'] = fakeUserData
  const state = {
    ipcHandlers: new Map<string, Handler>(),
    appListeners: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    permissionRequest: undefined as Handler | undefined,
    permissionCheck: undefined as Handler | undefined,
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, Handler>(),
    opened: [] as string[],
    menu: null as unknown,
    sent: [] as unknown[][],
    windowListeners: new Map<string, Handler>(),
  }
  class BrowserWindow {
    static getAllWindows(): unknown[] {
      return state.windows
    }
    static focused: BrowserWindow | null = null
    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.focused
    }
    webContents = { send: (...args: unknown[]) => state.sent.push(args) }
    entry: { options: Record<string, unknown>; url?: string }
    constructor(options: Record<string, unknown>) {
      this.entry = { options }
      state.windows.push(this.entry)
      BrowserWindow.focused = this
    }
    once(): void {}
    on(event: string, listener: Handler): void {
      state.windowListeners.set(event, listener)
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 40, y: 30, width: 1280, height: 760 }
    }
    isMaximized(): boolean {
      return false
    }
    loadURL(url: string): Promise<void> {
      this.entry.url = url
      return Promise.resolve()
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      getPath: () => fakeUserData,
      getName: () => 'Policy Workbench',
      getVersion: () => '0.1.0',
      relaunch: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      on: (event: string, listener: Handler) => state.appListeners.set(event, listener),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: Handler) => state.ipcHandlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: Handler) => state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => (state.permissionCheck = h),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: (url: string) => state.opened.push(url), showItemInFolder: vi.fn() },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    dialog: { showMessageBox: vi.fn(async () => ({})), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
  return { state, electron, fakeUserData }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const { state } = fake

afterAll(() => {
  // The app opened its workspace in the fake user-data folder; close it and leave nothing behind.
  fake.state.appListeners.get('will-quit')?.()
  rmSync(fake.fakeUserData, { recursive: true, force: true })
})

beforeAll(async () => {
  await import('../../src/main/electron/main')
  // Let whenReady().then(...) run.
  await new Promise((r) => setTimeout(r, 0))
})

const sender = (url: string, parent: unknown = null): { senderFrame: { url: string; parent: unknown } } => ({ senderFrame: { url, parent } })

type MenuItem = { label?: string; accelerator?: string; click?: () => void; submenu?: MenuItem[] }

describe('Electron main process', () => {
  it('installs the application menu; a command item sends its name to the focused window on the one command channel', () => {
    const menus = (state.menu as { template: MenuItem[] }).template
    expect(menus.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
    const newDraft = menus[0]!.submenu!.find((i) => i.label === 'New draft')!
    expect(newDraft.accelerator).toBe('CmdOrCtrl+N')
    newDraft.click!()
    expect(state.sent).toEqual([['workbench:command', 'new-draft']])
    menus[3]!.submenu![0]!.click!()
    expect(fake.electron.shell.showItemInFolder).toHaveBeenCalledWith(`${fake.fakeUserData}/policy-workbench/workspace.sqlite`)
  })

  it('remembers the window size and position when it closes, and the workspace among the recent ones', async () => {
    state.windowListeners.get('close')!()
    const { readDesktopSettings } = await import('../../src/main/desktop-settings')
    expect(readDesktopSettings(`${fake.fakeUserData}/policy-workbench/desktop.json`)).toEqual({
      window: { x: 40, y: 30, width: 1280, height: 760, maximized: false },
      recentWorkspaces: [`${fake.fakeUserData}/policy-workbench/workspace.sqlite`],
    })
  })

  it('opens one window with every isolation switch on, loading the app:// origin', () => {
    expect(state.windows).toHaveLength(1)
    const prefs = state.windows[0]!.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/)
    expect(state.windows[0]!.url).toBe('app://workbench/index.html')
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled()
  })

  it('registers exactly one IPC handler per API method', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(apiMethods.map((m) => channels[m]).sort())
  })

  it('answers the app page, and refuses other senders and subframes', async () => {
    const handler = state.ipcHandlers.get(channels.listSources)!
    expect(await handler(sender('app://workbench/index.html'), undefined)).toEqual({ ok: true, value: [] })
    for (const bad of [sender('https://evil.example/'), sender('app://workbench/index.html', {}), { senderFrame: null }]) {
      expect(await handler(bad, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('validates every payload before the service sees it', async () => {
    const handler = state.ipcHandlers.get(channels.getSource)!
    expect(await handler(sender('app://workbench/index.html'), { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('lists the examples and imports them one by one by name over IPC, as the renderer shows each arrive', async () => {
    const app = sender('app://workbench/index.html')
    const listed = (await state.ipcHandlers.get(channels.listExamples)!(app, undefined)) as { ok: true; value: { files: string[] } }
    expect(listed.value.files).toHaveLength(14)
    const name = listed.value.files[0]!
    expect(await state.ipcHandlers.get(channels.importExamples)!(app, { files: [name] })).toMatchObject({ ok: true, value: { results: [{ file: name, ok: true }] } })
    // A path is not a name: refused by the schema before the service sees it.
    expect(await state.ipcHandlers.get(channels.importExamples)!(app, { files: [name], folder: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('sends a source packed, as the renderer unpacks it (wire/source-pack.ts)', async () => {
    const app = sender('app://workbench/index.html')
    const examples = (await state.ipcHandlers.get(channels.listExamples)!(app, undefined)) as { ok: true; value: { files: string[] } }
    const imported = (await state.ipcHandlers.get(channels.importExamples)!(app, { files: [examples.value.files[1]!] })) as { ok: true; value: { results: { source: { id: string; clauseCount: number } }[] } }
    const { id, clauseCount } = imported.value.results[0]!.source
    const reply = (await state.ipcHandlers.get(channels.getSource)!(app, { id })) as { ok: true; value: unknown }
    expect(isPackedSource(reply.value)).toBe(true)
    const doc = fromWire('getSource', reply.value) as SourceDocument
    expect(doc.id).toBe(id)
    expect(doc.clauses.length).toBeGreaterThanOrEqual(clauseCount)
    expect(doc.clauses.every((c) => c.sourceId === id && typeof c.inline === 'string')).toBe(true)
  })

  it('denies new windows and navigation away from the app', () => {
    const listeners = new Map<string, Handler>()
    let openHandler: Handler | undefined
    const contents = {
      setWindowOpenHandler: (h: Handler) => (openHandler = h),
      on: (event: string, h: Handler) => listeners.set(event, h),
    }
    state.appListeners.get('web-contents-created')!({}, contents)
    expect(openHandler!({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' })
    expect(state.opened).toEqual(['https://www.gov.uk/'])
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(state.opened).toEqual(['https://www.gov.uk/'])
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() }
      listeners.get(event)!(away, 'https://evil.example/')
      expect(away.preventDefault).toHaveBeenCalled()
      const inside = { preventDefault: vi.fn() }
      listeners.get(event)!(inside, 'app://workbench/index.html')
      expect(inside.preventDefault).not.toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')!(webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    state.permissionRequest!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(state.permissionCheck!()).toBe(false)
  })

  it('serves the renderer over a privileged app:// scheme with the CSP header', async () => {
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
    const serve = state.protocolHandlers.get('app')!
    const missing = (await serve({ url: 'app://workbench/no-such-file.js' })) as Response
    expect(missing.status).toBe(404)
    const escape = (await serve({ url: 'app://workbench/%2e%2e/%2e%2e/package.json' })) as Response
    expect(escape.status).toBe(404)

    // The same handler over a folder that holds a page.
    const { serveRenderer } = await import('../../src/main/electron/protocol')
    serveRenderer(fixturePath('renderer'))
    const page = (await state.protocolHandlers.get('app')!({ url: 'app://workbench/index.html' })) as Response
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('fixture renderer')
    const otherHost = (await state.protocolHandlers.get('app')!({ url: 'app://elsewhere/index.html' })) as Response
    expect(otherHost.status).toBe(404)
  })
})
