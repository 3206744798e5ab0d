/** Accounts: signing up, reading, changing and deleting them, and who may do which. */
import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import { violatedUniqueConstraint } from '../db/errors.js'
import type { Database, Executor } from '../db/schema.js'
import { conflict, forbidden, invalidField, notFound, preconditionFailed, type AppError } from '../errors.js'
import { hashPassword, verifyPassword } from './passwords.js'
import {
  deleteUser,
  findPasswordHash,
  findUserById,
  findUserForLogin,
  insertUser,
  listUsersPage,
  toPublicUser,
  updateUser,
  type PublicUser,
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
}

/** The account holder making a change, and the token they make it with. */
export interface Actor {
  user: { id: number }
  tokenId: number
}

/** Throws when the current user is not the version the client means to change (If-Match). */
export type UserPrecondition = (current: User) => void

/** Signs `userId` out of every session but `keepTokenId`'s, inside the caller's transaction. */
export type SignOutElsewhere = (db: Executor, userId: number, keepTokenId: number) => Promise<void>

/** Which field a unique index guards, for the 409 that names it. */
const UNIQUE_FIELDS: Record<string, 'username' | 'email'> = {
  users_username_unique: 'username',
  users_email_unique: 'email',
}

function conflictFrom(error: unknown): AppError | undefined {
  const constraint = violatedUniqueConstraint(error)
  return constraint === null ? undefined : conflict(UNIQUE_FIELDS[constraint])
}

export class UserService {
  constructor(
    private readonly clock: Clock,
    private readonly signOutElsewhere: SignOutElsewhere,
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

  /** A user as `viewer` may see them: with the email only when the viewer is that user. */
  async get(db: Executor, id: number, viewer: User | undefined): Promise<User | PublicUser> {
    const user = await findUserById(db, id)
    if (!user) throw notFound('User')
    return viewer?.id === user.id ? user : toPublicUser(user)
  }

  list(db: Executor, page: { beforeId?: number; limit: number }): Promise<User[]> {
    return listUsersPage(db, page)
  }

  /**
   * Changes the caller's own account. A new password needs the current one, and signs out every
   * other session of the user: whoever changes a password suspecting a leak expects that.
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
  ): Promise<User> {
    await this.assertSelf(db, actor, id)
    const expectedVersion = precondition && (await this.checkedVersion(db, id, precondition))
    let passwordHash: string | undefined
    if (changes.password !== undefined) {
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
        const user = await updateUser(trx, id, { username: changes.username, email: changes.email, passwordHash }, expectedVersion)
        // Only a conditional write can miss a user who is calling with their own valid token.
        if (!user) throw expectedVersion === undefined ? notFound('User') : preconditionFailed()
        if (passwordHash !== undefined) await this.signOutElsewhere(trx, id, actor.tokenId)
        return user
      })
    } catch (error) {
      throw conflictFrom(error) ?? error
    }
  }

  /** Deletes the caller's own account, with every post and token of theirs. */
  async delete(db: Executor, actor: Actor, id: number, precondition?: UserPrecondition): Promise<void> {
    await this.assertSelf(db, actor, id)
    const expectedVersion = precondition && (await this.checkedVersion(db, id, precondition))
    if (!(await deleteUser(db, id, expectedVersion)) && expectedVersion !== undefined) throw preconditionFailed()
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
  async remove(db: Executor, id: number): Promise<void> {
    if (!(await deleteUser(db, id))) throw notFound('User')
  }
}
