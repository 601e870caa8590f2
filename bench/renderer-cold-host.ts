/**
 * A browser host started afresh in its own process over an existing workspace file, for
 * bench/renderer.bench.ts's "first compare after start": nothing of this process has compared,
 * prepared or compiled anything yet, as after the app is opened again. It starts as `npm run
 * web` does (src/main/web/main.ts), and reports the CPU time its compare requests took.
 *   node --import tsx bench/renderer-cold-host.ts WORKSPACE RENDERER_DIR
 * Prints the address to open on a line of its own, then serves until stdin closes.
 */
import { ComparisonCache } from '../src/main/service/comparison-cache'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { Workspace } from '../src/main/workspace'

const [workspacePath, rendererDir] = process.argv.slice(2)
if (!workspacePath || !rendererDir) throw new Error('usage: renderer-cold-host.ts WORKSPACE RENDERER_DIR')
// Each comparison's CPU time (this process, all its threads), printed as `compare-cpu MS` lines.
const cacheGet = ComparisonCache.prototype.get
ComparisonCache.prototype.get = function (this: ComparisonCache, ...args: Parameters<ComparisonCache['get']>) {
  const before = process.cpuUsage()
  const answer = cacheGet.apply(this, args)
  const { user, system } = process.cpuUsage(before)
  console.log(`compare-cpu ${((user + system) / 1000).toFixed(1)}`)
  return answer
}
const workspace = Workspace.open(workspacePath)
const service = new WorkbenchService({ host: 'web', workspace })
const host = await startWebHost({ service, rendererDir })
// As src/main/web/main.ts does on start.
service.openLibrarySoon()
console.log(host.url)
// Note: the bench ends this process by closing its stdin, so it never outlives the bench.
process.stdin.on('close', () => {
  void host.close().finally(() => {
    workspace.close()
    process.exit(0)
  })
})
process.stdin.resume()
