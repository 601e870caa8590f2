/**
 * Reading a Chromium trace of one open in the renderer (bench/renderer-*-trace.ts): the main
 * thread's CPU between two console.timeStamp marks, the busiest kinds of work summed by name,
 * and a timeline of the main thread's tasks.
 */
/** Trace events summed by name, for the busiest kinds of work on the renderer's main thread. */
export function summariseTrace(trace: Buffer, endMark = 'open-end'): Record<string, number> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number }[] }).traceEvents
  // The page's main thread: the one that ran the most script.
  const script = new Map<number, number>()
  for (const e of events) if (e.name === 'FunctionCall') script.set(e.tid, (script.get(e.tid) ?? 0) + (e.dur ?? 0))
  const main = [...script].sort((a, b) => b[1] - a[1])[0]?.[0]
  // Note: thread CPU time (tdur) of the main thread's tasks: what the open cost the page,
  // without the time the thread waited for a core (the steadier figure on a shared machine).
  // Only the tasks from the click to the painted frame (console.timeStamp marks in the page):
  // what is left for after that frame is not what a person waits for.
  const mark = (name: string): number | undefined => events.find((e) => e.name === 'TimeStamp' && (e as { args?: { data?: { message?: string } } }).args?.data?.message === name)?.ts
  const from = mark('open-start') ?? -Infinity
  const to = mark(endMark) ?? Infinity
  let cpu = 0
  for (const e of events) if (e.ph === 'X' && e.tid === main && e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to) cpu += (e.tdur ?? 0) / 1000
  const kinds = ['FunctionCall', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MinorGC', 'MajorGC', 'RunTask', 'ParseHTML', 'HitTest']
  const sums: Record<string, number> = {}
  for (const e of events) if (e.ph === 'X' && kinds.includes(e.name)) sums[e.name] = Math.round(((sums[e.name] ?? 0) + (e.dur ?? 0) / 1000) * 10) / 10
  sums['mainThreadCpu'] = Math.round(cpu * 10) / 10
  return sums
}

/** The main thread's tasks of 1 ms or more, in order, with what each spent most on: where the time between click and paint went. */
export function printTimeline(trace: Buffer): void {
  const events = (JSON.parse(trace.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number }[] }).traceEvents
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 1000)
  const main = new Map<number, number>()
  for (const t of tasks) main.set(t.tid, (main.get(t.tid) ?? 0) + t.dur!)
  const tid = [...main].sort((a, b) => b[1] - a[1])[0]?.[0]
  const mine = events.filter((e) => e.tid === tid && e.ph === 'X')
  const origin = Math.min(...mine.map((e) => e.ts))
  for (const t of mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 1000)) {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'MinorGC', 'MajorGC', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'XHRLoad', 'ResourceReceiveResponse', 'SerializedScriptValueFactory::create', 'ResourceFetcher::requestResource', 'Blink.ForcedStyleAndLayout.UpdateTime', 'v8.compile', 'v8.parseOnBackground', 'CompileCode'].includes(e.name))
    const parts = inside.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')
    console.log(`  +${((t.ts - origin) / 1000).toFixed(1)} ms task ${(t.dur! / 1000).toFixed(1)} ms: ${parts}`)
  }
}
