import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface CommentsTable {
  id: Generated<number>
  post_id: number
  author_id: number
  body: string
  created_at: Timestamp
  updated_at: Timestamp
}

declare module '../db/schema.js' {
  interface Database {
    comments: CommentsTable
  }
}
