/**
 * A browser host started afresh in its own process over an existing workspace file, for
 * bench/renderer.bench.ts's "first compare after start": nothing of this process has compared,
 * prepared or compiled anything yet, as after the app is opened again.
 *   node --import tsx bench/renderer-cold-host.ts WORKSPACE RENDERER_DIR
 * Prints the address to open on a line of its own, then serves until stdin closes.
 */
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { Workspace } from '../src/main/workspace'

const [workspacePath, rendererDir] = process.argv.slice(2)
if (!workspacePath || !rendererDir) throw new Error('usage: renderer-cold-host.ts WORKSPACE RENDERER_DIR')
const workspace = Workspace.open(workspacePath)
const service = new WorkbenchService({ host: 'web', workspace })
const host = await startWebHost({ service, rendererDir })
console.log(host.url)
// Note: the bench ends this process by closing its stdin, so it never outlives the bench.
process.stdin.on('close', () => {
  void host.close().finally(() => {
    workspace.close()
    process.exit(0)
  })
})
process.stdin.resume()
