/**
 * Password hashing: Argon2id at OWASP's recommended parameters. @node-rs/argon2 runs each hash on
 * libuv's thread pool, so a login costs the event loop nothing while it waits.
 */
import { availableParallelism } from 'node:os'
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2'
import { overloaded } from '../errors.js'

// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
const ARGON2ID: Options = {
  algorithm: 2 satisfies Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
}

/**
 * How many hashes may run at once. Each holds 19 MiB and a core for tens of milliseconds; libuv
 * would run four, which on a small machine takes every core from the event loop (reads' p99
 * grew elevenfold under 10 logins/s) and 76 MiB of memory at once (BENCHMARKS.md). One core is
 * left to the event loop; hashes beyond the cap wait their turn, in order.
 */
const MAX_CONCURRENT_HASHES = Math.max(1, availableParallelism() - 1)

let running = 0
const waiting: (() => void)[] = []
// PASSWORD_HASH_QUEUE's default: about a second's worth of hashes on a small machine.
let maxWaiting = 32

/**
 * How many hashes may wait for a turn; beyond that, logins, sign-ups and password changes are
 * refused at once (503) instead of queueing for ever: 400 logins from 40 addresses, each within
 * its rate limit, made an unrelated login wait 25 s. Set from PASSWORD_HASH_QUEUE.
 */
export function limitHashQueue(max: number): void {
  maxWaiting = max
}

/** @throws AppError `service_unavailable` when the queue is full. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_CONCURRENT_HASHES) running++
  else if (waiting.length >= maxWaiting) throw overloaded()
  else await new Promise<void>((resume) => waiting.push(resume))
  try {
    return await work()
  } finally {
    // The slot passes straight to the next in line, so a newcomer cannot overtake it.
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

/** Hashes and verifications running, and waiting for a turn: the metrics' Argon2 queue depth. */
export function passwordQueue(): { running: number; waiting: number } {
  return { running, waiting: waiting.length }
}

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => hash(password, ARGON2ID))
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return inTurn(() => verify(passwordHash, password))
}

/**
 * The hash of a random password nobody kept, made with ARGON2ID's parameters. Verifying against
 * it costs what verifying a real user's hash costs, from the very first login on.
 */
const NO_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Pf2lVQNU3sX65iKVT7ZO4A$JHB93Q2eSTTPLXv6+JH1DZa1YowqNS3NUu3sWpjXnLQ'

/**
 * Spends the time a real verification would, for a login whose user does not exist, so that
 * the answer's timing does not tell an attacker which usernames are registered. It waits in the
 * same queue as real ones, so a busy queue delays both alike.
 */
export async function verifyAgainstNoUser(password: string): Promise<false> {
  await inTurn(() => verify(NO_USER_HASH, password))
  return false
}
