/**
 * The browser host's per-launch token arrives in the URL fragment (#token=...), which the
 * browser never sends to any server. Keep it for this tab and take it out of the address bar.
 */
const KEY = 'policy-workbench-token'

export function takeToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
    return match[1]
  }
  return sessionStorage.getItem(KEY)
}
