/**
 * Bearer tokens: issuing one for a username or email and password, recognising one on a request,
 * and revoking it. A token is 32 random bytes; only its SHA-256 hash is stored, so a copy of the
 * database hands an attacker nothing they can send.
 */
import { hash, randomBytes } from 'node:crypto'
import type { Clock } from '../clock.js'
import type { Kysely } from 'kysely'
import type { Database, Executor } from '../db/schema.js'
import { invalidCredentials, invalidField } from '../errors.js'
import { verifyAgainstNoUser, verifyPassword } from '../users/passwords.js'
import { findUserForLogin, lockUserWithPassword, type User } from '../users/users.repository.js'
import {
  deleteAllExpiredTokens,
  deleteExpiredTokens,
  deleteToken,
  deleteUserTokens,
  deleteUserTokensExcept,
  findTokenByHash,
  insertToken,
} from './tokens.repository.js'

export interface IssuedToken {
  token: string
  token_type: 'Bearer'
  expires_at: string
  user: User
}

/** Who is calling, and with which token (so that token alone can be revoked). */
export interface Authentication {
  user: User
  tokenId: number
}

/** A login: a password with either a username or an email, not both. */
export interface Credentials {
  username?: string
  email?: string
  password: string
}

/**
 * 32 bytes in base64url, no padding, are 43 characters: anything longer or shorter cannot be a
 * token we issued, and is refused without a lookup. Their alphabet is not checked: a string of
 * another one hashes to nothing stored, and a regular expression on every authenticated request
 * cost more than that check is worth (about 1.5k instructions of a 160k answer; issue 14).
 */
const TOKEN_LENGTH = 43

// One-shot: every authenticated request hashes its token, and a Hash object is a stream to set up
// and tear down each time (issue 14).
const hashToken = (token: string) => hash('sha256', token, 'hex')

export class TokenService {
  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * The token is stored only if, once the password has been checked, the user still exists with
   * that same password: a login racing a password change or the account's deletion is refused
   * like a wrong password, and never leaves a token that outlives the change (the change signs
   * out every other session in its own transaction, which this one waits for or precedes).
   *
   * @throws AppError `invalid_credentials`, the same for an unknown user as for a wrong password.
   */
  async issue(db: Kysely<Database>, credentials: Credentials): Promise<IssuedToken> {
    const { username, email, password } = credentials
    if (username === undefined && email === undefined) throw invalidField('username', 'is required, or send email instead')
    if (username !== undefined && email !== undefined) throw invalidField('email', 'send either username or email, not both')
    const found = await findUserForLogin(db, username !== undefined ? { username } : { email: email! })
    const valid = found ? await verifyPassword(found.passwordHash, password) : await verifyAgainstNoUser(password)
    if (!found || !valid) throw invalidCredentials()

    const issued = await db.transaction().execute(async (trx) =>
      (await lockUserWithPassword(trx, found.user.id, found.passwordHash)) ? this.insertFor(trx, found.user) : undefined,
    )
    if (!issued) throw invalidCredentials()
    return issued
  }

  /**
   * A token for a user who has just proven who they are some other way: signed up with this
   * password in the same request (RealWorld's sign-up answers with a token), so that checking it
   * again would only cost a second hash.
   */
  issueFor(db: Kysely<Database>, user: User): Promise<IssuedToken> {
    return db.transaction().execute((trx) => this.insertFor(trx, user))
  }

  private async insertFor(trx: Executor, user: User): Promise<IssuedToken> {
    const token = randomBytes(32).toString('base64url')
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000).toISOString()
    await deleteExpiredTokens(trx, user.id, now.toISOString())
    await insertToken(trx, { userId: user.id, tokenHash: hashToken(token), createdAt: now.toISOString(), expiresAt })
    return { token, token_type: 'Bearer', expires_at: expiresAt, user }
  }

  /**
   * The caller a token belongs to, or null when it is malformed, unknown, expired or revoked.
   * The lookup is by hash, so comparing it leaks nothing about the token itself.
   */
  async authenticate(db: Executor, token: string): Promise<Authentication | null> {
    if (token.length !== TOKEN_LENGTH) return null
    const found = await findTokenByHash(db, hashToken(token))
    if (!found || Date.parse(found.expiresAt) <= this.clock.now().getTime()) return null
    return { user: found.user, tokenId: found.tokenId }
  }

  async revoke(db: Executor, tokenId: number): Promise<void> {
    await deleteToken(db, tokenId)
  }

  /** Signs a user out everywhere but the session that asked. */
  async revokeAllExcept(db: Executor, userId: number, keepTokenId: number): Promise<void> {
    await deleteUserTokensExcept(db, userId, keepTokenId)
  }

  /** Signs a user out everywhere (an operator's doing, or a password reset); how many tokens that was. */
  revokeAllOf(db: Executor, userId: number): Promise<number> {
    return deleteUserTokens(db, userId)
  }

  /**
   * Deletes every expired token. Logins already drop their own user's; this is for the users who
   * never log in again.
   */
  sweepExpired(db: Executor): Promise<number> {
    return deleteAllExpiredTokens(db, this.clock.now().toISOString())
  }
}
