/**
 * How the browser host stops on Ctrl+C (SIGINT) or SIGTERM: import workers are ended first
 * (a file being read must not hold the process), then the server and the workspace close.
 * Note: a deadline exits anyway if closing itself hangs, so a stop request is always obeyed.
 */
export interface Stoppable {
  host: { close(): Promise<void> }
  service: { stopImports(): Promise<void> }
  workspace: { close(): void }
}

export const STOP_DEADLINE_MS = 3000

export function stopOnSignals(parts: Stoppable, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    setTimeout(() => exit(0), STOP_DEADLINE_MS).unref()
    void Promise.allSettled([parts.service.stopImports(), parts.host.close()]).then(() => {
      try {
        parts.workspace.close()
      } finally {
        exit(0)
      }
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
