/**
 * The one argument parser of the CLI and the browser host: every command declares what it
 * takes, and anything else is an error with that command's usage and exit code 2.
 */
import { describe, expect, it } from 'vitest'
import { parseArgs, type ArgSpec } from '../../src/main/cli/args'
import { commands, runCli } from '../../src/main/cli/run-cli'
import { readWebOptions } from '../../src/main/web/options'

const spec: ArgSpec = {
  flags: ['--json', '--all'],
  options: { '--port': 'a number', '--workspace': 'the path of a workspace file' },
  positional: { min: 1, max: 2, expect: 'name one or two files.' },
}

describe('parseArgs', () => {
  it('splits flags, options (spaced or with =) and positionals, in any order', () => {
    expect(parseArgs(['a.txt', '--json', '--port', '80', '--workspace=w.sqlite', 'b.txt'], spec)).toEqual({
      kind: 'ok',
      args: { positional: ['a.txt', 'b.txt'], flags: new Set(['--json']), options: new Map([['--port', '80'], ['--workspace', 'w.sqlite']]) },
    })
  })

  it('refuses an unknown flag, long or short, naming it', () => {
    expect(parseArgs(['a.txt', '--colour'], spec)).toEqual({ kind: 'error', message: 'unknown option --colour' })
    expect(parseArgs(['a.txt', '--workpace=x'], spec)).toEqual({ kind: 'error', message: 'unknown option --workpace' })
    expect(parseArgs(['-x', 'a.txt'], spec)).toEqual({ kind: 'error', message: 'unknown option -x' })
  })

  it('refuses an option without its value, and a flag given one', () => {
    expect(parseArgs(['a.txt', '--workspace'], spec)).toEqual({ kind: 'error', message: '--workspace needs the path of a workspace file' })
    expect(parseArgs(['a.txt', '--workspace', '--json'], spec)).toEqual({ kind: 'error', message: '--workspace needs the path of a workspace file' })
    expect(parseArgs(['a.txt', '--port='], spec)).toEqual({ kind: 'error', message: '--port needs a number' })
    expect(parseArgs(['a.txt', '--json=yes'], spec)).toEqual({ kind: 'error', message: '--json takes no value' })
  })

  it('refuses too few or too many positionals with what the command expects', () => {
    expect(parseArgs(['--json'], spec)).toEqual({ kind: 'error', message: 'name one or two files.' })
    expect(parseArgs(['a', 'b', 'c'], spec)).toEqual({ kind: 'error', message: 'name one or two files.' })
    expect(parseArgs(['x', 'y'], { positional: { min: 0, max: 0, expect: 'takes no file names.' } })).toEqual({ kind: 'error', message: 'unexpected "x", "y"' })
  })

  it('gives help for -h or --help anywhere before "--", whatever else is wrong', () => {
    expect(parseArgs(['--help'], spec)).toEqual({ kind: 'help' })
    expect(parseArgs(['--colour', 'a', 'b', 'c', '-h'], spec)).toEqual({ kind: 'help' })
  })

  it('takes everything after "--" as positional, for a file named like a flag', () => {
    expect(parseArgs(['--json', '--', '--help', '-'], spec)).toEqual({ kind: 'ok', args: { positional: ['--help', '-'], flags: new Set(['--json']), options: new Map() } })
  })
})

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('every CLI command', () => {
  const names = Object.keys(commands)

  it('covers the commands the help lists', () => {
    expect(names.sort()).toEqual(['clauses', 'compare', 'compose', 'coverage', 'drafts', 'export', 'families', 'formats', 'import'])
  })

  it.each(names)('%s --help prints its summary and usage, and exits 0', async (name) => {
    const { code, out, err } = await run(name, '--help')
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toBe(`${commands[name]!.summary}\n\nUsage: ${commands[name]!.usage}`)
    expect(commands[name]!.usage).toMatch(new RegExp(`^policy-workbench ${name}\\b`))
  })

  it.each(names)('%s refuses an unknown flag with its usage and exit code 2, before doing any work', async (name) => {
    const { code, out, err } = await run(name, '--frobnicate', '--workspace', '/nonexistent/dir/ws.sqlite')
    expect({ code, out }).toEqual({ code: 2, out: '' })
    expect(err).toBe(`policy-workbench ${name}: unknown option --frobnicate\nUsage: ${commands[name]!.usage}`)
  })

  it.each(names)('%s refuses a --workspace without its path', async (name) => {
    const { code, err } = await run(name, 'x', '--workspace')
    expect(code).toBe(2)
    expect(err).toContain(`policy-workbench ${name}: --workspace needs the path of a workspace file\nUsage: `)
  })

  it('refuses a wrong number of files with what the command expects', async () => {
    expect(await run('compare', 'a.txt')).toMatchObject({ code: 2, err: expect.stringContaining('compare: name exactly two files, A then B.') })
    expect(await run('clauses', 'a.txt', 'b.txt')).toMatchObject({ code: 2, err: expect.stringContaining('clauses: name exactly one file.') })
    expect(await run('families', 'a.txt')).toMatchObject({ code: 2, err: expect.stringContaining('families: name at least two files.') })
    expect(await run('formats', 'extra')).toMatchObject({ code: 2, err: expect.stringContaining('formats: unexpected "extra"') })
  })

  it('does not take an inherited property name for a command', async () => {
    expect(await run('constructor')).toMatchObject({ code: 2, err: expect.stringContaining('"constructor" is not a command') })
  })
})

describe('the browser host\'s options', () => {
  const home = '/home/u/.local/share/policy-workbench/workspace.sqlite'

  it('reads port, workspace and in-memory, with the default workspace otherwise', () => {
    expect(readWebOptions([], home)).toEqual({ kind: 'ok', options: { port: 0, workspace: home } })
    expect(readWebOptions(['--port', '8080', '--workspace=team.sqlite'], home)).toEqual({ kind: 'ok', options: { port: 8080, workspace: 'team.sqlite' } })
    expect(readWebOptions(['--in-memory'], home)).toEqual({ kind: 'ok', options: { port: 0, workspace: null } })
    expect(readWebOptions(['-h'], home)).toEqual({ kind: 'help' })
  })

  it('refuses what it used to ignore: unknown flags, stray words, a missing value, both workspaces', () => {
    expect(readWebOptions(['--prot', '8080'], home)).toEqual({ kind: 'error', message: 'unknown option --prot' })
    expect(readWebOptions(['8080'], home)).toEqual({ kind: 'error', message: 'unexpected "8080"' })
    expect(readWebOptions(['--workspace'], home)).toEqual({ kind: 'error', message: '--workspace needs the path of a workspace file' })
    expect(readWebOptions(['--workspace', 'a.sqlite', '--in-memory'], home)).toEqual({ kind: 'error', message: 'choose --workspace PATH or --in-memory, not both.' })
  })

  it('refuses a port that is not a whole number from 0 to 65535', () => {
    for (const port of ['eighty', '-1', '65536', '80.5', ' ']) {
      expect(readWebOptions([`--port=${port}`], home)).toEqual({ kind: 'error', message: `--port needs a number from 0 to 65535, not "${port}".` })
    }
  })
})
