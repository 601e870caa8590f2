/**
 * compose --in-memory with nothing to import runs without a service (compose-alone.ts): no
 * SQLite opened. What it prints and writes must be what the service's way gives: the same
 * draft (--json, ids aside, random either way) and the same bytes; a recipe that names files
 * still opens the in-memory service, once, and closes it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli, type ServiceFactory } from '../../src/main/cli/run-cli'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { Workspace } from '../../src/main/workspace'
import { inCi } from '../support/chromium'
import { fixturePath, repoRoot } from '../support/paths'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pw-compose-alone-'))
  // Note: the clock fixed (Date only), so both ways date the draft and the document alike.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-12T10:00:00Z'))
})
afterAll(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the CLI in process, counting the services it opens. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string; opened: number }> {
  const out: string[] = []
  const err: string[] = []
  let opened = 0
  const factory: ServiceFactory = (workspacePath, create) => {
    opened++
    return new WorkbenchService({ host: 'cli', workspace: workspacePath ? Workspace.open(workspacePath, { create }) : Workspace.inMemory() })
  }
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, factory)
  return { code, out: out.join('\n'), err: err.join('\n'), opened }
}

/** Every id (random UUIDs) replaced by its order of first appearance. */
function withoutIds(json: string): string {
  const ids = new Map<string, number>()
  return json.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => `<id ${ids.get(id) ?? ids.set(id, ids.size).size - 1}>`)
}

const recipe = {
  title: ' Staff social media policy ',
  metadata: { organisation: 'Eastbrook Borough Council', version: '0.3', status: 'consultation', reviewDue: '2027-03-31' },
  sections: [
    { heading: 'Your own accounts', clauses: [{ text: 'Keep work and personal accounts apart.', note: 'HR to confirm.' }, { text: 'Ask first.', level: 2 }] },
    { heading: '', clauses: [] },
    { heading: 'Elections', clauses: [{ text: 'Follow the [guidance](https://www.gov.uk) & "quotes".', level: 3 }] },
  ],
}

describe('compose --in-memory without a service', () => {
  it.each([['docx', []], ['docx', ['--pack', '--provenance', 'appendix', '--numbering', 'legal', '--marking', 'OFFICIAL', '--toc']], ['md', []], ['html', []]])(
    'prints and writes what the service way does (%s %j)',
    async (format, extra) => {
      const file = path.join(dir, 'recipe.json')
      writeFileSync(file, JSON.stringify(recipe))
      const alone = await run('compose', file, '--in-memory', '--json', '--out', path.join(dir, `alone.${format}`), ...extra)
      const kept = await run('compose', file, '--workspace', path.join(dir, `kept-${format}-${extra.length}.sqlite`), '--json', '--out', path.join(dir, `kept.${format}`), ...extra)
      expect(alone.code).toBe(0)
      expect(kept.code).toBe(0)
      expect(alone.opened).toBe(0)
      expect(kept.opened).toBe(1)
      expect(withoutIds(alone.out)).toBe(withoutIds(kept.out))
      // With --json the line about the file goes to stderr.
      expect(alone.err.replace(`alone.${format}`, `kept.${format}`)).toBe(kept.err)
      expect(kept.err).toContain(`Wrote ${path.join(dir, `kept.${format}`)}`)
      expect(Buffer.compare(readFileSync(path.join(dir, `alone.${format}`)), readFileSync(path.join(dir, `kept.${format}`)))).toBe(0)
    },
  )

  it('refuses a bad recipe in the same words, and without loading anything it does not need', async () => {
    const file = path.join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ title: ' ', sections: [{ heading: 'A', clauses: [{ text: 'x', from: 'a.md#1' }, { level: 4, text: 'y' }] }], extra: 1 }))
    const alone = await run('compose', file, '--in-memory')
    const kept = await run('compose', file, '--workspace', path.join(dir, 'bad.sqlite'))
    expect(alone).toMatchObject({ code: 1, out: '', opened: 0 })
    expect(alone.err).toBe(kept.err)
    expect(alone.err).toContain('bad.json is not a valid compose recipe:')
  })

  it('opens the in-memory service, once, for a recipe that imports a file', async () => {
    const file = path.join(dir, 'from.json')
    writeFileSync(path.join(dir, 'policy.txt'), readFileSync(fixturePath('policies', 'open-council-social-media.txt')))
    writeFileSync(file, JSON.stringify({ title: 'From a file', sections: [{ heading: 'A', clauses: [{ from: 'policy.txt#1.1' }, { text: 'Ours.' }] }] }))
    const alone = await run('compose', file, '--in-memory')
    expect(alone.opened).toBe(1)
    expect(alone.code).toBe(0)
    expect(alone.out).toContain('2 clauses (1 from sources, 1 new)')
  })

  // The built command bundles fflate's build without workers (scripts/build-cli.mjs): its bytes
  // must be the bytes of the code the tests run in process.
  it.runIf(inCi || existsSync(path.join(repoRoot, 'out', 'cli', 'main.js')))('writes, as the built command, the bytes it writes in process', async () => {
    const file = path.join(dir, 'built.json')
    writeFileSync(file, JSON.stringify({ ...recipe, sections: Array.from({ length: 30 }, (_, i) => ({ heading: `Part ${i + 1}`, clauses: Array.from({ length: 12 }, (_, c) => ({ text: `Clause ${c} of part ${i}: keep accounts apart and personal data safe.`, level: c % 4 === 3 ? 2 : 1 })) })) }))
    const built = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'policy-workbench.js'), 'compose', file, '--in-memory', '--out', path.join(dir, 'built.docx')], { encoding: 'utf8' })
    expect(built.status, built.stderr).toBe(0)
    // Note: the built run reads the real clock; the in-process run is set to the same day.
    vi.setSystemTime(vi.getRealSystemTime())
    expect((await run('compose', file, '--in-memory', '--out', path.join(dir, 'in-process.docx'))).code).toBe(0)
    vi.setSystemTime(new Date('2026-03-12T10:00:00Z'))
    expect(Buffer.compare(readFileSync(path.join(dir, 'built.docx')), readFileSync(path.join(dir, 'in-process.docx')))).toBe(0)
  })
})
