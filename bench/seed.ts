/**
 * Fills an empty database for the benchmark through the repository layer, so the rows are the
 * ones the API itself would store, in batches inside transactions so that 200,000 posts take
 * seconds rather than minutes.
 */
import { createDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import { Cursors } from '../src/http/pagination.js'
import { insertPosts } from '../src/posts/posts.repository.js'
import { slugFor } from '../src/posts/slugs.js'
import { hashPassword } from '../src/users/passwords.js'
import { insertUser } from '../src/users/users.repository.js'

/** Every benchmark user's password. One Argon2 hash serves them all: 10,000 would take minutes. */
export const BENCH_PASSWORD = 'benchmark-password'

export const benchUsername = (index: number) => `bench${index}`

export interface SeededData {
  users: number
  /** Posts have the ids 1..posts: the database was empty, and both engines number rows from 1. */
  posts: number
  seconds: number
}

const BATCH = 5_000
const ROWS_PER_INSERT = 500

/** Lorem-like words, so that bodies compress and serialize like prose, not like one repeated byte. */
const WORDS = `the a of to and in is it that for on with as was at by an be this from or which are
  keyset cursor token author post sqlite index page request latency server event loop json write
  read table row commit journal durable hash argon bearer client origin route schema status`.split(/\s+/)

/** Deterministic text of about `length` characters; a fast xorshift keeps seeding cheap. */
function prose(seed: number, length: number): string {
  let state = seed * 2654435761 + 1
  const words: string[] = []
  let size = 0
  while (size < length) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    const word = WORDS[(state >>> 0) % WORDS.length]!
    words.push(word)
    size += word.length + 1
  }
  return words.join(' ')
}

/**
 * Migrates and seeds `databaseUrl`, which must hold no users yet (the harness never overwrites
 * somebody's data). Posts are spread over authors round-robin, with bodies of 200–800 characters.
 */
export async function seedDatabase(databaseUrl: string, counts: { users: number; posts: number }): Promise<SeededData> {
  const started = performance.now()
  const database = createDatabase(databaseUrl)
  try {
    const { db } = database
    await migrateToLatest(db)
    const existing = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    if (Number(existing.count) > 0) throw new Error(`${databaseUrl} already has users; the benchmark seeds an empty database only`)
    // The cursor key is created on first use; making it now means the ceiling, which only reads
    // it, signs cursors with the same key as Inkwell.
    await Cursors.load(db)

    const passwordHash = await hashPassword(BENCH_PASSWORD)
    const start = Date.now() - (counts.posts + counts.users) * 1000
    const authors: { id: number; username: string }[] = []
    for (let from = 0; from < counts.users; from += BATCH) {
      await db.transaction().execute(async (trx) => {
        for (let i = from; i < Math.min(from + BATCH, counts.users); i++) {
          const username = benchUsername(i)
          const createdAt = new Date(start + i * 1000).toISOString()
          authors.push(await insertUser(trx, { username, email: `${username}@example.com`, passwordHash, createdAt }))
        }
      })
    }
    // A few hundred rows per statement keeps well under every engine's limit on bound
    // parameters (SQLite's is 32,766; five per row here).
    for (let from = 0; from < counts.posts; from += BATCH) {
      await db.transaction().execute(async (trx) => {
        for (let chunk = from; chunk < Math.min(from + BATCH, counts.posts); chunk += ROWS_PER_INSERT) {
          const rows = []
          for (let i = chunk; i < Math.min(chunk + ROWS_PER_INSERT, from + BATCH, counts.posts); i++) {
            const title = `Post ${i + 1}: ${prose(i, 40)}`
            rows.push({
              authorId: authors[i % authors.length]!.id,
              title,
              slug: slugFor(title),
              body: prose(i + 7, 200 + ((i * 37) % 600)),
              createdAt: new Date(start + (counts.users + i) * 1000).toISOString(),
            })
          }
          await insertPosts(trx, rows)
        }
      })
    }
    return { users: counts.users, posts: counts.posts, seconds: (performance.now() - started) / 1000 }
  } finally {
    await database.close()
  }
}
