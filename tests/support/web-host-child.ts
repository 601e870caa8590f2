/**
 * A browser host in a child process for the stop test (tests/web/stop-on-signals.test.ts): its
 * import pool's worker spins forever on "hang.txt", and one such import is running when it
 * prints "ready".
 */
import { join } from 'node:path'
import { ImportPool } from '../../src/main/import-pool'
import { typeScriptWorker } from '../../src/main/import-pool/worker-entry'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { startWebHost } from '../../src/main/web/server'
import { stopOnSignals } from '../../src/main/web/stop-on-signals'
import { Workspace } from '../../src/main/workspace'

const workspace = Workspace.inMemory()
const importPool = new ImportPool({ size: 1, entry: () => typeScriptWorker(join(import.meta.dirname, 'misbehaving-import-worker.ts')) })
const service = new WorkbenchService({ host: 'web', workspace, importPool })
const host = await startWebHost({ service, rendererDir: import.meta.dirname })
stopOnSignals({ host, service, workspace })
void service.importFiles({ files: [{ name: 'hang.txt', dataBase64: Buffer.from('Policy\n\n1. Staff must be kind.\n').toString('base64') }] })
// Give the worker time to start and take the file before saying so.
setTimeout(() => console.log('ready'), 1500)
