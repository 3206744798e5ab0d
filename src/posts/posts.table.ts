import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

export interface PostsTable {
  id: Generated<number>
  author_id: number
  title: string
  body: string
  created_at: Timestamp
  updated_at: Timestamp
  /** A one-line summary; '' when the author gave none (0003). */
  description: Generated<string>
  /** Unique and URL-safe, chosen from the title when the post is written and never changed (0003). */
  slug: string
  /** How many users favorited the post, kept in the transaction that adds or removes a favorite. */
  favorites_count: Generated<number>
  /** Increases with every update; see migration 0002. */
  version: Generated<number>
}

/** A post's tags, in the order its author gave them. */
export interface PostTagsTable {
  post_id: number
  tag: string
  position: number
}

/** Who favorited which post. */
export interface FavoritesTable {
  user_id: number
  post_id: number
  created_at: Timestamp
}

declare module '../db/schema.js' {
  interface Database {
    posts: PostsTable
    post_tags: PostTagsTable
    favorites: FavoritesTable
  }
}
