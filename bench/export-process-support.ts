/**
 * What the two whole-process export benchmarks share (export.bench.ts's table and
 * export-process.ts's builds taking turns): the draft as pandoc's Markdown and as a compose
 * recipe of the same content, and a child process timed in wall and CPU time.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { draftLabels } from '../src/shared/draft'
import type { Draft } from '../src/shared/model'

/** The draft as Markdown with its numbers typed in, what pandoc converts. */
export function markdownOf(draft: Draft): string {
  const labels = draftLabels(draft)
  return draft.sections
    .map((s) => [`# ${labels.sections[s.id]} ${s.heading}`, ...s.clauses.map((c) => `${'    '.repeat(c.level - 1)}${labels.clauses[c.id]} ${c.text}`)].join('\n\n'))
    .join('\n\n')
}

/** The draft as a compose recipe of new text (no files to import), the same content pandoc gets. */
export function recipeOf(draft: Draft): string {
  return JSON.stringify({
    title: draft.metadata.title,
    metadata: { organisation: draft.metadata.organisation, version: '1.0' },
    sections: draft.sections.map((s) => ({ heading: s.heading, clauses: s.clauses.map((c) => ({ text: c.text, level: c.level })) })),
  })
}

// Note: the load average beside each figure, since on a shared machine it says how much was waiting for a core.
export const loadAverage = (): string => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a')

/**
 * CPU milliseconds of this process's waited-for children so far (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms); NaN elsewhere. Note: Node gives no child's rusage.
 */
function childrenCpu(): number {
  if (!existsSync('/proc/self/stat')) return NaN
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ')
  return (Number(fields[13]) + Number(fields[14])) * 10
}

export type Timed = { wall: number; cpu: number }

/** Runs `command` to its end: its wall time and CPU time; throws with its stderr if it fails. */
export function timeChild(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const c0 = childrenCpu()
  const t0 = performance.now()
  const run = spawnSync(command, args, { encoding: 'utf8', env })
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`)
  return { wall: performance.now() - t0, cpu: childrenCpu() - c0 }
}
