/**
 * Types for the part of better-sqlite3 12 the workspace uses. The package ships no types and
 * @types/better-sqlite3 is not installed, so the workspace declares what it calls, no more.
 * If @types/better-sqlite3 is ever added, delete this file and adjust the imports.
 */
declare module 'better-sqlite3' {
  export interface RunResult {
    changes: number
    lastInsertRowid: number | bigint
  }

  export interface Statement<Row = unknown> {
    readonly reader: boolean
    run(...params: unknown[]): RunResult
    get(...params: unknown[]): Row | undefined
    all(...params: unknown[]): Row[]
    iterate(...params: unknown[]): IterableIterator<Row>
  }

  /** A function wrapped in BEGIN … COMMIT (ROLLBACK when it throws). */
  export interface Transaction<F extends (...args: never[]) => unknown> {
    (...args: Parameters<F>): ReturnType<F>
    deferred(...args: Parameters<F>): ReturnType<F>
    immediate(...args: Parameters<F>): ReturnType<F>
    exclusive(...args: Parameters<F>): ReturnType<F>
  }

  export interface Options {
    readonly?: boolean
    fileMustExist?: boolean
    /** Busy timeout in milliseconds (default 5000). */
    timeout?: number
  }

  /** A connection: `new Database(file, options)`. */
  class Database {
    constructor(filename: string, options?: Options)
    readonly name: string
    readonly open: boolean
    readonly inTransaction: boolean
    readonly readonly: boolean
    readonly memory: boolean
    prepare<Row = unknown>(sql: string): Statement<Row>
    exec(sql: string): this
    pragma(source: string, options: { simple: true }): unknown
    pragma(source: string, options?: { simple?: false }): unknown[]
    transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>
    close(): this
  }

  /** What better-sqlite3 throws: `code` is SQLite's extended result code name ("SQLITE_BUSY"). */
  export interface SqliteError extends Error {
    code: string
  }

  export default Database
  export type { Database }
}
