/** Atomic writes: the whole file or the old one, and no temporary file left behind either way. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { temporaryNameFor, writeFileAtomic } from '../../src/main/cli/write-file-atomic'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const fresh = (): string => (dir = mkdtempSync(path.join(tmpdir(), 'pw-atomic-')))

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving nothing else in the folder', async () => {
    const target = path.join(fresh(), 'policy.docx')
    await writeFileAtomic(target, new TextEncoder().encode('first'))
    await writeFileAtomic(target, new TextEncoder().encode('second'))
    expect(readFileSync(target, 'utf8')).toBe('second')
    expect(readdirSync(dir)).toEqual(['policy.docx'])
  })

  it('uses a hidden temporary name beside the target', () => {
    const name = temporaryNameFor('/some/folder/policy.docx')
    expect(path.dirname(name)).toBe('/some/folder')
    expect(path.basename(name)).toMatch(/^\.policy\.docx\.\d+-[0-9a-f]{8}\.partial$/)
    expect(temporaryNameFor('/a/b.docx')).not.toBe(temporaryNameFor('/a/b.docx'))
  })

  it('keeps the old file and removes its temporary file when the rename fails', async () => {
    // A folder where the file should go: the rename fails after the bytes were written.
    const target = path.join(fresh(), 'policy.docx')
    mkdirSync(target)
    writeFileSync(path.join(target, 'inside'), 'old')
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['policy.docx'])
    expect(readFileSync(path.join(target, 'inside'), 'utf8')).toBe('old')
  })

  it('fails without a trace where the folder does not exist', async () => {
    const target = path.join(fresh(), 'missing', 'policy.docx')
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(dir)).toEqual([])
  })
})
