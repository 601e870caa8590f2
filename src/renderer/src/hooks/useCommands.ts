/**
 * The command registry in React: the shell makes one and provides it; a view calls
 * `useCommand(id, handler)` to offer a command while it is mounted; `useCommandSources` turns
 * the desktop menu's messages and the tab shortcuts into dispatched ids. In a browser there is
 * no window.workbenchMenu; the shortcuts still work.
 */
import { createContext, useContext, useEffect, useRef } from 'react'
import type { AppCommand, MenuBridge } from '../../../shared/app-commands'
import type { CommandHandler, CommandRegistry } from '../state/command-registry'
import { tabShortcut } from '../state/tab-shortcuts'

declare global {
  interface Window {
    workbenchMenu?: MenuBridge
  }
}

export const CommandsContext = createContext<CommandRegistry | null>(null)

/**
 * Offer `command` while this component is mounted and `handler` is not null. The latest
 * handler runs, without registering again on every render.
 */
export function useCommand(command: AppCommand, handler: CommandHandler | null): void {
  const registry = useContext(CommandsContext)
  const latest = useRef(handler)
  latest.current = handler
  const offered = handler !== null
  useEffect(() => {
    if (!registry || !offered) return
    return registry.register(command, () => latest.current?.())
  }, [registry, command, offered])
}

/** The menu and the keyboard, as sources of command ids. */
export function useCommandSources(registry: CommandRegistry): void {
  useEffect(() => window.workbenchMenu?.onCommand((command) => registry.dispatch(command)), [registry])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const shortcut = tabShortcut(event)
      if (!shortcut) return
      event.preventDefault()
      registry.dispatch(shortcut)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [registry])
}
