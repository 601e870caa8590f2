/**
 * `npm run web` entry: serve the built renderer and the service on 127.0.0.1 and print the
 * URL to open. Options (web/options.ts): --port N (default: a free port chosen by the system),
 * --workspace PATH or --in-memory.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { findExamplesFolder } from '../service/examples'
import { WorkbenchService } from '../service/workbench-service'
import { Workspace } from '../workspace'
import { defaultWorkspacePath } from '../workspace-location'
import { productName, productVersion } from '../version'
import { readWebOptions, webUsage } from './options'
import { startWebHost } from './server'
import { startUpLine } from './start-up-line'
import { stopOnSignals } from './stop-on-signals'

async function main(): Promise<void> {
  const read = readWebOptions(process.argv.slice(2), defaultWorkspacePath())
  if (read.kind === 'help') {
    console.log(webUsage(defaultWorkspacePath()))
    return
  }
  if (read.kind === 'error') {
    console.error(read.message)
    console.error(webUsage(defaultWorkspacePath()))
    process.exit(2)
  }
  const { options } = read
  // Built next to this file by electron-vite: out/main/web.js and out/renderer/.
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  if (!existsSync(`${rendererDir}/index.html`)) {
    console.error(`The user interface is not built (${rendererDir} is missing). Run: npm run build`)
    process.exit(1)
  }
  const workspacePath = options.workspace === null ? null : path.resolve(options.workspace)
  let workspace: Workspace
  try {
    workspace = workspacePath ? Workspace.open(workspacePath, { create: true }) : Workspace.inMemory()
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  // The examples are the project's corpus/, found above out/main/ (service/examples.ts).
  const examplesFolder = findExamplesFolder(path.dirname(fileURLToPath(import.meta.url)))
  const service = new WorkbenchService({ host: 'web', workspace, examplesFolder })
  const host = await startWebHost({ service, rendererDir, port: options.port })
  // Before the browser asks: the first comparison should not find the aligner cold.
  service.openLibrarySoon()
  console.log(startUpLine({ product: productName, version: productVersion, workspacePath, readOnly: workspace.readOnly }))
  console.log('Open this address in your browser:')
  console.log(host.url)
  console.log('Only this machine can reach it, and only with the token in that address. Press Ctrl+C to stop.')
  stopOnSignals({ host, service, workspace })
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code
  if (code === 'EADDRINUSE') console.error('That port is already in use; choose another with --port N, or leave it out.')
  else console.error(error)
  process.exit(1)
})
