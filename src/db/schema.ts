/**
 * The database's tables as Kysely types. Each resource declares its own tables in a
 * `<name>.table.ts` beside its repository, by adding them to `Database` (TypeScript declaration
 * merging, as Fastify's decorators are typed), so that adding a resource changes nothing here.
 *
 * @example
 *   // src/comments/comments.table.ts
 *   declare module '../db/schema.js' {
 *     interface Database { comments: CommentsTable }
 *   }
 */
import type { ColumnType, Kysely, Transaction } from 'kysely'

/** Every table, as the `*.table.ts` files and `server-secrets.ts` declare them. */
export interface Database {}

/** What repositories and services take: the database itself or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>

/**
 * Timestamps are written as ISO-8601 UTC strings. Reads are typed wider because an engine with a
 * native timestamp type hands back a Date; `toIsoTimestamp` turns either into the API's form.
 */
export type Timestamp = ColumnType<string | Date, string, string>

/** A stored timestamp in the API's form: ISO-8601, UTC, millisecond precision. */
export function toIsoTimestamp(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString()
}
