/** What a failed statement means, the same way on every engine. */

/** The driver's error code (`SQLITE_BUSY`, PostgreSQL's SQLSTATE, `ECONNREFUSED`), if any. */
export function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/**
 * Whether an insert or update named a row that does not exist (anymore): a foreign key broken,
 * typically by a row deleted while the write was in flight.
 */
export function violatedForeignKey(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503'
}

/** The name of the unique constraint or index an insert or update broke, if that is what failed. */
export function violatedUniqueConstraint(error: unknown): string | null {
  const code = errorCode(error)
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    // better-sqlite3 reports "UNIQUE constraint failed: index 'name'" for expression indexes
    // and "UNIQUE constraint failed: table.column" for column constraints.
    const match = /failed: (?:index '([^']+)'|([\w.]+))/.exec((error as Error).message)
    return match?.[1] ?? match?.[2] ?? ''
  }
  // PostgreSQL's unique_violation names the index in `constraint`.
  if (code === '23505') return (error as Error & { constraint?: string }).constraint ?? ''
  return null
}

/**
 * Whether an insert or update broke the unique index on one column described by `index`, on
 * either engine: PostgreSQL names the index, SQLite only its table and column.
 */
export function violatedUniqueIndex(error: unknown, index: { name: string; table: string; column: string }): boolean {
  const constraint = violatedUniqueConstraint(error)
  return constraint === index.name || constraint === `${index.table}.${index.column}`
}
