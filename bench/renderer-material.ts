/**
 * The material both renderer benchmarks (renderer.bench.ts, renderer-trace.ts) build their
 * sources from: the corpus policies as an import batch, their longer clauses as wordings, a
 * seeded random choice among them (the same sources on every run), and plain-text policies of
 * numbered sections written from chosen wordings.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { WorkbenchService } from '../src/main/service/workbench-service'
import type { Clause } from '../src/shared/model'

type ImportFile = { name: string; dataBase64: string }

const corpusDir = path.join(import.meta.dirname, '..', 'corpus')
const corpusFiles = readdirSync(corpusDir).filter((f) => /\.(docx|pdf|md|html|odt|txt)$/.test(f))

/** The corpus policies, ready for importFiles. */
export const corpusImport: ImportFile[] = corpusFiles.map((name) => ({ name, dataBase64: readFileSync(path.join(corpusDir, name)).toString('base64') }))

/** A file for importFiles holding the given text. */
export const file = (name: string, text: string): ImportFile => ({ name, dataBase64: Buffer.from(text).toString('base64') })

/** A repeatable random number in [0, 1): a linear congruential generator from a fixed seed. */
export function seededRandom(seed = 20261130): () => number {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
}

/** A plain-text policy of numbered sections and clauses, from the given wordings. */
export function policy(title: string, texts: readonly string[], perSection = 10): string {
  const lines = [title, '']
  texts.forEach((text, i) => {
    const s = Math.floor(i / perSection) + 1
    if (i % perSection === 0) lines.push(`${s}. Section ${s}`, '')
    lines.push(`${s}.${(i % perSection) + 1} ${text}`, '')
  })
  return lines.join('\n')
}

/** Imports the corpus into the service; gives back its clauses longer than 40 characters. */
export async function importCorpus(service: WorkbenchService): Promise<Clause[]> {
  await service.importFiles({ files: corpusImport })
  const sources = await Promise.all((await service.listSources()).map((s) => service.getSource({ id: s.id })))
  return sources.flatMap((s) => s.clauses).filter((c) => c.text.length > 40)
}

/** Picks n wordings from the clauses with the given random source. */
export const picker =
  (clauses: readonly Clause[], random: () => number) =>
  (n: number): string[] =>
    Array.from({ length: n }, () => clauses[Math.floor(random() * clauses.length)]!.text)

/**
 * The renderer benches' pair of 300-clause sources: B is A with a fifth of its clauses
 * replaced, then `moves` of them moved. Drawn from `random` in this order, so every bench that
 * calls it at the same point of its seeded stream compares the same pair.
 */
export function revisedPair(pick: (n: number) => string[], random: () => number, moves = 15): { a: string[]; b: string[] } {
  const a = pick(300)
  const b = a.map((t) => (random() < 0.2 ? pick(1)[0]! : t))
  for (let i = 0; i < moves; i++) {
    const from = Math.floor(random() * b.length)
    const to = Math.floor(random() * b.length)
    b.splice(to, 0, ...b.splice(from, 1))
  }
  return { a, b }
}
