/**
 * Queries on `favorites`, and the count each post keeps beside it: every change to one is made
 * with the other, in the caller's transaction.
 */
import type { RawBuilder } from 'kysely'
import { dialectOf } from '../db/dialect.js'
import { parameter, preparedWithList } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'

/**
 * Makes `userId` a fan of `postId`; true when they were not one before. Locks the user's row for
 * share first, so that `forgetFavoritesOf` (which locks it for update) waits for this one.
 *
 * On PostgreSQL a second favorite of the same pair waits on the first's insert and then finds
 * it (ON CONFLICT DO NOTHING), so it counts once; favorites of the same post by two users each
 * add one to the count under the post's row lock, so both count.
 */
export async function addFavorite(db: Executor, userId: number, postId: number, createdAt: string): Promise<boolean> {
  await dialectOf(db).lockForShare(db.selectFrom('users').select('id').where('id', '=', userId)).execute()
  const inserted = await db
    .insertInto('favorites')
    .values({ user_id: userId, post_id: postId, created_at: createdAt })
    .onConflict((oc) => oc.columns(['user_id', 'post_id']).doNothing())
    .returning('post_id')
    .executeTakeFirst()
  if (!inserted) return false
  await db
    .updateTable('posts')
    .set((eb) => ({ favorites_count: eb('favorites_count', '+', 1) }))
    .where('id', '=', postId)
    .execute()
  return true
}

/** Undoes `addFavorite`; true when `userId` was a fan of `postId`. */
export async function removeFavorite(db: Executor, userId: number, postId: number): Promise<boolean> {
  const deleted = await db
    .deleteFrom('favorites')
    .where('user_id', '=', userId)
    .where('post_id', '=', postId)
    .returning('post_id')
    .executeTakeFirst()
  if (!deleted) return false
  await db
    .updateTable('posts')
    .set((eb) => ({ favorites_count: eb('favorites_count', '-', 1) }))
    .where('id', '=', postId)
    .execute()
  return true
}

/**
 * Removes every favorite of `userId` and takes each off its post's count: for the transaction
 * that deletes the user, before the delete, whose cascade would otherwise drop the rows and leave
 * the counts too high. The user's row is locked first (a no-op update, which conflicts with the
 * share lock `addFavorite` takes), so that a favorite of theirs in flight is counted here and
 * one that starts later finds the user gone.
 */
export async function forgetFavoritesOf(db: Executor, userId: number): Promise<number> {
  await db
    .updateTable('users')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', userId)
    .execute()
  const removed = await db.deleteFrom('favorites').where('user_id', '=', userId).returning('post_id').execute()
  if (removed.length === 0) return 0
  await db
    .updateTable('posts')
    .set((eb) => ({ favorites_count: eb('favorites_count', '-', 1) }))
    .where(
      'id',
      'in',
      removed.map((row) => row.post_id),
    )
    .execute()
  return removed.length
}

const favoritedAmongQuery = preparedWithList(1, (db, postIds: RawBuilder<number>[]) =>
  db.selectFrom('favorites').select('post_id').where('user_id', '=', parameter<number>(0)).where('post_id', 'in', postIds),
)

/** Which of `postIds` the viewer favorited, in one query for a page; none for anonymous viewers. */
export async function favoritedAmong(db: Executor, viewerId: number | undefined, postIds: readonly number[]): Promise<Set<number>> {
  if (viewerId === undefined || postIds.length === 0) return new Set()
  const { rows } = await favoritedAmongQuery(db, [viewerId], [...new Set(postIds)])
  return new Set(rows.map((row) => row.post_id))
}
