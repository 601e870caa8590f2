/**
 * `npm run web` entry: serve the built renderer and the service on 127.0.0.1 and print the
 * URL to open. Options: --port N (default: a free port chosen by the system).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { WorkbenchService } from '../service/workbench-service'
import { Workspace } from '../workspace'
import { defaultWorkspacePath } from '../workspace-location'
import { productName, productVersion } from '../version'
import { startWebHost } from './server'

function valueOf(args: string[], flag: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`${flag}=`))
  if (inline) return inline.slice(flag.length + 1)
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : undefined
}

function parsePort(args: string[]): number {
  const i = args.indexOf('--port')
  const inline = args.find((a) => a.startsWith('--port='))
  const raw = inline ? inline.slice('--port='.length) : i >= 0 ? args[i + 1] : undefined
  if (raw === undefined) return 0
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port needs a number from 0 to 65535, not "${raw}".`)
    process.exit(2)
  }
  return port
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'Usage: npm run web -- [--port N] [--workspace PATH | --in-memory]\n' +
        'Serves Policy Workbench to your browser on 127.0.0.1. The library and drafts are kept in\n' +
        `the workspace file (default: ${defaultWorkspacePath()}); --in-memory keeps nothing.`,
    )
    return
  }
  // Built next to this file by electron-vite: out/main/web.js and out/renderer/.
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  if (!existsSync(`${rendererDir}/index.html`)) {
    console.error(`The user interface is not built (${rendererDir} is missing). Run: npm run build`)
    process.exit(1)
  }
  const workspacePath = args.includes('--in-memory') ? null : path.resolve(valueOf(args, '--workspace') ?? defaultWorkspacePath())
  let workspace: Workspace
  try {
    workspace = workspacePath ? Workspace.open(workspacePath, { create: true }) : Workspace.inMemory()
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  const host = await startWebHost({ service: new WorkbenchService({ host: 'web', workspace }), rendererDir, port: parsePort(args) })
  console.log(`${productName} ${productVersion} is running, with ${workspacePath ? `the workspace ${workspacePath}` : 'nothing kept after it stops (--in-memory)'}.`)
  console.log('Open this address in your browser:')
  console.log(host.url)
  console.log('Only this machine can reach it, and only with the token in that address. Press Ctrl+C to stop.')
  const stop = (): void => {
    void host.close().then(() => {
      workspace.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code
  if (code === 'EADDRINUSE') console.error('That port is already in use; choose another with --port N, or leave it out.')
  else console.error(error)
  process.exit(1)
})
