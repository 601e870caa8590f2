/**
 * Schema validity of every WordprocessingML part of exported files, in one xmllint run (the
 * schema set is large; loading it once per part would cost seconds each).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripIgnorable } from './ignorable'
import { docxParts, wordParts } from './package'
import { wmlSchema } from './tools'

export interface SchemaResult {
  /** "file.docx word/document.xml" for every part checked. */
  checked: string[]
  /** xmllint's complaints, empty when all is valid. */
  errors: string[]
}

export function validateDocxFiles(files: Record<string, Uint8Array>): SchemaResult {
  const dir = mkdtempSync(join(tmpdir(), 'pw-schema-'))
  try {
    const paths: string[] = []
    const checked: string[] = []
    for (const [name, bytes] of Object.entries(files)) {
      const parts = docxParts(bytes)
      for (const part of wordParts(parts)) {
        const path = join(dir, name, part)
        mkdirSync(join(path, '..'), { recursive: true })
        writeFileSync(path, stripIgnorable(parts[part]!))
        paths.push(path)
        checked.push(`${name} ${part}`)
      }
    }
    const run = spawnSync('xmllint', ['--noout', '--schema', wmlSchema!, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const errors = run.stderr
      .split('\n')
      .filter((l) => l.trim() && !/ validates$/.test(l))
      .map((l) => l.replace(dir + '/', ''))
    if (run.status !== 0 && errors.length === 0) errors.push(`xmllint exited with ${run.status}`)
    return { checked, errors }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
