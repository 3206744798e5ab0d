/**
 * Password hashing: Argon2id at OWASP's recommended parameters. @node-rs/argon2 runs each hash on
 * libuv's thread pool, so a login costs the event loop nothing while it waits.
 */
import { randomBytes } from 'node:crypto'
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2'

// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
const ARGON2ID: Options = {
  algorithm: 2 satisfies Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID)
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password)
}

let dummyHash: Promise<string> | undefined

/**
 * Spends the time a real verification would, for a login whose user does not exist, so that
 * the answer's timing does not tell an attacker which usernames are registered.
 */
export async function verifyAgainstNoUser(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'))
  await verify(await dummyHash, password)
  return false
}
