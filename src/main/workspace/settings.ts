/**
 * Settings: a key and a JSON value, so a setting can be anything the model can say (a
 * string, a list of column widths, an object of export defaults) without a migration.
 * The methods here assume the caller (Workspace) has opened the transaction when it matters.
 */
import { WorkbenchError } from '../../shared/errors'
import type { Statements } from './statements'

export class SettingStore {
  constructor(private readonly sql: Statements) {}

  get(key: string): unknown {
    const row = this.sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?').get(key)
    return row === undefined ? undefined : (JSON.parse(row.value) as unknown)
  }

  /** `undefined` removes the setting, as if it were never set. */
  set(key: string, value: unknown): void {
    if (typeof key !== 'string' || !key) throw new WorkbenchError('invalid-request', 'A setting needs a name.')
    const json = value === undefined ? undefined : JSON.stringify(value)
    if (json === undefined) {
      this.remove(key)
      return
    }
    this.sql.get('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, json)
  }

  remove(key: string): boolean {
    return this.sql.get('DELETE FROM settings WHERE key = ?').run(key).changes > 0
  }

  all(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const row of this.sql.get<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all()) {
      out[row.key] = JSON.parse(row.value) as unknown
    }
    return out
  }
}
