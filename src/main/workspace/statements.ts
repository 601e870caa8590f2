/**
 * Prepared statements, prepared once per connection and reused: preparing is a large part of
 * the cost of a small query, and the workspace runs the same few dozen statements all day.
 */
import type { Database, Statement } from 'better-sqlite3'

export class Statements {
  private readonly cache = new Map<string, Statement>()

  constructor(readonly db: Database) {}

  get<Row = unknown>(sql: string): Statement<Row> {
    let statement = this.cache.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.cache.set(sql, statement)
    }
    return statement as Statement<Row>
  }
}
