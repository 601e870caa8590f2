/**
 * Word export of drafts of 100, 1,000 and 5,000 clauses (plain: front matter, numbered
 * sections and clauses, sub-clauses): the export model and the docx writer in process, median
 * of a few runs after a warm-up; beside it pandoc turning the same content, as Markdown, into a
 * .docx (a whole process, where pandoc is installed). Target: 1,000 clauses under 100 ms.
 * Beside wall time, the CPU time of the export: on a shared, busy machine wall time mostly
 * measures waiting for a core.
 *
 *   npx tsx bench/export.bench.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { draftLabels } from '../src/shared/draft'
import { buildExport, renderDocx } from '../src/shared/export'
import type { Draft } from '../src/shared/model'
import { largeDraft } from '../tests/export/support/drafts'

const at = process.argv.indexOf('--runs')
const runs = at > 0 ? Number(process.argv[at + 1]) : 5
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const hasPandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0
const dir = mkdtempSync(join(tmpdir(), 'pw-bench-export-'))

function markdown(draft: Draft): string {
  const labels = draftLabels(draft)
  return draft.sections
    .map((s) => [`# ${labels.sections[s.id]} ${s.heading}`, ...s.clauses.map((c) => `${'    '.repeat(c.level - 1)}${labels.clauses[c.id]} ${c.text}`)].join('\n\n'))
    .join('\n\n')
}

const figures: Record<string, number> = {}
console.log('clauses   build ms   render ms   total ms   CPU ms    KB   pandoc ms   pandoc/ours')
for (const n of [100, 1000, 5000]) {
  const draft = largeDraft(n)
  const options = { date: '2026-03-12', author: 'Bench' }
  await renderDocx(buildExport(draft, options)) // warm-up: module loading and JIT
  const build: number[] = []
  const render: number[] = []
  const cpu: number[] = []
  let size = 0
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const doc = buildExport(draft, options)
    const t1 = performance.now()
    size = (await renderDocx(doc)).length
    render.push(performance.now() - t1)
    build.push(t1 - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  const total = median(build) + median(render)
  let pandocMs = NaN
  if (hasPandoc) {
    const md = join(dir, `draft-${n}.md`)
    writeFileSync(md, markdown(draft))
    const t0 = performance.now()
    spawnSync('pandoc', [md, '-o', join(dir, `draft-${n}.docx`)])
    pandocMs = performance.now() - t0
  }
  figures[`total${n}`] = total
  figures[`cpu${n}`] = median(cpu)
  figures[`pandoc${n}`] = pandocMs
  const cells = [median(build).toFixed(1).padStart(8), median(render).toFixed(1).padStart(10), total.toFixed(1).padStart(9), median(cpu).toFixed(1).padStart(7), String(Math.round(size / 1024)).padStart(5), (hasPandoc ? pandocMs.toFixed(0) : 'n/a').padStart(10), (hasPandoc ? (pandocMs / total).toFixed(1) : 'n/a').padStart(12)]
  console.log(`${String(n).padStart(7)}  ${cells.join('  ')}`)
}
rmSync(dir, { recursive: true, force: true })
console.log(JSON.stringify(figures))
