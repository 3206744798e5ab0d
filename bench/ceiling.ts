/**
 * The ceiling: the fastest this runtime answers Inkwell's benchmarked requests on this machine.
 * A bare `node:http` server, one prepared statement per request kind, over the same database with
 * the same settings; no framework, no validation, no logging. It sends the same JSON bodies as
 * Inkwell (a post joined with its author, a signed cursor, …), so that the difference between the
 * two is what Inkwell's layers cost and nothing else.
 *
 * SQLite: better-sqlite3 over the same file with the same pragmas. PostgreSQL: a `pg` pool of
 * Inkwell's default size (DB_POOL_SIZE=10) with named prepared statements, each parsed and planned
 * once per connection, and the server's default durability (synchronous_commit on), as Inkwell.
 *
 * Usage: DATABASE_URL=sqlite:<file>|postgres://… PORT=0 node --import tsx bench/ceiling.ts
 * Only the requests the benchmark sends are served; anything else is a bare 404.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { verify } from '@node-rs/argon2'
import SQLite from 'better-sqlite3'
import pg from 'pg'

const POST_WITH_AUTHOR = `select p.id, p.title, p.body, p.created_at, p.updated_at, u.id as author_id, u.username as author_username
  from posts p join users u on u.id = p.author_id`

/** Timestamps are ISO strings in SQLite and timestamptz (a Date, through pg) in PostgreSQL. */
type Timestamp = string | Date

interface PostRow {
  id: number
  title: string
  body: string
  created_at: Timestamp
  updated_at: Timestamp
  author_id: number
  author_username: string
}

interface UserRow {
  id: number
  username: string
  email: string
  created_at: Timestamp
}

type NewPostRow = Omit<PostRow, 'author_id' | 'author_username'>

/**
 * One method per statement. SQLite's answer synchronously, as better-sqlite3 does; PostgreSQL's
 * return promises. Callers await either.
 */
interface Statements {
  postById(id: number): Awaitable<PostRow | undefined>
  firstPage(limit: number): Awaitable<PostRow[]>
  pageBefore(before: number, limit: number): Awaitable<PostRow[]>
  caller(tokenHash: string): Awaitable<(UserRow & { expires_at: Timestamp }) | undefined>
  insertPost(authorId: number, title: string, body: string, createdAt: string, updatedAt: string): Awaitable<NewPostRow>
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
  caller: `select t.expires_at, u.id, u.username, u.email, u.created_at from tokens t join users u on u.id = t.user_id where t.token_hash = $1`,
  insertPost: `insert into posts (author_id, title, body, created_at, updated_at) values ($1, $2, $3, $4, $5) returning id, title, body, created_at, updated_at`,
  userForLogin: `select id, username, email, created_at, password_hash from users where lower(username) = $1`,
  insertToken: `insert into tokens (user_id, token_hash, created_at, expires_at) values ($1, $2, $3, $4)`,
  cursorKey: `select value from server_secrets where name = 'cursor_key'`,
}

function openSqlite(path: string): Statements {
  const connection = new SQLite(path)
  // As src/db/database.ts: the durability of a write must be the same for the comparison to hold.
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = FULL')
  connection.pragma('foreign_keys = ON')
  connection.pragma('busy_timeout = 5000')
  // Every statement uses its parameters once each, in order: SQLite's `?` for PostgreSQL's `$n`.
  const prepare = <P extends unknown[], R = unknown>(text: string) => connection.prepare<P, R>(text.replace(/\$\d+/g, '?'))
  const s = {
    postById: prepare<[number], PostRow>(SQL.postById),
    firstPage: prepare<[number], PostRow>(SQL.firstPage),
    pageBefore: prepare<[number, number], PostRow>(SQL.pageBefore),
    caller: prepare<[string], UserRow & { expires_at: string }>(SQL.caller),
    insertPost: prepare<[number, string, string, string, string], NewPostRow>(SQL.insertPost),
    userForLogin: prepare<[string], UserRow & { password_hash: string }>(SQL.userForLogin),
    insertToken: prepare<[number, string, string, string]>(SQL.insertToken),
    cursorKey: prepare<[], { value: string }>(SQL.cursorKey),
  }
  return {
    postById: (id) => s.postById.get(id),
    firstPage: (limit) => s.firstPage.all(limit),
    pageBefore: (before, limit) => s.pageBefore.all(before, limit),
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
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pool.on('error', () => {})
  // A name makes pg prepare the statement once per connection and then only bind and execute it.
  const run = async <R extends pg.QueryResultRow>(name: keyof typeof SQL, values: unknown[]) =>
    (await pool.query<R>({ name, text: SQL[name], values })).rows
  return {
    postById: async (id) => (await run<PostRow>('postById', [id]))[0],
    firstPage: (limit) => run<PostRow>('firstPage', [limit]),
    pageBefore: (before, limit) => run<PostRow>('pageBefore', [before, limit]),
    caller: async (hash) => (await run<UserRow & { expires_at: Date }>('caller', [hash]))[0],
    insertPost: async (...values) => (await run<NewPostRow>('insertPost', values))[0]!,
    userForLogin: async (username) => (await run<UserRow & { password_hash: string }>('userForLogin', [username]))[0],
    insertToken: async (...values) => void (await run('insertToken', values)),
    cursorKey: async () => (await run<{ value: string }>('cursorKey', []))[0]?.value,
    close: () => pool.end(),
  }
}

const url = process.env.DATABASE_URL ?? ''
const statements = url.startsWith('sqlite:')
  ? openSqlite(url.slice('sqlite:'.length))
  : /^postgres(ql)?:\/\//.test(url)
    ? openPostgres(url)
    : (() => {
        process.stderr.write(`The ceiling needs DATABASE_URL=sqlite:<file> or postgres://…; got ${url || 'nothing'}\n`)
        process.exit(1)
      })()

const cursorKey = await statements.cursorKey()
if (cursorKey === undefined) throw new Error('no cursor_key in server_secrets: seed the database first')

const TOKEN_TTL_MS = 30 * 24 * 3600 * 1000

const toPost = (row: PostRow) => ({
  id: row.id,
  title: row.title,
  body: row.body,
  author: { id: row.author_id, username: row.author_username },
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
})

const toUser = (row: UserRow) => ({ id: row.id, username: row.username, email: row.email, created_at: iso(row.created_at) })

/** As Inkwell's toIsoTimestamp. */
const iso = (value: Timestamp) => (typeof value === 'string' ? value : value.toISOString())

/** Inkwell's cursor format, so that one URL serves both servers and the bodies match byte for byte. */
function encodeCursor(id: number): string {
  const payload = `posts:${id}`
  const mac = createHmac('sha256', cursorKey!).update(payload).digest().subarray(0, 12)
  return `${Buffer.from(payload).toString('base64url')}.${mac.toString('base64url')}`
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...headers })
  res.end(json)
}

async function caller(req: IncomingMessage): Promise<UserRow | undefined> {
  const token = req.headers.authorization?.slice('Bearer '.length) ?? ''
  const row = await statements.caller(createHash('sha256').update(token).digest('hex'))
  return row && new Date(row.expires_at).getTime() > Date.now() ? row : undefined
}

async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString()) as Record<string, string>
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [path = '', query] = (req.url ?? '').split('?', 2)
  if (req.method === 'GET' && path.startsWith('/api/posts/')) {
    const row = await statements.postById(Number(path.slice('/api/posts/'.length)))
    return row ? send(res, 200, toPost(row)) : send(res, 404, { error: 'Post not found' })
  }
  if (req.method === 'GET' && path === '/api/posts') {
    const params = new URLSearchParams(query)
    const limit = Number(params.get('limit') ?? 20)
    const cursor = params.get('cursor')
    // The MAC is not checked: that is validation, which the ceiling does without.
    const before = cursor === null ? undefined : Number(Buffer.from(cursor.split('.')[0]!, 'base64url').toString().slice('posts:'.length))
    const rows = before === undefined ? await statements.firstPage(limit + 1) : await statements.pageBefore(before, limit + 1)
    const posts = rows.slice(0, limit).map(toPost)
    const next_cursor = rows.length > limit ? encodeCursor(posts.at(-1)!.id) : null
    return send(res, 200, { posts, next_cursor })
  }
  if (req.method === 'GET' && path === '/api/profile') {
    const user = await caller(req)
    return user ? send(res, 200, toUser(user)) : send(res, 401, { error: 'Invalid token' })
  }
  if (req.method === 'POST' && path === '/api/posts') {
    // The same request as Inkwell's: authenticate, then insert. The lookup costs microseconds
    // next to the commit's fsync, so the rate is the insert rate.
    const user = await caller(req)
    if (!user) return send(res, 401, { error: 'Invalid token' })
    const { title = '', body = '' } = await readJson(req)
    const now = new Date().toISOString()
    const row = await statements.insertPost(user.id, title, body, now, now)
    return send(res, 201, toPost({ ...row, author_id: user.id, author_username: user.username }), { location: `/api/posts/${row.id}` })
  }
  if (req.method === 'POST' && path === '/api/tokens') {
    // Logging in, for the "reads while logins run" scenario: Argon2 on libuv's pool, as Inkwell.
    const { username = '', password = '' } = await readJson(req)
    const found = await statements.userForLogin(username.toLowerCase())
    if (!found || !(await verify(found.password_hash, password))) return send(res, 401, { error: 'Invalid credentials' })
    const token = randomBytes(32).toString('base64url')
    const now = Date.now()
    const expires_at = new Date(now + TOKEN_TTL_MS).toISOString()
    await statements.insertToken(found.id, createHash('sha256').update(token).digest('hex'), new Date(now).toISOString(), expires_at)
    return send(res, 201, { token, token_type: 'Bearer', expires_at, user: toUser(found) })
  }
  send(res, 404, { error: 'Not found' })
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    if (!res.headersSent) send(res, 500, { error: 'Internal server error' })
  })
})

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => {
      void statements.close().finally(() => process.exit(0))
    })
    server.closeAllConnections()
  })
}

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP')
  // The same words as Inkwell's log line, which is what the harness waits for.
  process.stdout.write(`${JSON.stringify({ msg: `Server listening at http://${address.address}:${address.port}` })}\n`)
})
