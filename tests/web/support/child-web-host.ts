/**
 * The browser host in a process of its own (run with `node --import tsx`), so a test can
 * measure its memory: it prints `{ port, token, pid }` as one JSON line once it listens.
 */
import { WorkbenchService } from '../../../src/main/service/workbench-service'
import { startWebHost } from '../../../src/main/web/server'
import { fixturePath } from '../../support/paths'

const host = await startWebHost({ service: new WorkbenchService({ host: 'web' }), rendererDir: fixturePath('renderer'), token: 'test-token' })
console.log(JSON.stringify({ port: host.port, token: host.token, pid: process.pid }))
process.on('SIGTERM', () => void host.close().then(() => process.exit(0)))
