/**
 * The few column definitions that differ between engines, so that each migration is written once
 * and runs on SQLite and PostgreSQL alike.
 */
import { PostgresAdapter, type ColumnDataType, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

export interface Dialect {
  /** An integer primary key the database assigns and never hands out twice. */
  id(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  timestamp: ColumnDataType
}

export function dialectOf(db: Kysely<unknown>): Dialect {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return {
      id: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
      timestamp: 'timestamptz',
    }
  }
  // AUTOINCREMENT stops SQLite from reusing the id of the newest row after it is deleted, so an
  // old link or cursor never silently points at somebody else's post.
  return {
    id: (column) => column.primaryKey().autoIncrement(),
    timestamp: 'text',
  }
}
