/**
 * The application menu's commands (desktop) and the tab shortcuts (every host) reach the app
 * here. In a browser there is no window.workbenchMenu; the shortcuts still work.
 */
import { useEffect, useRef } from 'react'
import type { AppCommand, MenuBridge } from '../../../shared/app-commands'
import { tabShortcut } from '../state/tab-shortcuts'

declare global {
  interface Window {
    workbenchMenu?: MenuBridge
  }
}

export type CommandHandler = (command: AppCommand) => void

export function useAppCommands(handler: CommandHandler): void {
  // The latest handler, without resubscribing on every render.
  const latest = useRef(handler)
  latest.current = handler

  useEffect(() => window.workbenchMenu?.onCommand((command) => latest.current(command)), [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const shortcut = tabShortcut(event)
      if (!shortcut) return
      event.preventDefault()
      latest.current(shortcut)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
