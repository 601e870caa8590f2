/**
 * The whole CLI process against pandoc, many runs taking turns, for comparing builds in the
 * same minutes on a shared machine: `compose RECIPE.json --in-memory --out FILE.docx` (the
 * issue 9 target, row (a) of export.bench.ts) for each built CLI named, then pandoc turning the
 * same content, as Markdown, into a .docx; medians of wall and CPU (user + system of the
 * child, in 10 ms ticks), with the load average before and after. Every CLI's code cache is
 * written by one untimed run first.
 *
 *   npx tsx bench/export-process.ts [--runs 21] [--clauses 1000] [--cli LABEL=out/cli/main.js]...
 *
 * Without --cli, this checkout's out/cli/main.js. Why a script apart from export.bench.ts: that
 * one runs three sizes, both CLI modes and the in-process figures, too long to repeat 20 times
 * between builds while others share the machine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { largeDraft } from '../tests/export/support/drafts'
import { loadAverage, markdownOf, recipeOf, type Timed, timeChild as time } from './export-process-support'

const flag = (name: string): string[] => process.argv.flatMap((a, i) => (a === name && process.argv[i + 1] ? [process.argv[i + 1]!] : []))
const runs = Number(flag('--runs')[0] ?? 21)
const clauses = Number(flag('--clauses')[0] ?? 1000)
const clis = (flag('--cli').length > 0 ? flag('--cli') : [`this=${join(import.meta.dirname, '..', 'out', 'cli', 'main.js')}`]).map((s) => {
  const [label, file] = s.includes('=') ? [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)] : [s, s]
  return { label: label!, main: resolve(file!) }
})
const hasPandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!


const dir = mkdtempSync(join(tmpdir(), 'pw-bench-process-'))
const draft = largeDraft(clauses)
const recipePath = join(dir, 'recipe.json')
const md = join(dir, 'draft.md')
writeFileSync(recipePath, recipeOf(draft))
writeFileSync(md, markdownOf(draft))
const compose = (main: string, i: number): string[] => [main, 'compose', recipePath, '--in-memory', '--out', join(dir, `out-${i}.docx`)]
for (const [i, cli] of clis.entries()) {
  if (!existsSync(cli.main)) throw new Error(`no built CLI at ${cli.main}`)
  time(process.execPath, compose(cli.main, i)) // writes its code cache
}
const loadBefore = loadAverage()
const timed: Timed[][] = clis.map(() => [])
const theirs: Timed[] = []
for (let r = 0; r < runs; r++) {
  clis.forEach((cli, i) => timed[i]!.push(time(process.execPath, compose(cli.main, i))))
  if (hasPandoc) theirs.push(time('pandoc', [md, '-o', join(dir, 'pandoc.docx')]))
}
const loadAfter = loadAverage()
const p = { wall: median(theirs.map((t) => t.wall)), cpu: median(theirs.map((t) => t.cpu)) }
console.log(`${clauses} clauses, compose --in-memory --out against pandoc, ${runs} runs taking turns, medians; load average ${loadBefore} before, ${loadAfter} after`)
console.log('cli           wall ms   CPU ms   pandoc/ours wall   pandoc/ours CPU')
for (const [i, cli] of clis.entries()) {
  const wall = median(timed[i]!.map((t) => t.wall))
  const cpu = median(timed[i]!.map((t) => t.cpu))
  console.log(`${cli.label.padEnd(12)} ${wall.toFixed(0).padStart(8)} ${cpu.toFixed(0).padStart(8)} ${(p.wall / wall).toFixed(2).padStart(18)} ${(p.cpu / cpu).toFixed(2).padStart(17)}`)
}
if (hasPandoc) console.log(`${'pandoc'.padEnd(12)} ${p.wall.toFixed(0).padStart(8)} ${p.cpu.toFixed(0).padStart(8)}`)
rmSync(dir, { recursive: true, force: true })
