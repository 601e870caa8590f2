/**
 * The workspace: one SQLite file that holds everything (see workspace.ts). Node only, no
 * electron: the Electron adapter, the browser host and the CLI all use it unchanged.
 */
export { Workspace, type AddSourceOptions, type WorkspaceOptions } from './workspace'
export { WorkspaceError, type WorkspaceProblem } from './errors'
export type { SourceContent, SourceInfo, SourceMetadataPatch } from './sources'
export type { NewDraftVersion } from './drafts'
export type { ClauseSearchOptions } from './search'
export { toFtsQuery } from './fts-query'
export { APPLICATION_ID, LATEST_VERSION, MIGRATIONS, type Migration } from './schema'
export { MEMORY } from './connection'
