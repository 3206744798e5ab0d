import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface UsersTable {
  id: Generated<number>
  username: string
  email: string
  password_hash: string
  created_at: Timestamp
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

declare module '../db/schema.js' {
  interface Database {
    users: UsersTable
  }
}
