/**
 * PW_TIMINGS=1: the time each phase of a CLI run took, printed to stderr when the process ends
 * (wall and CPU milliseconds since the previous mark, and since the process started). For
 * finding where a short run's time goes; nothing is recorded without the variable.
 * Note: performance.now() counts from the process's start, so the first line includes Node's own.
 */
const enabled = process.env['PW_TIMINGS'] === '1'
type Mark = { name: string; wall: number; cpu: number }
/**
 * Note: kept on globalThis, not in this module: the built CLI holds two copies of this module
 * (main.js and compose.js, each its own bundle: scripts/build-cli.mjs), and a run's phases are
 * one list whichever copy marks them.
 */
const MARKS = Symbol.for('policy-workbench.cli-timings')
const marks: Mark[] = ((globalThis as { [MARKS]?: Mark[] })[MARKS] ??= [])

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Marks the end of a phase named `name`. */
export function phase(name: string): void {
  if (!enabled) return
  if (marks.length === 0) process.once('exit', print)
  marks.push({ name, wall: performance.now(), cpu: cpuNow() })
}

function print(): void {
  phase('exit')
  let wall = 0
  let cpu = 0
  const lines = marks.map((m) => {
    const line = `${m.name.padEnd(28)}${(m.wall - wall).toFixed(1).padStart(8)} ms${(m.cpu - cpu).toFixed(1).padStart(8)} ms CPU${m.wall.toFixed(1).padStart(9)} ms${m.cpu.toFixed(1).padStart(8)} ms CPU`
    wall = m.wall
    cpu = m.cpu
    return line
  })
  process.stderr.write(`PW_TIMINGS phase (since previous, then since the process started)\n${lines.join('\n')}\n`)
}
