/**
 * `npm run web` entry: serve the built renderer and the service on 127.0.0.1 and print the
 * URL to open. Options: --port N (default: a free port chosen by the system).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { WorkbenchService } from '../service/workbench-service'
import { productName, productVersion } from '../version'
import { startWebHost } from './server'

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
    console.log('Usage: npm run web -- [--port N]\nServes Policy Workbench to your browser on 127.0.0.1.')
    return
  }
  // Built next to this file by electron-vite: out/main/web.js and out/renderer/.
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  if (!existsSync(`${rendererDir}/index.html`)) {
    console.error(`The user interface is not built (${rendererDir} is missing). Run: npm run build`)
    process.exit(1)
  }
  const host = await startWebHost({ service: new WorkbenchService({ host: 'web' }), rendererDir, port: parsePort(args) })
  console.log(`${productName} ${productVersion} is running. Open this address in your browser:`)
  console.log(host.url)
  console.log('Only this machine can reach it, and only with the token in that address. Press Ctrl+C to stop.')
  const stop = (): void => {
    void host.close().then(() => process.exit(0))
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
