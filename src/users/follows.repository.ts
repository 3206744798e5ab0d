/** Queries on `follows`. */
import { sql, type RawBuilder } from 'kysely'
import { parameter, prepared, preparedWithList } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'
import { JOINED_USER_COLUMNS, userRowToUser, type User } from './users.repository.js'

const followedAmongQuery = preparedWithList(1, (db, userIds: RawBuilder<number>[]) =>
  db.selectFrom('follows').select('followed_id').where('follower_id', '=', parameter<number>(0)).where('followed_id', 'in', userIds),
)

/**
 * Which of `userIds` the viewer follows, in one query for a whole page of users, posts or
 * comments (never one per row). Nobody follows anyone for an anonymous viewer.
 */
export async function followedAmong(db: Executor, viewerId: number | undefined, userIds: readonly number[]): Promise<Set<number>> {
  if (viewerId === undefined || userIds.length === 0) return new Set()
  const { rows } = await followedAmongQuery(db, [viewerId], [...new Set(userIds)])
  return new Set(rows.map((row) => row.followed_id))
}

const oneFollow = prepared((db) =>
  db
    .selectFrom('follows')
    .select(sql<number>`1`.as('found'))
    .where('follower_id', '=', parameter<number>(0))
    .where('followed_id', '=', parameter<number>(1)),
)

/** Whether `followerId` follows `followedId`: `followedAmong` for one user, compiled once. */
export async function isFollowing(db: Executor, followerId: number | undefined, followedId: number): Promise<boolean> {
  if (followerId === undefined) return false
  return (await oneFollow(db, [followerId, followedId])).rows.length > 0
}

/** Adds the follow unless it is there already, keeping the time it was first made. */
export async function insertFollow(db: Executor, values: { followerId: number; followedId: number; createdAt: string }): Promise<void> {
  await db
    .insertInto('follows')
    .values({ follower_id: values.followerId, followed_id: values.followedId, created_at: values.createdAt })
    .onConflict((conflict) => conflict.columns(['follower_id', 'followed_id']).doNothing())
    .execute()
}

export async function deleteFollow(db: Executor, followerId: number, followedId: number): Promise<void> {
  await db.deleteFrom('follows').where('follower_id', '=', followerId).where('followed_id', '=', followedId).execute()
}

/**
 * One page of the users who follow `userId` (`followers`) or whom `userId` follows (`following`),
 * newest user first, strictly before `beforeId` when given; up to `limit + 1`, as every page.
 * Each walks an index in order: the primary key (follower_id, followed_id) for `following`,
 * follows_followed_id (followed_id, follower_id) for `followers`.
 */
export async function listFollowsPage(
  db: Executor,
  userId: number,
  direction: 'followers' | 'following',
  page: { beforeId?: number; limit: number },
): Promise<User[]> {
  const [self, other] = direction === 'followers' ? (['followed_id', 'follower_id'] as const) : (['follower_id', 'followed_id'] as const)
  let query = db
    .selectFrom('follows')
    .innerJoin('users', 'users.id', `follows.${other}`)
    .select(JOINED_USER_COLUMNS)
    .where(`follows.${self}`, '=', userId)
    .orderBy(`follows.${other}`, 'desc')
    .limit(page.limit + 1)
  if (page.beforeId !== undefined) query = query.where(`follows.${other}`, '<', page.beforeId)
  return (await query.execute()).map(userRowToUser)
}
