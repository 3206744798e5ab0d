/**
 * Password hashing: Argon2id at OWASP's recommended parameters. @node-rs/argon2 runs each hash on
 * libuv's thread pool, so a login costs the event loop nothing while it waits.
 */
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

/**
 * The hash of a random password nobody kept, made with ARGON2ID's parameters. Verifying against
 * it costs what verifying a real user's hash costs, from the very first login on.
 */
const NO_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Pf2lVQNU3sX65iKVT7ZO4A$JHB93Q2eSTTPLXv6+JH1DZa1YowqNS3NUu3sWpjXnLQ'

/**
 * Spends the time a real verification would, for a login whose user does not exist, so that
 * the answer's timing does not tell an attacker which usernames are registered.
 */
export async function verifyAgainstNoUser(password: string): Promise<false> {
  await verify(NO_USER_HASH, password)
  return false
}
