/**
 * A workspace opened read-only, as every host sees it: getAppInfo says so (the status bar and
 * the CLI show it), reads work, and each change answers 'workspace-read-only' over the wire.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { handleRequest } from '../../src/main/service/handle-request'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { Workspace } from '../../src/main/workspace'
import { realDisk } from '../../src/main/workspace/disk'
import { makeSource, tempFolder } from '../workspace/helpers'

describe('the service over a read-only workspace', () => {
  it('reports it in getAppInfo, reads, and refuses changes with workspace-read-only', async () => {
    const file = path.join(tempFolder(), 'ws.sqlite')
    const writable = Workspace.open(file, { create: true })
    const { bytes, source } = makeSource('policy.txt', ['Staff must not post abuse.'])
    writable.addSource(bytes, source)
    expect((await new WorkbenchService({ host: 'test', workspace: writable }).getAppInfo()).workspaceReadOnly).toBe(false)
    writable.close()

    const service = new WorkbenchService({ host: 'test', workspace: Workspace.open(file, { disk: { ...realDisk, canWrite: () => false } }) })
    expect(await handleRequest(service, 'getAppInfo', undefined)).toMatchObject({ ok: true, value: { workspace: file, workspaceReadOnly: true } })
    expect(await handleRequest(service, 'listSources', undefined)).toMatchObject({ ok: true, value: [{ id: source.id }] })
    for (const [method, request] of [
      ['createDraft', { title: 'Ours' }],
      ['removeSource', { id: source.id }],
      ['updateSource', { id: source.id, title: 'New' }],
    ] as const) {
      expect(await handleRequest(service, method, request), method).toMatchObject({ ok: false, error: { code: 'workspace-read-only', file } })
    }
  })
})
