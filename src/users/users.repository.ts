/** Queries on `users`: rows in, domain objects out. */
import { sql, type Selectable } from 'kysely'
import { dialectOf } from '../db/dialect.js'
import { parameter, prepared } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'
import type { UsersTable } from './users.table.js'

/** A user as its owner sees it. `PublicUser` is what everybody else sees. */
export interface User {
  id: number
  username: string
  email: string
  bio: string | null
  /** An absolute http(s) URL of their picture. */
  image: string | null
  created_at: string
  /** The row's version: not shown, but in every ETag of a representation that shows the user. */
  version: number
}

export type PublicUser = Omit<User, 'email'>

/** A user as somebody else sees them: whether that viewer follows them (false for anonymous). */
export interface Profile extends PublicUser {
  following: boolean
}

const USER_COLUMNS = ['id', 'username', 'email', 'bio', 'image', 'created_at', 'version'] as const

/** USER_COLUMNS for a query that joins `users` to a table with columns of the same names. */
export const JOINED_USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.email',
  'users.bio',
  'users.image',
  'users.created_at',
  'users.version',
] as const satisfies readonly `users.${(typeof USER_COLUMNS)[number]}`[]

export function userRowToUser(row: Pick<Selectable<UsersTable>, (typeof USER_COLUMNS)[number]>): User {
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    bio: row.bio,
    image: row.image,
    created_at: row.created_at,
    version: row.version,
  }
}

export function toPublicUser(user: User): PublicUser {
  return { id: user.id, username: user.username, bio: user.bio, image: user.image, created_at: user.created_at, version: user.version }
}

export function toProfile(user: User, following: boolean): Profile {
  return { ...toPublicUser(user), following }
}

export async function insertUser(
  db: Executor,
  values: { username: string; email: string; passwordHash: string; createdAt: string },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      username: values.username,
      email: values.email,
      password_hash: values.passwordHash,
      created_at: values.createdAt,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow()
  return userRowToUser(row)
}

const userById = prepared((db) => db.selectFrom('users').select(USER_COLUMNS).where('id', '=', parameter<number>(0)))

export async function findUserById(db: Executor, id: number): Promise<User | undefined> {
  const row = (await userById(db, [id])).rows[0]
  return row && userRowToUser(row)
}

/**
 * `lower(column)`, as the case-insensitive unique indexes on users are built, so a lookup through
 * it uses them. Every engine lowercases ASCII the same way, and usernames are ASCII.
 */
function lowerCase(column: 'username' | 'email') {
  return sql<string>`lower(${sql.ref(column)})`
}

/** A user with the password hash, by username or email, either spelled in any case. */
export async function findUserForLogin(
  db: Executor,
  login: { username: string } | { email: string },
): Promise<{ user: User; passwordHash: string } | undefined> {
  const [column, value] = 'username' in login ? (['username', login.username] as const) : (['email', login.email] as const)
  const row = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash'])
    .where(lowerCase(column), '=', value.toLowerCase())
    .executeTakeFirst()
  return row && { user: userRowToUser(row), passwordHash: row.password_hash }
}

const userByUsername = prepared((db) =>
  db.selectFrom('users').select(USER_COLUMNS).where(lowerCase('username'), '=', parameter<string>(0)),
)

/** The user with this username, spelled in any case. */
export async function findUserByUsername(db: Executor, username: string): Promise<User | undefined> {
  const row = (await userByUsername(db, [username.toLowerCase()])).rows[0]
  return row && userRowToUser(row)
}

/**
 * Inside a transaction: whether user `id` still exists with `passwordHash`, locking the row so
 * that neither a password change nor the account's deletion can commit until the transaction
 * ends. A write that depends on a password checked earlier (issuing a token) does it first.
 */
export async function lockUserWithPassword(db: Executor, id: number, passwordHash: string): Promise<boolean> {
  const query = db.selectFrom('users').select('id').where('id', '=', id).where('password_hash', '=', passwordHash)
  return (await dialectOf(db).lockForShare(query).executeTakeFirst()) !== undefined
}

export async function findPasswordHash(db: Executor, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst()
  return row?.password_hash
}

/**
 * One page of users, newest first, strictly before `beforeId` when given. Returns up to
 * `limit + 1` rows so the caller can tell whether another page follows without counting.
 */
export async function listUsersPage(db: Executor, page: { beforeId?: number; limit: number }): Promise<User[]> {
  let query = db.selectFrom('users').select(USER_COLUMNS).orderBy('id', 'desc').limit(page.limit + 1)
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId)
  return (await query.execute()).map(userRowToUser)
}

/** Updates the user, if still at `expectedVersion` when given; undefined when that found no row. */
export async function updateUser(
  db: Executor,
  id: number,
  changes: { username?: string; email?: string; passwordHash?: string; bio?: string | null; image?: string | null },
  expectedVersion?: number,
): Promise<User | undefined> {
  let query = db
    .updateTable('users')
    .set((eb) => ({
      username: changes.username,
      email: changes.email,
      password_hash: changes.passwordHash,
      // Undefined leaves a column as it is; null clears it.
      bio: changes.bio,
      image: changes.image,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const row = await query.returning(USER_COLUMNS).executeTakeFirst()
  return row && userRowToUser(row)
}

/**
 * Deletes the user, if still at `expectedVersion` when given; their posts, tokens and follows (both
 * ways) go with them through the foreign keys' cascade.
 */
export async function deleteUser(db: Executor, id: number, expectedVersion?: number): Promise<boolean> {
  let query = db.deleteFrom('users').where('id', '=', id)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return result.numDeletedRows > 0n
}
