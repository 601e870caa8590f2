/**
 * What the user reads when a call fails. The service's WorkbenchErrors already carry a
 * sentence in plain words; anything else (a bug, a dropped connection) is shown as it came,
 * so a failure is never silent. One place, so a message per error code can be added here.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
