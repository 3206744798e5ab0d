/** Queries on `follows`. */
import type { Executor } from '../db/schema.js'

/**
 * Which of `userIds` the viewer follows, in one query for a whole page of users, posts or
 * comments (never one per row). Nobody follows anyone for an anonymous viewer.
 */
export async function followedAmong(db: Executor, viewerId: number | undefined, userIds: readonly number[]): Promise<Set<number>> {
  if (viewerId === undefined || userIds.length === 0) return new Set()
  const rows = await db
    .selectFrom('follows')
    .select('followed_id')
    .where('follower_id', '=', viewerId)
    .where('followed_id', 'in', [...new Set(userIds)])
    .execute()
  return new Set(rows.map((row) => row.followed_id))
}
