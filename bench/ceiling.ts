/**
 * The ceiling: the fastest this runtime answers Inkwell's benchmarked requests on this machine.
 * A bare `node:http` server, one prepared better-sqlite3 statement per request kind, over the
 * same database file with the same pragmas; no framework, no validation, no logging. It sends the
 * same JSON bodies as Inkwell (a post joined with its author, a signed cursor, …), so that the
 * difference between the two is what Inkwell's layers cost and nothing else.
 *
 * Usage: DATABASE_URL=sqlite:<file> PORT=0 node --import tsx bench/ceiling.ts
 * Only the requests the benchmark sends are served; anything else is a bare 404.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { verify } from '@node-rs/argon2'
import SQLite from 'better-sqlite3'

const url = process.env.DATABASE_URL ?? ''
if (!url.startsWith('sqlite:')) {
  // A PostgreSQL ceiling needs the same statements through a pg client, prepared by name.
  process.stderr.write(`The ceiling supports sqlite:<file> databases only so far; got ${url || 'no DATABASE_URL'}\n`)
  process.exit(1)
}

const connection = new SQLite(url.slice('sqlite:'.length))
// As src/db/database.ts: the durability of a write must be the same for the comparison to hold.
connection.pragma('journal_mode = WAL')
connection.pragma('synchronous = FULL')
connection.pragma('foreign_keys = ON')
connection.pragma('busy_timeout = 5000')

const POST_WITH_AUTHOR = `select p.id, p.title, p.body, p.created_at, p.updated_at, u.id as author_id, u.username as author_username
  from posts p join users u on u.id = p.author_id`

interface PostRow {
  id: number
  title: string
  body: string
  created_at: string
  updated_at: string
  author_id: number
  author_username: string
}

interface UserRow {
  id: number
  username: string
  email: string
  created_at: string
}

const statements = {
  postById: connection.prepare<[number], PostRow>(`${POST_WITH_AUTHOR} where p.id = ?`),
  firstPage: connection.prepare<[number], PostRow>(`${POST_WITH_AUTHOR} order by p.id desc limit ?`),
  pageBefore: connection.prepare<[number, number], PostRow>(`${POST_WITH_AUTHOR} where p.id < ? order by p.id desc limit ?`),
  caller: connection.prepare<[string], UserRow & { expires_at: string }>(
    `select t.expires_at, u.id, u.username, u.email, u.created_at from tokens t join users u on u.id = t.user_id where t.token_hash = ?`,
  ),
  insertPost: connection.prepare<[number, string, string, string, string], Omit<PostRow, 'author_id' | 'author_username'>>(
    `insert into posts (author_id, title, body, created_at, updated_at) values (?, ?, ?, ?, ?) returning id, title, body, created_at, updated_at`,
  ),
  userForLogin: connection.prepare<[string], UserRow & { password_hash: string }>(
    `select id, username, email, created_at, password_hash from users where lower(username) = ?`,
  ),
  insertToken: connection.prepare<[number, string, string, string]>(
    `insert into tokens (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)`,
  ),
}

const cursorKey = connection.prepare<[], { value: string }>(`select value from server_secrets where name = 'cursor_key'`).get()?.value
if (cursorKey === undefined) throw new Error('no cursor_key in server_secrets: seed the database first')

const TOKEN_TTL_MS = 30 * 24 * 3600 * 1000

const toPost = (row: PostRow) => ({
  id: row.id,
  title: row.title,
  body: row.body,
  author: { id: row.author_id, username: row.author_username },
  created_at: row.created_at,
  updated_at: row.updated_at,
})

const toUser = (row: UserRow) => ({ id: row.id, username: row.username, email: row.email, created_at: row.created_at })

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

function caller(req: IncomingMessage): UserRow | undefined {
  const token = req.headers.authorization?.slice('Bearer '.length) ?? ''
  const row = statements.caller.get(createHash('sha256').update(token).digest('hex'))
  return row && Date.parse(row.expires_at) > Date.now() ? row : undefined
}

async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString()) as Record<string, string>
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [path = '', query] = (req.url ?? '').split('?', 2)
  if (req.method === 'GET' && path.startsWith('/api/posts/')) {
    const row = statements.postById.get(Number(path.slice('/api/posts/'.length)))
    return row ? send(res, 200, toPost(row)) : send(res, 404, { error: 'Post not found' })
  }
  if (req.method === 'GET' && path === '/api/posts') {
    const params = new URLSearchParams(query)
    const limit = Number(params.get('limit') ?? 20)
    const cursor = params.get('cursor')
    // The MAC is not checked: that is validation, which the ceiling does without.
    const before = cursor === null ? undefined : Number(Buffer.from(cursor.split('.')[0]!, 'base64url').toString().slice('posts:'.length))
    const rows = before === undefined ? statements.firstPage.all(limit + 1) : statements.pageBefore.all(before, limit + 1)
    const posts = rows.slice(0, limit).map(toPost)
    const next_cursor = rows.length > limit ? encodeCursor(posts.at(-1)!.id) : null
    return send(res, 200, { posts, next_cursor })
  }
  if (req.method === 'GET' && path === '/api/profile') {
    const user = caller(req)
    return user ? send(res, 200, toUser(user)) : send(res, 401, { error: 'Invalid token' })
  }
  if (req.method === 'POST' && path === '/api/posts') {
    // The same request as Inkwell's: authenticate, then insert. The lookup costs microseconds
    // next to the commit's fsync, so the rate is the insert rate.
    const user = caller(req)
    if (!user) return send(res, 401, { error: 'Invalid token' })
    const { title = '', body = '' } = await readJson(req)
    const now = new Date().toISOString()
    const row = statements.insertPost.get(user.id, title, body, now, now)!
    return send(res, 201, toPost({ ...row, author_id: user.id, author_username: user.username }), { location: `/api/posts/${row.id}` })
  }
  if (req.method === 'POST' && path === '/api/tokens') {
    // Logging in, for the "reads while logins run" scenario: Argon2 on libuv's pool, as Inkwell.
    const { username = '', password = '' } = await readJson(req)
    const found = statements.userForLogin.get(username.toLowerCase())
    if (!found || !(await verify(found.password_hash, password))) return send(res, 401, { error: 'Invalid credentials' })
    const token = randomBytes(32).toString('base64url')
    const now = Date.now()
    const expires_at = new Date(now + TOKEN_TTL_MS).toISOString()
    statements.insertToken.run(found.id, createHash('sha256').update(token).digest('hex'), new Date(now).toISOString(), expires_at)
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
      connection.close()
      process.exit(0)
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
