/**
 * bench/README.md from one run's figures: the machine, then one section per question, each a
 * table with its goal (and the peer's figure and ratio where there is a peer), then what the
 * benchmark printed. A figure a benchmark did not report reads "n/a", so a renamed field in
 * one benchmark costs one cell, not the report.
 */
import type { BenchRun } from './child'
import type { Machine } from './machine'
import type { Series } from './svg-chart'

type Json = Record<string, unknown> | undefined

/** A number at a dotted path of a benchmark's JSON, or NaN. */
export function num(json: Json, key: string): number {
  let at: unknown = json
  for (const part of key.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined
  return typeof at === 'number' ? at : Number.NaN
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
// Note: GNU time counts CPU in 10 ms steps, so a peer's 0 is "under 10 ms", not a ratio of 0.
const ratio = (peer: number, ours: number): string => (Number.isFinite(peer) && Number.isFinite(ours) && ours > 0 ? (peer > 0 ? `${(peer / ours).toFixed(2)}x` : 'peer < 10 ms') : 'n/a')
const verdict = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'met' : 'not met')
const within = (value: number, goal: number): boolean | undefined => (Number.isFinite(value) ? value <= goal : undefined)

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

function printed(run: BenchRun | undefined): string {
  if (!run) return '_Not run._'
  const how = `\`npx tsx bench/${run.script}${run.args.length ? ` ${run.args.join(' ')}` : ''}\`, ${run.seconds.toFixed(0)} s`
  if (!run.ok) return `${how}: **failed**: ${run.error ?? ''}\n\n\`\`\`text\n${run.text}\n\`\`\``
  return `${how}:\n\n\`\`\`text\n${run.text}\n\`\`\``
}

export type Runs = Partial<Record<'importPeers' | 'importThroughput' | 'importMemory' | 'align' | 'compareApi' | 'families' | 'lookup' | 'similar' | 'workspace' | 'export' | 'renderer' | 'host', BenchRun>>

/** The growth curves for the chart: families build time, similar and search medians, by clauses. */
export function growthSeries(runs: Runs): Series[] {
  const families = (runs.families?.json?.['sizes'] as { clauses: number; totalMs: number }[] | undefined) ?? []
  const lookup = (runs.lookup?.json?.['rows'] as { clauses: number; similar: { medianMs: number }; search: { medianMs: number } }[] | undefined) ?? []
  return [
    { name: 'families: index + families (ms)', points: families.map((r) => ({ x: r.clauses, y: r.totalMs })) },
    { name: 'similar clause, median (ms)', points: lookup.map((r) => ({ x: r.clauses, y: r.similar.medianMs })) },
    { name: 'search, median (ms)', points: lookup.map((r) => ({ x: r.clauses, y: r.search.medianMs })) },
  ].filter((s) => s.points.length > 0)
}

function importSection(runs: Runs): string {
  const rows = (runs.importPeers?.json?.['rows'] as Record<string, number | string>[] | undefined) ?? []
  const body = rows.map((r) => {
    const [peer, cli, inproc] = [Number(r['peerMs']), Number(r['oursProcessMs']), Number(r['oursInProcessMs'])]
    const [peerCpu, cliCpu] = [Number(r['peerCpuMs']), Number(r['oursProcessCpuMs'])]
    return [String(r['format']), String(r['input']), String(r['kb']), String(r['clauses']), String(r['peer']), fmt(peer), fmt(cli), ratio(peer, cli), fmt(inproc), ratio(peer, inproc), `${fmt(peerCpu)} / ${fmt(cliCpu)}`, ratio(peerCpu, cliCpu)]
  })
  return [
    '## Import beside peers',
    '',
    'Each format against pandoc converting the same files to plain text (pdf: `pdftotext`), measured in the same run. **Ratio = peer time / ours: above 1x we are faster.** "CLI" is our whole process (`node bin/policy-workbench.js clauses FILE --json`, the bundled command: start, import, print); "in process" is `importFile` (parse, segment, topics) in a warm process, beside the peer\'s whole process (pandoc and pdftotext have no in-process form here). The CPU columns time both whole processes in user + system CPU, which a busy machine distorts less than wall time. Goal: none set; the ratios are the record.',
    '',
    rows.length ? table(['format', 'input', 'KB', 'clauses', 'peer', 'peer ms', 'CLI ms', 'peer/CLI', 'in-process ms', 'peer/in-process', 'CPU ms peer / CLI', 'CPU peer/CLI'], body) : '_No figures._',
    '',
    printed(runs.importPeers),
    '',
    '### Import throughput per format (in process, corpus scaled to about 5,000 clauses a file)',
    '',
    printed(runs.importThroughput),
    '',
    '### Peak memory of one import (issue 12 goal: under 5x the file size)',
    '',
    `One file in a fresh process, the corpus scaled to about 1, 10 and 50 MB (PDF: text pages written for the purpose). "Peak RSS over baseline" is the process's peak resident memory during the import less what it held just before (modules loaded, file read), over the file's size; it counts garbage V8 had not collected yet. "Live heap" is the largest heap a full collection left, under a loose cap (96 MB + 5x the file, as the import worker caps it): a sample that also counts what was allocated while the collector marked, so it moves by whole multiples between runs. The goal itself is the last column: the same import with V8's heap capped at the heap the process starts from (importer loaded, file read) plus 5x the file, and nothing more; "yes" means it completed there. "Result" is the imported document's JSON over the file's size; the worker holds that document while it reads, and as JavaScript objects (clause ids, texts, inline Markdown, heading trails, each a string or array of its own) it takes several times its JSON size, so for clause-dense text the document alone comes near 5x the file. For .docx and .odt the file size is the zipped size, which repetition shrinks far below the text's.`,
    '',
    printed(runs.importMemory),
  ].join('\n')
}

function compareSection(runs: Runs): string {
  const ms = num(runs.align?.json, 'medianMs')
  const first = num(runs.compareApi?.json, 'medianMs')
  const repeat = num(runs.compareApi?.json, 'repeatMs')
  return [
    '## Compare two 300-clause policies',
    '',
    table(['figure', 'ours', 'goal', ''], [
      ['align + word diffs, median', `${fmt(ms, 1)} ms`, '<= 50 ms', verdict(within(ms, 50))],
      ['through the API (request, service, JSON), first call of a pair, median', `${fmt(first, 1)} ms`, '< 100 ms', verdict(within(first, 100))],
      ['through the API, the same pair again, median', `${fmt(repeat, 1)} ms`, '< 100 ms', verdict(within(repeat, 100))],
    ]),
    '',
    printed(runs.align),
    '',
    printed(runs.compareApi),
  ].join('\n')
}

function familiesSection(runs: Runs, quick: boolean): string {
  const sizes = (runs.families?.json?.['sizes'] as { clauses: number; totalMs: number }[] | undefined) ?? []
  const exponent = num(runs.families?.json, 'exponent')
  const largest = sizes.at(-1)
  return [
    '## Families growth, 5k to 40k clauses',
    '',
    table(
      ['figure', 'ours', 'goal', ''],
      [
        ['growth exponent (log time / log clauses)', fmt(exponent, 2), '<= 1.2', verdict(within(exponent, 1.2))],
        // Note: the synthetic library is built to 40,000 clauses; the index leaves out the
        // shortest (headings, fragments), so it holds a little fewer. The goal is for that size.
        [
          quick ? `${largest?.clauses ?? 'n/a'} clauses (quick run), index + families` : `the 40,000-clause library (${largest?.clauses ?? 'n/a'} indexed), index + families`,
          `${fmt((largest?.totalMs ?? Number.NaN) / 1000, 2)} s`,
          '<= 5 s',
          largest && !quick ? verdict(within(largest.totalMs, 5000)) : 'n/a',
        ],
      ],
    ),
    '',
    printed(runs.families),
  ].join('\n')
}

function lookupSection(runs: Runs): string {
  const rows = (runs.lookup?.json?.['rows'] as { clauses: number; similar: { medianMs: number; p95Ms: number }; search: { medianMs: number; p95Ms: number } }[] | undefined) ?? []
  const last = rows.at(-1)
  return [
    '## Similar-clause and search latency by library size',
    '',
    'Goal: none set in the issue; a person should not wait, so 100 ms (one frame of attention) is the bar shown.',
    '',
    table(
      ['figure', 'ours', 'growth exponent', 'bar', ''],
      [
        [`similar clause at ${last?.clauses ?? 'n/a'} clauses, median / p95`, `${fmt(last?.similar.medianMs ?? Number.NaN, 2)} / ${fmt(last?.similar.p95Ms ?? Number.NaN, 2)} ms`, fmt(num(runs.lookup?.json, 'similarExponent'), 2), '< 100 ms', verdict(within(last?.similar.p95Ms ?? Number.NaN, 100))],
        [`search at ${last?.clauses ?? 'n/a'} clauses, median / p95`, `${fmt(last?.search.medianMs ?? Number.NaN, 2)} / ${fmt(last?.search.p95Ms ?? Number.NaN, 2)} ms`, fmt(num(runs.lookup?.json, 'searchExponent'), 2), '< 100 ms', verdict(within(last?.search.p95Ms ?? Number.NaN, 100))],
      ],
    ),
    '',
    printed(runs.lookup),
    '',
    '### Similar-clause lookup in detail (and how often the best match is right)',
    '',
    printed(runs.similar),
    '',
    '### The workspace at scale (import, open, full-text search)',
    '',
    printed(runs.workspace),
  ].join('\n')
}

function exportSection(runs: Runs): string {
  const j = runs.export?.json
  return [
    '## Export of 1,000 clauses beside pandoc',
    '',
    'pandoc turns the same content, as Markdown, into a .docx. Ratio = pandoc / ours.',
    '',
    table(
      ['figure', 'ours ms', 'pandoc ms', 'pandoc/ours', 'goal', ''],
      [
        ['in process (export model + docx writer)', fmt(num(j, 'total1000'), 1), fmt(num(j, 'pandoc1000')), ratio(num(j, 'pandoc1000'), num(j, 'total1000')), '<= 100 ms', verdict(within(num(j, 'total1000'), 100))],
        ['whole process (`compose --out`)', fmt(num(j, 'cli1000')), fmt(num(j, 'cliPandoc1000')), ratio(num(j, 'cliPandoc1000'), num(j, 'cli1000')), '>= 2x', Number.isFinite(num(j, 'cli1000')) && Number.isFinite(num(j, 'cliPandoc1000')) ? verdict(num(j, 'cliPandoc1000') / num(j, 'cli1000') >= 2) : 'n/a'],
      ],
    ),
    '',
    printed(runs.export),
  ].join('\n')
}

/** The renderer's cases, their JSON keys and their targets (issue 10; issue 12 for the shell). */
export const rendererTargets = [
  { key: 'openSource1000', what: 'open a 1,000-clause source', goalMs: 100 },
  { key: 'compare300', what: 'compare two 300-clause sources (a new pair)', goalMs: 100 },
  { key: 'compare300First', what: 'compare, first after start, Compare pressed at once after choosing', goalMs: 100 },
  { key: 'compare300FirstPaced', what: 'compare, first after start, B chosen 1 s before Compare', goalMs: 100 },
  { key: 'coverage14', what: 'coverage for 14 sources, first open in the page', goalMs: 300 },
  { key: 'coverage14Again', what: 'coverage for 14 sources, opened again', goalMs: 100 },
  { key: 'coverage200', what: 'coverage for 200 sources', goalMs: 500 },
  { key: 'typing', what: 'typing in a draft clause (keystroke to paint)', goalMs: 100 },
] as const

function rendererSection(runs: Runs): string {
  const j = runs.renderer?.json
  const h = runs.host?.json
  return [
    '## The renderer in Chromium',
    '',
    'The built app, served by the browser host, driven by playwright-core in `/usr/bin/chromium` at 1366x768. Each time is from the user\'s action to the first painted frame showing the result; "of which API" is the request\'s own time from the page\'s resource timing.',
    '',
    table(
      ['case', 'median ms', 'of which API ms', 'target', ''],
      rendererTargets.map((t) => [t.what, fmt(num(j, `${t.key}.totalMs`)), fmt(num(j, `${t.key}.apiMs`)), `< ${t.goalMs} ms`, verdict(Number.isFinite(num(j, `${t.key}.totalMs`)) ? num(j, `${t.key}.totalMs`) < t.goalMs : undefined)]),
    ),
    '',
    table(
      ['figure', 'ours'],
      [
        ['renderer bundle (JS + CSS), raw / gzip', `${fmt(num(j, 'bundle.rawKB'))} / ${fmt(num(j, 'bundle.gzipKB'))} KB`],
        ['time to first render (navigation to the library shown), median', `${fmt(num(j, 'firstRender.medianMs'))} ms`],
      ],
    ),
    '',
    printed(runs.renderer),
    '',
    '## The browser host under an import batch',
    '',
    table(
      ['figure', 'median ms', 'p95 ms', 'max ms'],
      [
        ['listSources, idle host', fmt(num(h, 'idle.medianMs'), 1), fmt(num(h, 'idle.p95Ms'), 1), ''],
        ['listSources while 20 files import', fmt(num(h, 'duringBatch.medianMs'), 1), fmt(num(h, 'duringBatch.p95Ms'), 1), fmt(num(h, 'duringBatch.maxMs'))],
      ],
    ),
    '',
    printed(runs.host),
  ].join('\n')
}

export function renderReadme(machine: Machine, runs: Runs, options: { quick: boolean; chart?: string }): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`npm run bench -- --quick` for a fast smoke run with small sizes; its figures say little). Each benchmark runs in its own process; run one alone with the command shown under it. Figures, not timed tests: on a shared machine wall time includes waiting for a core, so read them with the load average below.',
    '',
    'This file holds only the last run. What each round of work changed, and the before and after figures measured then, are in [NOTES.md](NOTES.md), written by hand.',
    '',
    options.quick ? '**This is a quick run: small sizes and few repeats. Do not quote these figures.**\n' : '',
    table(
      ['machine', ''],
      [
        ['date (UTC)', machine.date],
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['RAM', `${machine.ramGB} GB`],
        ['Node', machine.node],
        ['system', machine.platform],
        ['load average (1, 5, 15 min) at start', machine.loadStart.join(', ')],
        ['load average at end', machine.loadEnd?.join(', ') ?? 'n/a'],
      ],
    ),
    '',
    options.chart ? `## Growth curves\n\n![Families, similar-clause and search time against library size, log-log](${options.chart})\n` : '',
    importSection(runs),
    '',
    compareSection(runs),
    '',
    familiesSection(runs, options.quick),
    '',
    lookupSection(runs),
    '',
    exportSection(runs),
    '',
    rendererSection(runs),
    '',
  ].join('\n')
}
