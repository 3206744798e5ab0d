import type { Timestamp } from '../db/schema.js'

/** Who follows whom: `follower_id` follows `followed_id`. */
export interface FollowsTable {
  follower_id: number
  followed_id: number
  created_at: Timestamp
}

declare module '../db/schema.js' {
  interface Database {
    follows: FollowsTable
  }
}
