/**
 * Issue 12 in the browser: a page load reports no CSP violation (zod runs jitless, so it never
 * probes eval; before, every load reported two "script-src eval" violations), and a workspace
 * that cannot be written says so in the status bar.
 */
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { Workspace } from '../../src/main/workspace'
import { realDisk } from '../../src/main/workspace/disk'
import { describeInBrowser, openApp } from './support/app'

declare global {
  interface Window {
    cspViolations?: string[]
  }
}

describeInBrowser('hardening', () => {
  it('loads with no CSP violation reported', async () => {
    const app = await openApp()
    try {
      // Collected from the first script on: the listener must be there before the bundle runs.
      await app.page.addInitScript(() => {
        window.cspViolations = []
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`))
      })
      await app.page.reload()
      await app.page.getByRole('status').waitFor()
      await app.page.waitForTimeout(500)
      expect(await app.page.evaluate(() => window.cspViolations)).toEqual([])
      expect(app.problems).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('says in the status bar when the workspace is open read-only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-e2e-readonly-'))
    const file = path.join(dir, 'ws.sqlite')
    Workspace.open(file, { create: true }).close()
    const workspace = Workspace.open(file, { disk: { ...realDisk, canWrite: () => false } })
    const app = await openApp({ service: new WorkbenchService({ host: 'web', workspace }) })
    try {
      await expect.poll(() => app.page.locator('.statusbar').textContent()).toContain('Read-only: this workspace cannot be saved to')
    } finally {
      await app.close()
      workspace.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
