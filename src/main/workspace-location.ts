/**
 * Where the default workspace lives: the user's application data folder, as each platform
 * names it. The Electron app asks Electron (app.getPath('userData')); the browser host and
 * anything else outside Electron uses this.
 */
import os from 'node:os'
import path from 'node:path'

export const WORKSPACE_FILE_NAME = 'workspace.sqlite'

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming'), 'Policy Workbench', WORKSPACE_FILE_NAME)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Policy Workbench', WORKSPACE_FILE_NAME)
  return path.posix.join(env['XDG_DATA_HOME'] || path.posix.join(home, '.local', 'share'), 'policy-workbench', WORKSPACE_FILE_NAME)
}
