import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface TokensTable {
  id: Generated<number>
  user_id: number
  /** SHA-256 of the token, hex. The token itself is never stored. */
  token_hash: string
  created_at: Timestamp
  expires_at: Timestamp
}

declare module '../db/schema.js' {
  interface Database {
    tokens: TokensTable
  }
}
