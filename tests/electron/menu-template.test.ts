/** The application menu as data: the items the issue asks for, their accelerators, and the commands they send. */
import { describe, expect, it } from 'vitest'
import { accelerators, menuTemplate, type MenuItemSpec, type MenuSpec } from '../../src/main/menu-template'
import { appCommands, isAppCommand } from '../../src/shared/app-commands'

const ctx = { productName: 'Policy Workbench', workspacePath: '/home/a/.local/share/policy-workbench/workspace.sqlite', recentWorkspaces: ['/data/team.sqlite', '/home/a/.local/share/policy-workbench/workspace.sqlite'] }
const linux = menuTemplate({ ...ctx, platform: 'linux' })
const mac = menuTemplate({ ...ctx, platform: 'darwin' })
const menu = (menus: MenuSpec[], label: string): MenuItemSpec[] => menus.find((m) => m.label.replace('&', '') === label)!.submenu
const labels = (items: MenuItemSpec[]): string[] => items.flatMap((i) => ('label' in i && i.label ? [i.label] : 'role' in i ? [i.role] : []))
const item = (items: MenuItemSpec[], label: string): MenuItemSpec => items.find((i) => 'label' in i && i.label === label)!

describe('the application menu', () => {
  it('has File, Edit, View and Help, with the app menu first on macOS', () => {
    expect(linux.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
    expect(mac.map((m) => m.label)).toEqual(['Policy Workbench', '&File', '&Edit', '&View', '&Help'])
  })

  it('offers in File what the author does with files', () => {
    const file = labels(menu(linux, 'File'))
    for (const label of ['New draft', 'Import policies…', 'Load the example policies', 'Open workspace…', 'Recent workspaces', 'Open draft file…', 'Save draft as file…', 'Export to Word…', 'Close tab', 'E&xit']) {
      expect(file).toContain(label)
    }
    expect(labels(menu(mac, 'File'))).not.toContain('E&xit')
    expect(item(menu(linux, 'File'), 'New draft')).toMatchObject({ accelerator: 'CmdOrCtrl+N', command: 'new-draft' })
    expect(item(menu(linux, 'File'), 'Close tab')).toMatchObject({ accelerator: 'CmdOrCtrl+W', command: 'close-tab' })
  })

  it('lists recent workspaces other than the one in use, each opening that file', () => {
    const recent = item(menu(linux, 'File'), 'Recent workspaces')
    expect(recent).toMatchObject({ enabled: true, submenu: [{ label: 'team.sqlite', main: { kind: 'open-workspace', path: '/data/team.sqlite' } }] })
    const none = item(menu(menuTemplate({ ...ctx, platform: 'linux', recentWorkspaces: [] }), 'File'), 'Recent workspaces')
    expect(none).toMatchObject({ enabled: false, submenu: [] })
  })

  it('keeps native Undo and Redo for text, with the draft’s own undo, and Find in library', () => {
    const edit = menu(linux, 'Edit')
    expect(edit[0]).toEqual({ role: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' })
    expect(edit[1]).toEqual({ role: 'redo', label: 'Redo', accelerator: 'Ctrl+Y' })
    expect(menu(mac, 'Edit')[1]).toMatchObject({ accelerator: 'Shift+Cmd+Z' })
    expect(item(edit, 'Find in library')).toMatchObject({ accelerator: 'CmdOrCtrl+F', command: 'find-in-library' })
    expect(item(edit, 'Undo in draft')).toMatchObject({ command: 'undo-draft' })
  })

  it('has panes, wide compare, tab cycling and zoom in View', () => {
    const view = menu(linux, 'View')
    expect(labels(view)).toEqual(expect.arrayContaining(['Show or hide the library', 'Show or hide the draft', 'Wide compare', 'Next tab', 'Previous tab', 'zoomIn', 'zoomOut', 'resetZoom']))
    expect(item(view, 'Next tab')).toMatchObject({ accelerator: 'Ctrl+Tab', command: 'next-tab' })
  })

  it('says in Help where the workspace is, and About', () => {
    const help = menu(linux, 'Help')
    expect(help[0]).toEqual({ label: 'Where is my workspace? (workspace.sqlite)', main: { kind: 'show-workspace' } })
    expect(labels(help)).toContain('About Policy Workbench')
  })

  it('gives no accelerator twice, and sends only commands the preload lets through', () => {
    for (const menus of [linux, mac]) {
      const keys = accelerators(menus)
      expect(new Set(keys).size).toBe(keys.length)
    }
    const commands = JSON.stringify(linux).match(/"command":"[^"]+"/g)!.map((m) => m.slice(11, -1))
    expect(commands.every(isAppCommand)).toBe(true)
    expect(new Set(commands)).toEqual(new Set(appCommands))
  })
})
