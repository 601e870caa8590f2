/** The status bar: the last thing that happened (read out by screen readers), and where we are. */
import { memo } from 'react'
import type { AppInfo, HostKind } from '../../../shared/api'
import { plural } from '../../../shared/text/wording'
import { READ_ONLY_NOTE } from '../../../shared/text/read-only-note'

const HOST_LABEL: Record<HostKind, string> = {
  electron: 'Desktop app',
  web: 'Browser host (this computer only)',
  cli: 'Command line',
  test: 'Test host',
}

// Note: memoised (issue 10): its three props seldom change when the shell renders (a tab opening).
export const StatusBar = memo(function StatusBar({ message, info, sourceCount }: { message: string; info: AppInfo | null; sourceCount: number }): React.JSX.Element {
  return (
    <footer className="statusbar">
      <span role="status" aria-live="polite" className="status-message">
        {message}
      </span>
      <span className="status-facts">
        {plural(sourceCount, 'source')}
        {info && ` · ${HOST_LABEL[info.host]} · version ${info.version}`}
        {/* Note: said once, here, so every refused change later is no surprise. */}
        {info?.workspaceReadOnly && ` · ${READ_ONLY_NOTE}`}
      </span>
    </footer>
  )
})
