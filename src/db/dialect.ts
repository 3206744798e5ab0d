/**
 * The few things that differ between engines: column definitions, so that each migration is
 * written once and runs on every engine alike, and row locks. One entry per engine: the compiler
 * asks for a new engine's.
 */
import type { ColumnDataType, ColumnDefinitionBuilder, Kysely, SelectQueryBuilder } from 'kysely'
import { engineOf, type Engine } from './database.js'

export interface Dialect {
  /** An integer primary key the database assigns and never hands out twice. */
  id(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  timestamp: ColumnDataType
  /**
   * Makes a read inside a transaction lock the rows it returns against change until the
   * transaction ends (and, on PostgreSQL, wait for a change in progress and read its outcome).
   */
  lockForShare<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q
}

const DIALECTS: Record<Engine, Dialect> = {
  postgres: {
    id: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
    timestamp: 'timestamptz',
    lockForShare: (query) => query.forShare() as typeof query,
  },
  // AUTOINCREMENT stops SQLite from reusing the id of the newest row after it is deleted, so an
  // old link or cursor never silently points at somebody else's post.
  sqlite: {
    id: (column) => column.primaryKey().autoIncrement(),
    timestamp: 'text',
    // SQLite has no row locks and needs none: Inkwell's one connection runs one transaction at a
    // time, so nothing changes between a transaction's read and its write.
    lockForShare: (query) => query,
  },
}

/** @throws Error for a database of an engine Inkwell does not know. */
export function dialectOf(db: Kysely<any>): Dialect {
  return DIALECTS[engineOf(db)]
}
