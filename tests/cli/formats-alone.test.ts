/**
 * `formats` without --workspace opens no service (no SQLite, no engines): it lists what the
 * service's getAppInfo lists, word for word; with --workspace it still opens that workspace,
 * as it always did.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type ServiceFactory } from '../../src/main/cli/run-cli'
import { WorkbenchService } from '../../src/main/service/workbench-service'

async function run(argv: string[], factory?: ServiceFactory): Promise<{ code: number; out: string; err: string; services: number }> {
  const out: string[] = []
  const err: string[] = []
  let services = 0
  const counting: ServiceFactory | undefined = factory && (async (ws, create) => (services++, factory(ws, create)))
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, counting)
  return { code, out: out.join('\n'), err: err.join('\n'), services }
}

const inMemory: ServiceFactory = () => new WorkbenchService({ host: 'cli' })

describe('formats', () => {
  it('lists the formats without a service, as the service lists them', async () => {
    const info = await new WorkbenchService({ host: 'cli' }).getAppInfo()
    const json = await run(['formats', '--json'], inMemory)
    expect(json).toMatchObject({ code: 0, err: '', services: 0 })
    expect(json.out).toBe(JSON.stringify(info.formats, null, 2))
    const text = await run(['formats'], inMemory)
    expect(text).toMatchObject({ code: 0, services: 0 })
    expect(text.out.split('\n')).toHaveLength(info.formats.length)
  })

  it('still opens a workspace named with --workspace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-formats-'))
    try {
      const ws = path.join(dir, 'w.sqlite')
      const named = await run(['formats', '--workspace', ws])
      expect(named.code).toBe(0)
      expect(existsSync(ws)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
