/**
 * A user as the things they wrote show them (a post's or a comment's `author`): one column list
 * to join, one shape, for every resource that has authors.
 */

/** Who is looking, for `following` and `favorited` in an answer; undefined for anonymous callers. */
export type ViewerId = number | undefined

/** An author as a post or comment shows them; `following` is the viewer's, filled in by the service. */
export interface AuthorProfile {
  id: number
  username: string
  bio: string | null
  image: string | null
  /** Whether the viewer follows the author; false for anonymous viewers. */
  following: boolean
  /** The author's row version: not shown, but part of the ETag of what shows them. */
  version: number
}

/** The columns to select from `users` joined as the author. */
export const AUTHOR_COLUMNS = [
  'users.id as author_id',
  'users.username as author_username',
  'users.bio as author_bio',
  'users.image as author_image',
  'users.version as author_version',
] as const

export interface AuthorColumns {
  author_id: number
  author_username: string
  author_bio: string | null
  author_image: string | null
  author_version: number
}

export function authorOf(row: AuthorColumns): AuthorProfile {
  return {
    id: row.author_id,
    username: row.author_username,
    bio: row.author_bio,
    image: row.author_image,
    following: false,
    version: row.author_version,
  }
}
