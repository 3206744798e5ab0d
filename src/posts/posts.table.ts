import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface PostsTable {
  id: Generated<number>
  author_id: number
  title: string
  body: string
  created_at: Timestamp
  updated_at: Timestamp
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

declare module '../db/schema.js' {
  interface Database {
    posts: PostsTable
  }
}
