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
import type { Kysely, Transaction } from 'kysely'

/** Every table, as the `*.table.ts` files and `server-secrets.ts` declare them. */
export interface Database {}

/** What repositories and services take: the database itself or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>

/**
 * Timestamps are written and read as the API's ISO-8601 UTC strings with milliseconds, on both
 * engines: SQLite stores the string, and PostgreSQL's `timestamptz` is read back into it
 * (`isoFromTimestamptz` in src/db/postgres.ts).
 */
export type Timestamp = string
