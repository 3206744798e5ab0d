import type { Kysely } from 'kysely'

/**
 * A counter every update of a user or a post increases. `If-Match` compares what the client saw
 * with what is stored, and the write then happens only if the version is still the one that was
 * compared: two clients racing with the same ETag cannot both win, even within one millisecond.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['users', 'posts']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['users', 'posts']) {
    await db.schema.alterTable(table).dropColumn('version').execute()
  }
}
