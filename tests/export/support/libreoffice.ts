/**
 * Opening exported files in LibreOffice: all converted to PDF in one soffice run (it takes
 * seconds to start), then each PDF's text from pdftotext, for the clauses in order.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The text of each file as LibreOffice prints it, by name; a file that did not convert is missing. */
export function printedTexts(files: Record<string, Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-soffice-'))
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, `${name}.docx`)
      writeFileSync(path, bytes)
      return path
    })
    // A private profile: a second LibreOffice (or a user's) must not share or lock ours.
    const profile = `file://${join(dir, 'profile')}`
    spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { encoding: 'utf8', timeout: 180_000 })
    const out: Record<string, string> = {}
    for (const name of Object.keys(files)) {
      const pdf = join(dir, `${name}.pdf`)
      if (!existsSync(pdf)) continue
      spawnSync('pdftotext', ['-layout', pdf, join(dir, `${name}.txt`)])
      out[name] = readFileSync(join(dir, `${name}.txt`), 'utf8')
    }
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Whether `printed` holds each expected line (a printed number, then the start of its text;
 * the text alone when the number is empty) in order. Returns the first one not found after the one before, or null when all are.
 */
export function missingInOrder(printed: string, expected: readonly { number: string; text: string }[]): string | null {
  const flat = printed.replace(/\s+/g, ' ')
  let from = 0
  for (const { number, text } of expected) {
    const words = text.replace(/\s+/g, ' ').trim().slice(0, 40)
    const line = number ? `${number} ${words}` : words
    const at = flat.indexOf(line, from)
    if (at < 0) return line
    from = at + line.length
  }
  return null
}
