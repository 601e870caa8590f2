/**
 * The app's commands by id (src/shared/app-commands.ts): views register what a command does
 * while they are mounted, and the menu and the keyboard shortcuts dispatch ids, never clicks
 * on controls found by their label. Pure (no DOM, no React), so it is tested under Node.
 *
 * Note: more than one view may offer a command (two comparisons in the same session, say);
 * the one registered last is the one that runs, and when it goes the one before it is back.
 */
import type { AppCommand } from '../../../shared/app-commands'

export type CommandHandler = () => void

export interface CommandRegistry {
  /** Offer a command; returns the undo (call it when the view unmounts). */
  register(command: AppCommand, handler: CommandHandler): () => void
  /** Run a command: true if some view offered it, false when none does (nothing happens). */
  dispatch(command: AppCommand): boolean
  /** Whether a command would do something now (for a menu item's enabled state). */
  has(command: AppCommand): boolean
}

export function createCommandRegistry(): CommandRegistry {
  const handlers = new Map<AppCommand, { handler: CommandHandler }[]>()
  return {
    register(command, handler) {
      const entry = { handler }
      handlers.set(command, [...(handlers.get(command) ?? []), entry])
      return () => handlers.set(command, (handlers.get(command) ?? []).filter((e) => e !== entry))
    },
    dispatch(command) {
      const entry = handlers.get(command)?.at(-1)
      entry?.handler()
      return entry !== undefined
    },
    has: (command) => (handlers.get(command)?.length ?? 0) > 0,
  }
}
