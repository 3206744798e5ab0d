import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface UsersTable {
  id: Generated<number>
  username: string
  email: string
  password_hash: string
  created_at: Timestamp
  /** Added in migration 0003; null until the user writes one. */
  bio: ColumnType<string | null, string | null | undefined, string | null>
  /** An http(s) URL of the user's picture, or null. */
  image: ColumnType<string | null, string | null | undefined, string | null>
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

declare module '../db/schema.js' {
  interface Database {
    users: UsersTable
  }
}
