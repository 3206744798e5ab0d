/** Queries on `tokens`, which hold only each bearer token's SHA-256 hash. */
import { parameter, prepared } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'
// Declares the tokens table on Database (by declaration merging) wherever this file is compiled.
import './tokens.table.js'
import { JOINED_USER_COLUMNS, userRowToUser, type User } from '../users/users.repository.js'

export async function insertToken(
  db: Executor,
  values: { userId: number; tokenHash: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('tokens')
    .values({
      user_id: values.userId,
      token_hash: values.tokenHash,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .execute()
}

const tokenByHash = prepared((db) =>
  db
    .selectFrom('tokens')
    .innerJoin('users', 'users.id', 'tokens.user_id')
    .select(['tokens.id as token_id', 'tokens.expires_at', ...JOINED_USER_COLUMNS])
    .where('tokens.token_hash', '=', parameter<string>(0)),
)

/** The token with this hash and the user it belongs to, expired or not. */
export async function findTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<{ tokenId: number; expiresAt: string; user: User } | undefined> {
  const row = (await tokenByHash(db, [tokenHash])).rows[0]
  return row && { tokenId: row.token_id, expiresAt: row.expires_at, user: userRowToUser(row) }
}

export async function deleteToken(db: Executor, tokenId: number): Promise<void> {
  await db.deleteFrom('tokens').where('id', '=', tokenId).execute()
}

export async function deleteUserTokensExcept(db: Executor, userId: number, keepTokenId: number): Promise<void> {
  await db.deleteFrom('tokens').where('user_id', '=', userId).where('id', '!=', keepTokenId).execute()
}

/**
 * Drops a user's tokens that have expired. ISO-8601 UTC strings sort as the instants they name,
 * so the comparison is the same on every engine.
 */
export async function deleteExpiredTokens(db: Executor, userId: number, now: string): Promise<void> {
  await db.deleteFrom('tokens').where('user_id', '=', userId).where('expires_at', '<=', now).execute()
}

/** Deletes every token of the user; how many there were. */
export async function deleteUserTokens(db: Executor, userId: number): Promise<number> {
  const result = await db.deleteFrom('tokens').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Deletes every user's expired tokens; how many there were. */
export async function deleteAllExpiredTokens(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('tokens').where('expires_at', '<=', now).executeTakeFirst()
  return Number(result.numDeletedRows)
}
