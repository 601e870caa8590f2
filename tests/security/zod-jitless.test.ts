/**
 * zod never tries eval: the renderer's CSP (script-src 'self') makes Chromium report every
 * `new Function` attempt as a CSP violation, even one zod catches. So `Function` is trapped
 * before the first schema module loads (this file runs in its own worker, so zod is fresh),
 * and the schemas the renderer and the hosts use are built and run under the trap.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/paths'

const OriginalFunction = globalThis.Function
const evalAttempts: string[] = []
globalThis.Function = new Proxy(OriginalFunction, {
  construct(target, args: unknown[]) {
    evalAttempts.push(String(args.at(-1)).slice(0, 60))
    return Reflect.construct(target, args) as object
  },
  apply(target, self, args: unknown[]) {
    evalAttempts.push(String(args.at(-1)).slice(0, 60))
    return Reflect.apply(target, self, args) as unknown
  },
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : []
  })
}

describe('zod without eval', () => {
  it('builds and runs every schema without calling Function', async () => {
    const { requestSchemas } = await import('../../src/shared/api-schema')
    const { draftActionSchema } = await import('../../src/shared/draft')
    expect(requestSchemas.compare.safeParse({ a: 'a'.repeat(64), b: 'b'.repeat(64) }).success).toBe(true)
    expect(requestSchemas.compare.safeParse({ a: 'x' }).success).toBe(false)
    expect(draftActionSchema.safeParse({ type: 'nonsense' }).success).toBe(false)
    globalThis.Function = OriginalFunction
    expect(evalAttempts).toEqual([])
  })

  it('every schema module takes z from src/shared/zod.ts, where it is configured', () => {
    const direct = filesUnder(path.join(repoRoot, 'src'))
      .filter((file) => !file.endsWith(path.join('shared', 'zod.ts')))
      .filter((file) => /^import \{[^}]*\bz\b[^}]*\} from 'zod'/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(repoRoot, file))
    expect(direct).toEqual([])
  })
})
