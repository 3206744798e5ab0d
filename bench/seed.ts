/**
 * Fills an empty database for the benchmark through the repository layer, so the rows are the
 * ones the API itself would store, in batches inside transactions so that 200,000 posts take
 * seconds rather than minutes.
 */
import { sql, type Insertable } from 'kysely'
import { DATABASE_DEFAULTS, createDatabase } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { Database, Executor } from '../src/db/schema.js'
import { Cursors } from '../src/http/pagination.js'
import { insertPosts } from '../src/posts/posts.repository.js'
import { slugFor } from '../src/posts/slugs.js'
import { hashPassword } from '../src/users/passwords.js'
import { insertUser } from '../src/users/users.repository.js'

/** Every benchmark user's password. One Argon2 hash serves them all: 10,000 would take minutes. */
export const BENCH_PASSWORD = 'benchmark-password'

/** Each run's schema on a shared PostgreSQL server (`createSchema`): `<prefix><pid>_<random>`. */
export const BENCH_SCHEMA_PREFIX = 'inkwell_bench_'

export const benchUsername = (index: number) => `bench${index}`

export interface SeededData {
  users: number
  /** Posts have the ids 1..posts: the database was empty, and both engines number rows from 1. */
  posts: number
  /** Rows in post_tags, follows and favorites. */
  tags: number
  follows: number
  favorites: number
  seconds: number
}

/**
 * The tags posts are given, most used first: a post draws its 0–3 tags with a skew towards the
 * head of the list, so that the first is on about one post in five and the last on a handful.
 */
export const TAG_VOCABULARY = `sqlite postgres node typescript http json api performance testing security
  databases indexes caching logging rest design architecture backend frontend devops docker linux
  networking tls auth tokens passwords pagination keyset benchmarks profiling memory concurrency
  async streams errors validation schemas migrations transactions durability replication search
  unicode dates time queues workers deployment monitoring`.split(/\s+/)

/** The tag a list filtered by tag is benchmarked with: the most used one. */
export const POPULAR_TAG = TAG_VOCABULARY[0]!

/** How many other users each user follows (fewer when there are not that many). */
export const FOLLOWS_PER_USER = 20

/** One post in this many of a user's feed (posts by whom they follow) is one of their favorites. */
const FAVORITE_ONE_IN = 10

const BATCH = 5_000
/** Ten minutes: long enough for any batch, short enough that a stuck one still ends the run. */
const SEED_STATEMENT_TIMEOUT_MS = 600_000
const ROWS_PER_INSERT = 500

/** Lorem-like words, so that bodies compress and serialize like prose, not like one repeated byte. */
const WORDS = `the a of to and in is it that for on with as was at by an be this from or which are
  keyset cursor token author post sqlite index page request latency server event loop json write
  read table row commit journal durable hash argon bearer client origin route schema status`.split(/\s+/)

/** A deterministic stream of 32-bit numbers from `seed`: a fast xorshift keeps seeding cheap. */
function randoms(seed: number): () => number {
  let state = (seed * 2654435761 + 1) | 0
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state >>> 0
  }
}

/** Deterministic text of about `length` characters. */
function prose(seed: number, length: number): string {
  const next = randoms(seed)
  const words: string[] = []
  let size = 0
  while (size < length) {
    const word = WORDS[next() % WORDS.length]!
    words.push(word)
    size += word.length + 1
  }
  return words.join(' ')
}

/** Post `id`'s tags, 0–3 of them, in the order its author gave them. */
export function tagsOfPost(id: number): string[] {
  const next = randoms(id + 104_729)
  const tags: string[] = []
  for (let n = next() % 4; tags.length < n; ) {
    // The square of a uniform draw leans towards the vocabulary's head.
    const draw = (next() % 10_000) / 10_000
    const tag = TAG_VOCABULARY[Math.floor(draw * draw * TAG_VOCABULARY.length)]!
    if (!tags.includes(tag)) tags.push(tag)
  }
  return tags
}

/** The indexes (0-based, as `benchUsername`) of the users user `index` of `users` follows. */
export function followedBy(index: number, users: number): number[] {
  const next = randoms(index + 7_919)
  const followed: number[] = []
  for (let n = Math.min(FOLLOWS_PER_USER, users - 1); followed.length < n; ) {
    const other = next() % users
    if (other !== index && !followed.includes(other)) followed.push(other)
  }
  return followed
}

/** Whether user `index` favorited post `id` (only ever one of their feed's posts). */
function favorites(index: number, id: number): boolean {
  let hash = Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0xc2b2ae3d)
  hash ^= hash >>> 13
  return (hash >>> 0) % FAVORITE_ONE_IN === 0
}

/**
 * Migrates and seeds `databaseUrl`, which must hold no users yet (the harness never overwrites
 * somebody's data). Posts are spread over authors round-robin, with bodies of 200–800 characters
 * and 0–3 tags (`tagsOfPost`); each user follows 20 others (`followedBy`) and favorites about one
 * in ten of the posts in their feed. All of it is deterministic: the same counts, the same rows.
 */
export async function seedDatabase(databaseUrl: string, counts: { users: number; posts: number }): Promise<SeededData> {
  const started = performance.now()
  // A bulk load, not a request: Inkwell's one-second statement timeout is for answers, and a
  // batch on a slow day (a shared host at a third of its usual speed) took longer.
  const database = createDatabase(databaseUrl, { ...DATABASE_DEFAULTS, statementTimeoutMs: SEED_STATEMENT_TIMEOUT_MS })
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

    // Tags, follows and favorites: straight into their tables, many rows a statement, as above.
    // Posts were numbered from 1 and written round-robin, so post i + 1 is by user i % users.
    const insertAll = async <T extends 'post_tags' | 'follows' | 'favorites'>(
      table: T,
      rows: Generator<Insertable<Database[T]>>,
    ): Promise<number> => {
      let count = 0
      let batch: Insertable<Database[T]>[] = []
      const flush = async (trx: Executor) => {
        if (batch.length > 0) await trx.insertInto(table).values(batch as never).execute()
        count += batch.length
        batch = []
      }
      let done = false
      while (!done) {
        await db.transaction().execute(async (trx) => {
          for (let inTransaction = 0; inTransaction < BATCH; inTransaction++) {
            const row = rows.next()
            if (row.done) {
              done = true
              break
            }
            batch.push(row.value)
            if (batch.length === ROWS_PER_INSERT) await flush(trx)
          }
          await flush(trx)
        })
      }
      return count
    }
    const postsCount = counts.posts
    const userCount = counts.users
    const createdAt = new Date(start + (counts.users + counts.posts) * 1000).toISOString()
    const tags = await insertAll(
      'post_tags',
      (function* () {
        for (let id = 1; id <= postsCount; id++) {
          for (const [position, tag] of tagsOfPost(id).entries()) yield { post_id: id, tag, position }
        }
      })(),
    )
    const follows = await insertAll(
      'follows',
      (function* () {
        for (let i = 0; i < userCount; i++) {
          for (const other of followedBy(i, userCount)) {
            yield { follower_id: authors[i]!.id, followed_id: authors[other]!.id, created_at: createdAt }
          }
        }
      })(),
    )
    const favorited = await insertAll(
      'favorites',
      (function* () {
        for (let i = 0; i < userCount; i++) {
          for (const other of followedBy(i, userCount)) {
            for (let id = other + 1; id <= postsCount; id += userCount) {
              if (favorites(i, id)) yield { user_id: authors[i]!.id, post_id: id, created_at: createdAt }
            }
          }
        }
      })(),
    )
    // Each post's count from its rows, so that the two cannot disagree; a range of posts a
    // statement, so that none holds its locks for long.
    for (let from = 1; from <= postsCount; from += BATCH) {
      await db
        .updateTable('posts')
        .set((eb) => ({
          favorites_count: eb
            .selectFrom('favorites')
            .select((sub) => sub.fn.countAll<number>().as('count'))
            .whereRef('favorites.post_id', '=', 'posts.id'),
        }))
        .where('id', '>=', from)
        .where('id', '<', from + BATCH)
        .execute()
    }
    // What autovacuum would do within a minute of a bulk load, done now, so that PostgreSQL plans
    // the measured queries with the tables' statistics whenever the first scenario starts.
    if (!databaseUrl.startsWith('sqlite:')) {
      for (const table of ['users', 'posts', 'post_tags', 'follows', 'favorites']) await sql`analyze ${sql.table(table)}`.execute(db)
    }
    return { users: counts.users, posts: counts.posts, tags, follows, favorites: favorited, seconds: (performance.now() - started) / 1000 }
  } finally {
    await database.close()
  }
}
