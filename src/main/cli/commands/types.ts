import type { DraftView, WorkbenchApi } from '../../../shared/api'
import type { Draft } from '../../../shared/model'
import type { ArgSpec, ParsedArgs } from '../args'

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  /** True when stdout is a terminal that shows colour. */
  colour?: boolean
}

/** Exit codes: 0 success, 1 the work failed, 2 the command line was wrong. */
export type ExitCode = 0 | 1 | 2

export interface CommandContext {
  /** The workspace file in use (named with --workspace, or the user's own library), or null with --in-memory (then nothing is kept). */
  workspace: string | null
}

/** A command as the help and the argument check see it (command-specs.ts): nothing is loaded to know it. */
export interface CommandSpec {
  summary: string
  usage: string
  /** What the command takes; run-cli checks the command line against it before `run` (--workspace is taken by every command). */
  args: ArgSpec
  /**
   * optional: works in memory without --workspace; library: without --workspace uses the user's
   * own library, the desktop app's (workspace-location.ts), and --in-memory only checks;
   * required: needs one (created if missing); existing: needs one that already exists (listing
   * commands never create files).
   */
  workspace?: 'optional' | 'library' | 'required' | 'existing'
}

/** The API, and what only a command-line run needs besides: keeping a draft compose built in this process. */
export interface CliApi extends WorkbenchApi {
  adoptDraft(draft: Draft): Promise<DraftView>
}

export interface Command extends CommandSpec {
  run(args: ParsedArgs, api: CliApi, io: CliIo, context: CommandContext): Promise<ExitCode>
  /**
   * The same, for a command that needs no service when no workspace is named: run-cli then
   * opens none (the service and SQLite cost a run more than such a command's work), unless the
   * command asks for one (`openService`: the in-memory service, opened once, closed after).
   */
  runAlone?(args: ParsedArgs, io: CliIo, openService: () => Promise<CliApi>): Promise<ExitCode>
}
