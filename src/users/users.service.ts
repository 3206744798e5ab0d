/** Accounts: signing up, reading, changing and deleting them, and who may do which. */
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import { violatedForeignKey, violatedUniqueConstraint } from '../db/errors.js'
import type { Database, Executor } from '../db/schema.js'
import { AppError, conflict, forbidden, invalidField, notFound, preconditionFailed } from '../errors.js'
import { deleteFollow, followedAmong, insertFollow, isFollowing, listFollowsPage } from './follows.repository.js'
import { hashPassword, verifyPassword } from './passwords.js'
import {
  deleteUser,
  findPasswordHash,
  findUserById,
  findUserByUsername,
  findUserForLogin,
  insertUser,
  listUsersPage,
  toProfile,
  updateUser,
  type Profile,
  type User,
} from './users.repository.js'

export interface NewUserInput {
  username: string
  email: string
  password: string
}

export interface UserChangesInput {
  username?: string
  email?: string
  password?: string
  current_password?: string
  /** Null clears it. */
  bio?: string | null
  /** An absolute http(s) URL; null clears it. */
  image?: string | null
}

/** A keyset page: up to `limit` users with ids below `beforeId`, when given. */
export type UserPage = { beforeId?: number; limit: number }

/** Who is looking, when it matters (`following`); undefined for an anonymous caller. */
export type Viewer = { id: number } | undefined

/** The account holder making a change, and the token they make it with. */
export interface Actor {
  user: { id: number }
  tokenId: number
}

/** Throws when the current user is not the version the client means to change (If-Match). */
export type UserPrecondition = (current: User) => void

/** Signs `userId` out of every session but `keepTokenId`'s, inside the caller's transaction. */
export type SignOutElsewhere = (db: Executor, userId: number, keepTokenId: number) => Promise<void>

/**
 * Takes away what a user leaves elsewhere that a cascade would get wrong (their favorites from
 * the posts' counts), inside the transaction that deletes them, before it does.
 */
export type ForgetUser = (db: Executor, userId: number) => Promise<unknown>

/** Which field a unique index guards, for the 409 that names it. */
const UNIQUE_FIELDS: Record<string, 'username' | 'email'> = {
  users_username_unique: 'username',
  users_email_unique: 'email',
}

function conflictFrom(error: unknown): AppError | undefined {
  const constraint = violatedUniqueConstraint(error)
  return constraint === null ? undefined : conflict(UNIQUE_FIELDS[constraint])
}

/**
 * What a browser can load as a picture: http or https with a host, and nothing a URL parser would
 * quietly trim or re-encode (whitespace, control characters), so the stored text is what works.
 */
const WEB_ADDRESS = /^https?:\/\/[^\s\x00-\x1f\x7f/?#]+(?:[/?#][^\s\x00-\x1f\x7f]*)?$/i

function isWebAddress(text: string): boolean {
  return WEB_ADDRESS.test(text) && URL.canParse(text)
}

export class UserService {
  constructor(
    private readonly clock: Clock,
    private readonly signOutElsewhere: SignOutElsewhere,
    private readonly forgetUser: ForgetUser,
  ) {}

  /** @throws AppError `conflict` naming the username or email that is taken. */
  async register(db: Executor, input: NewUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password)
    try {
      return await insertUser(db, {
        username: input.username,
        email: input.email,
        passwordHash,
        createdAt: this.clock.now().toISOString(),
      })
    } catch (error) {
      throw conflictFrom(error) ?? error
    }
  }

  /** A user as `viewer` may see them: their own account with the email, anybody else's profile. */
  async get(db: Executor, id: number, viewer: Viewer): Promise<User | Profile> {
    const user = await findUserById(db, id)
    if (!user) throw notFound('User')
    return viewer?.id === user.id ? user : toProfile(user, await isFollowing(db, viewer?.id, user.id))
  }

  /** A user's profile as `viewer` sees it; also for the viewer themself, who follows nobody by it. */
  async profile(db: Executor, id: number, viewer: Viewer): Promise<Profile> {
    const user = await findUserById(db, id)
    if (!user) throw notFound('User')
    return toProfile(user, await isFollowing(db, viewer?.id, user.id))
  }

  /** `profile` for a username, spelled in any case. */
  async profileByUsername(db: Executor, username: string, viewer: Viewer): Promise<Profile> {
    const user = await findUserByUsername(db, username)
    if (!user) throw notFound('User')
    return toProfile(user, await isFollowing(db, viewer?.id, user.id))
  }

  /** One page of accounts (up to `limit + 1`, newest first), emails and all: for operators. */
  list(db: Executor, page: UserPage): Promise<User[]> {
    return listUsersPage(db, page)
  }

  /** `list`'s page as `viewer` sees it. */
  async listProfiles(db: Executor, page: UserPage, viewer: Viewer): Promise<Profile[]> {
    return this.asSeenBy(db, await listUsersPage(db, page), viewer)
  }

  /** The users who follow user `id`: a page as `list`'s, newest user first. */
  followers(db: Executor, id: number, page: UserPage, viewer: Viewer): Promise<Profile[]> {
    return this.followsPage(db, id, 'followers', page, viewer)
  }

  /** The users whom user `id` follows: a page as `list`'s, newest user first. */
  following(db: Executor, id: number, page: UserPage, viewer: Viewer): Promise<Profile[]> {
    return this.followsPage(db, id, 'following', page, viewer)
  }

  /**
   * `follower` follows user `id`; following somebody already followed changes nothing.
   *
   * @returns the profile as the follower now sees it (`following: true`).
   * @throws AppError `bad_request` for yourself, `not_found` for an unknown user.
   */
  async follow(db: Executor, follower: { id: number }, id: number): Promise<Profile> {
    if (follower.id === id) throw new AppError('bad_request', 'You cannot follow yourself')
    const user = await findUserById(db, id)
    if (!user) throw notFound('User')
    try {
      await insertFollow(db, { followerId: follower.id, followedId: id, createdAt: this.clock.now().toISOString() })
    } catch (error) {
      // One of the two was deleted after the lookup above (the follower, by another request of theirs).
      throw violatedForeignKey(error) ? notFound('User') : error
    }
    return toProfile(user, true)
  }

  /**
   * `follower` stops following user `id`; unfollowing somebody not followed changes nothing.
   *
   * @returns the profile as the follower now sees it (`following: false`).
   * @throws AppError `bad_request` for yourself, `not_found` for an unknown user.
   */
  async unfollow(db: Executor, follower: { id: number }, id: number): Promise<Profile> {
    if (follower.id === id) throw new AppError('bad_request', 'You cannot unfollow yourself')
    const user = await findUserById(db, id)
    if (!user) throw notFound('User')
    await deleteFollow(db, follower.id, id)
    return toProfile(user, false)
  }

  private async followsPage(
    db: Executor,
    id: number,
    direction: 'followers' | 'following',
    page: UserPage,
    viewer: Viewer,
  ): Promise<Profile[]> {
    if (!(await findUserById(db, id))) throw notFound('User')
    return this.asSeenBy(db, await listFollowsPage(db, id, direction, page), viewer)
  }

  /** Profiles of `users` for `viewer`, with one query for the whole page. */
  private async asSeenBy(db: Executor, users: User[], viewer: Viewer): Promise<Profile[]> {
    const followed = await followedAmong(db, viewer?.id, users.map((user) => user.id))
    return users.map((user) => toProfile(user, followed.has(user.id)))
  }

  /**
   * Changes the caller's own account. A new password needs the current one (unless `policy` says
   * the dialect does not ask for it), and signs out every other session of the user: whoever
   * changes a password suspecting a leak expects that. `bio` and `image` set to null are cleared.
   *
   * Takes the database rather than a transaction: hashing takes tens of milliseconds and must not
   * hold a transaction open meanwhile, so the transaction starts once the hash is ready.
   */
  async update(
    db: Kysely<Database>,
    actor: Actor,
    id: number,
    changes: UserChangesInput,
    precondition?: UserPrecondition,
    policy: { currentPassword: 'required' | 'not-asked' } = { currentPassword: 'required' },
  ): Promise<User> {
    await this.assertSelf(db, actor, id)
    if (typeof changes.image === 'string' && !isWebAddress(changes.image)) {
      throw invalidField('image', 'must be an absolute http or https URL')
    }
    const expectedVersion = precondition && (await this.checkedVersion(db, id, precondition))
    let passwordHash: string | undefined
    if (changes.password !== undefined && policy.currentPassword === 'not-asked') {
      // RealWorld's settings form asks for no current password: the token alone vouches for the
      // caller there. Other sessions are still signed out below, as everywhere.
      passwordHash = await hashPassword(changes.password)
    } else if (changes.password !== undefined) {
      if (changes.current_password === undefined) {
        throw invalidField('current_password', 'is required to change the password')
      }
      const storedHash = await findPasswordHash(db, id)
      if (!storedHash || !(await verifyPassword(storedHash, changes.current_password))) {
        throw invalidField('current_password', 'is incorrect')
      }
      passwordHash = await hashPassword(changes.password)
    } else if (changes.current_password !== undefined) {
      throw invalidField('current_password', 'is only used together with password')
    }

    try {
      return await db.transaction().execute(async (trx) => {
        const { username, email, bio, image } = changes
        const user = await updateUser(trx, id, { username, email, passwordHash, bio, image }, expectedVersion)
        // Only a conditional write can miss a user who is calling with their own valid token.
        if (!user) throw expectedVersion === undefined ? notFound('User') : preconditionFailed()
        if (passwordHash !== undefined) await this.signOutElsewhere(trx, id, actor.tokenId)
        return user
      })
    } catch (error) {
      throw conflictFrom(error) ?? error
    }
  }

  /** Deletes the caller's own account, with every post, token and follow of theirs. */
  async delete(db: Kysely<Database>, actor: Actor, id: number, precondition?: UserPrecondition): Promise<void> {
    await this.assertSelf(db, actor, id)
    const expectedVersion = precondition && (await this.checkedVersion(db, id, precondition))
    if (!(await this.deleteWithTraces(db, id, expectedVersion)) && expectedVersion !== undefined) throw preconditionFailed()
  }

  /** Deletes the user and, in the same transaction, what the cascade would get wrong; false when no row matched. */
  private deleteWithTraces(db: Kysely<Database>, id: number, expectedVersion?: number): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      await this.forgetUser(trx, id)
      const deleted = await deleteUser(trx, id, expectedVersion)
      // Nothing to forget after all (a conditional delete that lost its race): undo the forgetting.
      if (!deleted) throw new NothingDeleted()
      return deleted
    }).catch((error: unknown) => {
      if (error instanceof NothingDeleted) return false
      throw error
    })
  }

  /** The version `precondition` (If-Match) was checked against; a write must still find it. */
  private async checkedVersion(db: Executor, id: number, precondition: UserPrecondition): Promise<number> {
    const current = await findUserById(db, id)
    if (!current) throw notFound('User')
    precondition(current)
    return current.version
  }

  /** 404 when there is no such user, 403 when there is but it is somebody else. */
  private async assertSelf(db: Executor, actor: Actor, id: number): Promise<void> {
    if (actor.user.id === id) return
    if (!(await findUserById(db, id))) throw notFound('User')
    throw forbidden()
  }

  /** The user with this username, in any case; for operators, who know people by name. */
  async findByUsername(db: Executor, username: string): Promise<User> {
    const found = await findUserForLogin(db, { username })
    if (!found) throw notFound('User')
    return found.user
  }

  /**
   * An operator's password reset (the admin CLI): no current password needed, and every session
   * of the user is signed out (by `signOutEverywhere`, in the same transaction), since a reset
   * usually means the old password leaked.
   */
  async resetPassword(
    db: Kysely<Database>,
    id: number,
    password: string,
    signOutEverywhere: (db: Executor, userId: number) => Promise<number>,
  ): Promise<{ user: User; revokedTokens: number }> {
    const passwordHash = await hashPassword(password)
    return db.transaction().execute(async (trx) => {
      const user = await updateUser(trx, id, { passwordHash })
      if (!user) throw notFound('User')
      return { user, revokedTokens: await signOutEverywhere(trx, id) }
    })
  }

  /** Deletes any account, with its posts and tokens, for an operator. */
  async remove(db: Kysely<Database>, id: number): Promise<void> {
    if (!(await this.deleteWithTraces(db, id))) throw notFound('User')
  }
}

/** Rolls back a deletion's transaction that found no row to delete. */
class NothingDeleted extends Error {}
