/**
 * The few column definitions that differ between engines, so that each migration is written once
 * and runs on every engine alike. One entry per engine: the compiler asks for a new engine's.
 */
import type { ColumnDataType, ColumnDefinitionBuilder, Kysely } from 'kysely'
import { engineOf, type Engine } from './database.js'

export interface Dialect {
  /** An integer primary key the database assigns and never hands out twice. */
  id(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  timestamp: ColumnDataType
}

const DIALECTS: Record<Engine, Dialect> = {
  postgres: {
    id: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
    timestamp: 'timestamptz',
  },
  // AUTOINCREMENT stops SQLite from reusing the id of the newest row after it is deleted, so an
  // old link or cursor never silently points at somebody else's post.
  sqlite: {
    id: (column) => column.primaryKey().autoIncrement(),
    timestamp: 'text',
  },
}

/** @throws Error for a database of an engine Inkwell does not know. */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return DIALECTS[engineOf(db)]
}
