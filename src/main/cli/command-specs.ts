/**
 * What each command is, without what it does: name, summary, usage and the arguments it takes.
 * Kept apart from the commands themselves so that --help, --version and a wrong command line
 * answer without loading any engine (each command's code is imported only when it runs).
 */
import { EXPORT_FLAGS, EXPORT_OPTIONS, EXPORT_USAGE } from './export-flags'
import type { CommandSpec } from './commands/types'

export const commandSpecs = {
  import: {
    summary: 'Import policy files (a batch): one result line per file.',
    usage: 'policy-workbench import FILE... [--workspace PATH | --in-memory] [--json]',
    workspace: 'library',
    args: { flags: ['--json'], positional: { min: 1, max: Infinity, expect: 'name at least one file.' } },
  },
  clauses: {
    summary: 'Show the clauses of one policy file, with sections, labels and topics.',
    usage: 'policy-workbench clauses FILE [--json]',
    args: { flags: ['--json'], positional: { min: 1, max: 1, expect: 'name exactly one file.' } },
  },
  compare: {
    summary: 'Compare two policies clause by clause: same, changed, moved, split, merged, added, missing.',
    usage: 'policy-workbench compare A B [--json] [--all] [--out REPORT.docx]',
    args: { flags: ['--json', '--all'], options: { '--out': 'the Word report to write' }, positional: { min: 2, max: 2, expect: 'name exactly two files, A then B.' } },
  },
  families: {
    summary: 'Group the clauses of several policies that say the same thing, widest first.',
    usage: 'policy-workbench families FILE... [--json]',
    args: { flags: ['--json'], positional: { min: 2, max: Infinity, expect: 'name at least two files.' } },
  },
  coverage: {
    summary: 'Show which policies cover which topics, and what each lacks that most others have.',
    usage: 'policy-workbench coverage FILE... [--json]',
    args: { flags: ['--json'], positional: { min: 1, max: Infinity, expect: 'name at least one file.' } },
  },
  compose: {
    summary: 'Build a draft from a recipe of clauses from policy files and new text.',
    usage: `policy-workbench compose RECIPE.json [--workspace PATH | --in-memory] [--json] [--out FILE ${EXPORT_USAGE}]`,
    workspace: 'library',
    args: { flags: ['--json', ...EXPORT_FLAGS], options: EXPORT_OPTIONS, positional: { min: 1, max: 1, expect: 'name one recipe file.' } },
  },
  drafts: {
    summary: 'List the drafts in a workspace, with their named versions.',
    usage: 'policy-workbench drafts --workspace PATH [--json]',
    workspace: 'existing',
    args: { flags: ['--json'], positional: { min: 0, max: 0, expect: 'takes no file names.' } },
  },
  export: {
    summary: 'Export a draft to Word, Markdown or HTML, optionally tracked against a version or a policy file.',
    usage: `policy-workbench export DRAFT --workspace PATH --out FILE ${EXPORT_USAGE}`,
    workspace: 'existing',
    args: { flags: EXPORT_FLAGS, options: EXPORT_OPTIONS, positional: { min: 1, max: 1, expect: 'name one draft, by its id or title.' } },
  },
  formats: {
    summary: 'List the file formats Policy Workbench reads, and which can be imported today.',
    usage: 'policy-workbench formats [--json]',
    args: { flags: ['--json'], positional: { min: 0, max: 0, expect: 'takes no file names.' } },
  },
} satisfies Record<string, CommandSpec>
