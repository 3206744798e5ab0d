/**
 * What the peers of the benchmark answer, and from where: the ceiling (bench/ceiling.ts) and
 * Express (bench/express.ts) serve the same requests through this one module, so that the only
 * difference between them, and between them and Inkwell, is the HTTP layer around it. Every body is
 * byte for byte Inkwell's (a post joined with its author, a signed cursor, …); the harness checks.
 *
 * SQLite: better-sqlite3 over the same file with the same pragmas. PostgreSQL: a `pg` pool of
 * Inkwell's default size (DB_POOL_SIZE=10) with named prepared statements, each parsed and planned
 * once per connection, and the server's default durability (synchronous_commit on), as Inkwell.
 * No validation and no logging: that is what the peers do without.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { verify } from '@node-rs/argon2'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { isoTimestamps } from '../src/db/postgres.js'
import { slugFor } from '../src/posts/slugs.js'

const POST_WITH_AUTHOR = `select p.id, p.slug, p.title, p.description, p.body, p.favorites_count, p.created_at, p.updated_at,
  u.id as author_id, u.username as author_username, u.bio as author_bio, u.image as author_image
  from posts p join users u on u.id = p.author_id`

const FEED_POST = `select p.id, p.slug, p.title, p.description, p.body, p.favorites_count, p.created_at, p.updated_at,
  u.id as author_id, u.username as author_username, u.bio as author_bio, u.image as author_image,
  exists (select 1 from favorites f where f.user_id = $1 and f.post_id = p.id) as favorited
  from posts p join users u on u.id = p.author_id`

/**
 * Timestamps are ISO strings in SQLite, and read as the same strings from PostgreSQL's timestamptz
 * with Inkwell's parser: how a timestamp is read is the db layer's choice, not a layer's cost.
 */
type Timestamp = string

interface PostRow {
  id: number
  slug: string
  title: string
  description: string
  body: string
  favorites_count: number
  created_at: Timestamp
  updated_at: Timestamp
  author_id: number
  author_username: string
  author_bio: string | null
  author_image: string | null
}

/** A post in a viewer's feed: `favorited` is 0/1 in SQLite, a boolean in PostgreSQL. */
type FeedRow = PostRow & { favorited: number | boolean }

interface TagRow {
  post_id: number
  tag: string
}

interface UserRow {
  id: number
  username: string
  email: string
  bio: string | null
  image: string | null
  created_at: Timestamp
}

type NewPostRow = Omit<PostRow, 'author_id' | 'author_username' | 'author_bio' | 'author_image'>

/**
 * One method per statement. SQLite's answer synchronously, as better-sqlite3 does; PostgreSQL's
 * return promises. Callers await either.
 */
interface Statements {
  postById(id: number): Awaitable<PostRow | undefined>
  firstPage(limit: number): Awaitable<PostRow[]>
  pageBefore(before: number, limit: number): Awaitable<PostRow[]>
  tagsOfPost(id: number): Awaitable<TagRow[]>
  tagsInRange(first: number, last: number): Awaitable<TagRow[]>
  tagsOfPosts(ids: number[]): Awaitable<TagRow[]>
  taggedFirstPage(tag: string, limit: number): Awaitable<PostRow[]>
  taggedPageBefore(tag: string, before: number, limit: number): Awaitable<PostRow[]>
  feedFirstPage(viewerId: number, limit: number): Awaitable<FeedRow[]>
  feedPageBefore(viewerId: number, before: number, limit: number): Awaitable<FeedRow[]>
  caller(tokenHash: string): Awaitable<(UserRow & { expires_at: Timestamp }) | undefined>
  insertPost(authorId: number, title: string, body: string, createdAt: string, updatedAt: string, slug: string): Awaitable<NewPostRow>
  userForLogin(username: string): Awaitable<(UserRow & { password_hash: string }) | undefined>
  insertToken(userId: number, tokenHash: string, createdAt: string, expiresAt: string): Awaitable<void>
  cursorKey(): Awaitable<string | undefined>
  close(): Promise<void>
}

type Awaitable<T> = T | Promise<T>

const SQL = {
  postById: `${POST_WITH_AUTHOR} where p.id = $1`,
  firstPage: `${POST_WITH_AUTHOR} order by p.id desc limit $1`,
  pageBefore: `${POST_WITH_AUTHOR} where p.id < $1 order by p.id desc limit $2`,
  // As Inkwell: a post's tags in a second statement, one for a whole page (its id range).
  tagsOfPost: `select post_id, tag from post_tags where post_id = $1 order by position`,
  tagsInRange: `select post_id, tag from post_tags where post_id >= $1 and post_id <= $2 order by post_id, position`,
  // A filtered page's posts are not every post in a range: their tags by id, the ids bound as one
  // parameter (a JSON array in SQLite, an array in PostgreSQL) so that one statement serves any page.
  tagsOfPosts: `select post_id, tag from post_tags where post_id = any($1::int[]) order by post_id, position`,
  // The page's ids from the (tag, post_id) index alone, newest first, then only those rows: joining
  // first made SQLite sort every post with the tag.
  taggedFirstPage: `${POST_WITH_AUTHOR} where p.id in (select post_id from post_tags where tag = $1 order by post_id desc limit $2)
    order by p.id desc`,
  taggedPageBefore: `${POST_WITH_AUTHOR} where p.id in (select post_id from post_tags where tag = $1 and post_id < $2
    order by post_id desc limit $3) order by p.id desc`,
  // The feed: the page's ids from the follows and the (author_id, id) index alone, then those rows
  // with whether the viewer favorited each, in the same statement. Every author on the page is
  // one the viewer follows, so \`following\` needs no query at all. The viewer is bound twice.
  feedFirstPage: `${FEED_POST} where p.id in (select fp.id from follows fo join posts fp on fp.author_id = fo.followed_id
    where fo.follower_id = $2 order by fp.id desc limit $3) order by p.id desc`,
  feedPageBefore: `${FEED_POST} where p.id in (select fp.id from follows fo join posts fp on fp.author_id = fo.followed_id
    where fo.follower_id = $2 and fp.id < $3 order by fp.id desc limit $4) order by p.id desc`,
  caller: `select t.expires_at, u.id, u.username, u.email, u.created_at, u.bio, u.image from tokens t join users u on u.id = t.user_id where t.token_hash = $1`,
  insertPost: `insert into posts (author_id, title, body, created_at, updated_at, slug) values ($1, $2, $3, $4, $5, $6)
    returning id, slug, title, description, body, favorites_count, created_at, updated_at`,
  userForLogin: `select id, username, email, bio, image, created_at, password_hash from users where lower(username) = $1`,
  insertToken: `insert into tokens (user_id, token_hash, created_at, expires_at) values ($1, $2, $3, $4)`,
  cursorKey: `select value from server_secrets where name = 'cursor_key'`,
}

function openSqlite(path: string): Statements {
  const connection = new SQLite(path)
  // As src/db/sqlite.ts: the durability of a write must be the same for the comparison to hold.
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = FULL')
  connection.pragma('foreign_keys = ON')
  connection.pragma('busy_timeout = 5000')
  // Every statement uses its parameters once each, in order: SQLite's `?` for PostgreSQL's `$n`.
  const prepare = <P extends unknown[], R = unknown>(text: string) => connection.prepare<P, R>(text.replace(/\$\d+/g, '?'))
  const sqliteSql = { ...SQL, tagsOfPosts: SQL.tagsOfPosts.replace('= any($1::int[])', 'in (select value from json_each($1))') }
  const s = {
    postById: prepare<[number], PostRow>(SQL.postById),
    firstPage: prepare<[number], PostRow>(SQL.firstPage),
    pageBefore: prepare<[number, number], PostRow>(SQL.pageBefore),
    tagsOfPost: prepare<[number], TagRow>(SQL.tagsOfPost),
    tagsInRange: prepare<[number, number], TagRow>(SQL.tagsInRange),
    tagsOfPosts: prepare<[string], TagRow>(sqliteSql.tagsOfPosts),
    taggedFirstPage: prepare<[string, number], PostRow>(SQL.taggedFirstPage),
    taggedPageBefore: prepare<[string, number, number], PostRow>(SQL.taggedPageBefore),
    feedFirstPage: prepare<[number, number, number], FeedRow>(SQL.feedFirstPage),
    feedPageBefore: prepare<[number, number, number, number], FeedRow>(SQL.feedPageBefore),
    caller: prepare<[string], UserRow & { expires_at: string }>(SQL.caller),
    insertPost: prepare<[number, string, string, string, string, string], NewPostRow>(SQL.insertPost),
    userForLogin: prepare<[string], UserRow & { password_hash: string }>(SQL.userForLogin),
    insertToken: prepare<[number, string, string, string]>(SQL.insertToken),
    cursorKey: prepare<[], { value: string }>(SQL.cursorKey),
  }
  return {
    postById: (id) => s.postById.get(id),
    firstPage: (limit) => s.firstPage.all(limit),
    pageBefore: (before, limit) => s.pageBefore.all(before, limit),
    tagsOfPost: (id) => s.tagsOfPost.all(id),
    tagsInRange: (first, last) => s.tagsInRange.all(first, last),
    tagsOfPosts: (ids) => s.tagsOfPosts.all(JSON.stringify(ids)),
    taggedFirstPage: (tag, limit) => s.taggedFirstPage.all(tag, limit),
    taggedPageBefore: (tag, before, limit) => s.taggedPageBefore.all(tag, before, limit),
    feedFirstPage: (viewer, limit) => s.feedFirstPage.all(viewer, viewer, limit),
    feedPageBefore: (viewer, before, limit) => s.feedPageBefore.all(viewer, viewer, before, limit),
    caller: (hash) => s.caller.get(hash),
    insertPost: (...values) => s.insertPost.get(...values)!,
    userForLogin: (username) => s.userForLogin.get(username),
    insertToken: (...values) => void s.insertToken.run(...values),
    cursorKey: () => s.cursorKey.get()?.value,
    close: async () => void connection.close(),
  }
}

function openPostgres(url: string): Statements {
  // Inkwell's default pool size (DB_POOL_SIZE, src/config.ts), so both have as many connections.
  const pool = new pg.Pool({ connectionString: url, max: 10, types: isoTimestamps })
  pool.on('error', () => {})
  // A name makes pg prepare the statement once per connection and then only bind and execute it.
  const run = async <R extends pg.QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    (await pool.query<R>({ name, text: SQL[name], values })).rows
  return {
    postById: async (id) => (await run<PostRow>('postById', [id]))[0],
    firstPage: (limit) => run<PostRow>('firstPage', [limit]),
    pageBefore: (before, limit) => run<PostRow>('pageBefore', [before, limit]),
    tagsOfPost: (id) => run<TagRow>('tagsOfPost', [id]),
    tagsInRange: (first, last) => run<TagRow>('tagsInRange', [first, last]),
    tagsOfPosts: (ids) => run<TagRow>('tagsOfPosts', [ids]),
    taggedFirstPage: (tag, limit) => run<PostRow>('taggedFirstPage', [tag, limit]),
    taggedPageBefore: (tag, before, limit) => run<PostRow>('taggedPageBefore', [tag, before, limit]),
    feedFirstPage: (viewer, limit) => run<FeedRow>('feedFirstPage', [viewer, viewer, limit]),
    feedPageBefore: (viewer, before, limit) => run<FeedRow>('feedPageBefore', [viewer, viewer, before, limit]),
    caller: async (hash) => (await run<UserRow & { expires_at: string }>('caller', [hash]))[0],
    insertPost: async (...values) => (await run<NewPostRow>('insertPost', values))[0]!,
    userForLogin: async (username) => (await run<UserRow & { password_hash: string }>('userForLogin', [username]))[0],
    insertToken: async (...values) => void (await run('insertToken', values)),
    cursorKey: async () => (await run<{ value: string }>('cursorKey', []))[0]?.value,
    close: () => pool.end(),
  }
}

const TOKEN_TTL_MS = 30 * 24 * 3600 * 1000

/**
 * As Inkwell answers a post: to an anonymous caller (the benchmark's reads but the feed), or in
 * the feed, whose authors the viewer follows.
 */
const toPost = (row: PostRow, tags: string[], viewer?: { favorited: boolean; following: boolean }) => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  description: row.description,
  body: row.body,
  tags,
  author: { id: row.author_id, username: row.author_username, bio: row.author_bio, image: row.author_image, following: viewer?.following ?? false },
  favorites_count: row.favorites_count,
  favorited: viewer?.favorited ?? false,
  created_at: row.created_at,
  updated_at: row.updated_at,
})

const tagsByPost = (rows: TagRow[]) => {
  const tags = new Map<number, string[]>()
  for (const row of rows) tags.set(row.post_id, [...(tags.get(row.post_id) ?? []), row.tag])
  return tags
}

const toUser = (row: UserRow) => ({
  id: row.id,
  username: row.username,
  email: row.email,
  bio: row.bio,
  image: row.image,
  created_at: row.created_at,
})

export type Answer = { status: number; body: unknown; headers?: Record<string, string> }

const notFound: Answer = { status: 404, body: { error: 'Not found' } }
const invalidToken: Answer = { status: 401, body: { error: 'Invalid token' } }

/** The requests the benchmark sends, each as one function from its inputs to status and body. */
export interface PeerData {
  postById(id: number): Promise<Answer>
  /** The list of every post, or of those with `tag`. */
  page(limit: number, cursor: string | null, tag?: string | null): Promise<Answer>
  feed(authorization: string | undefined, limit: number, cursor: string | null): Promise<Answer>
  profile(authorization: string | undefined): Promise<Answer>
  createPost(authorization: string | undefined, input: Record<string, string>): Promise<Answer>
  login(input: Record<string, string>): Promise<Answer>
  close(): Promise<void>
}

/** Opens `DATABASE_URL` (seeded: it reads Inkwell's cursor key) for a peer server. */
export async function openPeerData(url: string): Promise<PeerData> {
  const statements = url.startsWith('sqlite:')
    ? openSqlite(url.slice('sqlite:'.length))
    : /^postgres(ql)?:\/\//.test(url)
      ? openPostgres(url)
      : undefined
  if (statements === undefined) throw new Error(`a peer needs DATABASE_URL=sqlite:<file> or postgres://…; got ${url || 'nothing'}`)
  const cursorKey = await statements.cursorKey()
  if (cursorKey === undefined) throw new Error('no cursor_key in server_secrets: seed the database first')

  /** Inkwell's cursor format, so that one URL serves every server and the bodies match byte for byte. */
  const encodeCursor = (list: 'posts' | 'feed', id: number) => {
    const payload = `${list}:${id}`
    const mac = createHmac('sha256', cursorKey).update(payload).digest().subarray(0, 12)
    return `${Buffer.from(payload).toString('base64url')}.${mac.toString('base64url')}`
  }

  /** The position a cursor holds. The MAC is not checked: that is validation, which the peers do without. */
  const positionOf = (cursor: string | null) =>
    cursor === null ? undefined : Number(Buffer.from(cursor.split('.')[0]!, 'base64url').toString().split(':')[1])

  /** The page of `limit` of the `limit + 1` rows read, and the cursor to the next when there is one. */
  const pageOf = <R extends { id: number }>(list: 'posts' | 'feed', rows: R[], limit: number, toItem: (row: R) => unknown): Answer => {
    const shown = rows.slice(0, limit)
    const next_cursor = rows.length > limit ? encodeCursor(list, shown.at(-1)!.id) : null
    return { status: 200, body: { posts: shown.map(toItem), next_cursor } }
  }

  const caller = async (authorization: string | undefined) => {
    const token = authorization?.slice('Bearer '.length) ?? ''
    const row = await statements.caller(createHash('sha256').update(token).digest('hex'))
    return row && new Date(row.expires_at).getTime() > Date.now() ? row : undefined
  }

  return {
    async postById(id) {
      const row = await statements.postById(id)
      if (!row) return notFound
      return { status: 200, body: toPost(row, (await statements.tagsOfPost(id)).map((tag) => tag.tag)) }
    },
    async page(limit, cursor, tag) {
      const before = positionOf(cursor)
      if (tag) {
        const rows =
          before === undefined ? await statements.taggedFirstPage(tag, limit + 1) : await statements.taggedPageBefore(tag, before, limit + 1)
        const shown = rows.slice(0, limit)
        const tags = shown.length === 0 ? new Map() : tagsByPost(await statements.tagsOfPosts(shown.map((row) => row.id)))
        return pageOf('posts', rows, limit, (row) => toPost(row, tags.get(row.id) ?? []))
      }
      const rows = before === undefined ? await statements.firstPage(limit + 1) : await statements.pageBefore(before, limit + 1)
      const shown = rows.slice(0, limit)
      const tags = shown.length === 0 ? new Map() : tagsByPost(await statements.tagsInRange(shown.at(-1)!.id, shown[0]!.id))
      return pageOf('posts', rows, limit, (row) => toPost(row, tags.get(row.id) ?? []))
    },
    async feed(authorization, limit, cursor) {
      const user = await caller(authorization)
      if (!user) return invalidToken
      const before = positionOf(cursor)
      const rows =
        before === undefined ? await statements.feedFirstPage(user.id, limit + 1) : await statements.feedPageBefore(user.id, before, limit + 1)
      const shown = rows.slice(0, limit)
      const tags = shown.length === 0 ? new Map() : tagsByPost(await statements.tagsOfPosts(shown.map((row) => row.id)))
      return pageOf('feed', rows, limit, (row) => toPost(row, tags.get(row.id) ?? [], { favorited: Boolean(row.favorited), following: true }))
    },
    async profile(authorization) {
      const user = await caller(authorization)
      return user ? { status: 200, body: toUser(user) } : invalidToken
    },
    async createPost(authorization, { title = '', body = '' }) {
      // The same request as Inkwell's: authenticate, then insert. The lookup costs microseconds
      // next to the commit's fsync, so the rate is the insert rate.
      const user = await caller(authorization)
      if (!user) return invalidToken
      const now = new Date().toISOString()
      const row = await statements.insertPost(user.id, title, body, now, now, slugFor(title))
      return {
        status: 201,
        body: toPost({ ...row, author_id: user.id, author_username: user.username, author_bio: user.bio, author_image: user.image }, []),
        headers: { location: `/api/posts/${row.id}` },
      }
    },
    async login({ username = '', password = '' }) {
      // For the "reads while logins run" scenario: Argon2 on libuv's pool, as Inkwell.
      const found = await statements.userForLogin(username.toLowerCase())
      if (!found || !(await verify(found.password_hash, password))) return { status: 401, body: { error: 'Invalid credentials' } }
      const token = randomBytes(32).toString('base64url')
      const now = Date.now()
      const expires_at = new Date(now + TOKEN_TTL_MS).toISOString()
      await statements.insertToken(found.id, createHash('sha256').update(token).digest('hex'), new Date(now).toISOString(), expires_at)
      return { status: 201, body: { token, token_type: 'Bearer', expires_at, user: toUser(found) } }
    },
    close: () => statements.close(),
  }
}
