/**
 * The ceiling: the fastest this runtime answers Inkwell's benchmarked requests on this machine.
 * A bare `node:http` server around the benchmark's data access (bench/peer-data.ts: one prepared
 * statement per request kind, the same database and settings, the same JSON bodies); no
 * framework, no validation, no logging. The difference between it and Inkwell is what Inkwell's
 * layers cost and nothing else.
 *
 * Usage: DATABASE_URL=sqlite:<file>|postgres://… PORT=0 node --import tsx bench/ceiling.ts
 * Only the requests the benchmark sends are served; anything else is a bare 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { openPeerData, type Answer } from './peer-data.js'
import { listenAsPeer } from './peer-server.js'

const data = await openPeerData(process.env.DATABASE_URL ?? '')

function send(res: ServerResponse, { status, body, headers }: Answer): void {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...headers })
  res.end(json)
}

async function readJson(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString()) as Record<string, string>
}

async function handle(req: IncomingMessage): Promise<Answer> {
  const [path = '', query] = (req.url ?? '').split('?', 2)
  if (req.method === 'GET' && path.startsWith('/api/posts/')) return data.postById(Number(path.slice('/api/posts/'.length)))
  if (req.method === 'GET' && path === '/api/posts') {
    const params = new URLSearchParams(query)
    return data.page(Number(params.get('limit') ?? 20), params.get('cursor'), params.get('tag'))
  }
  if (req.method === 'GET' && path === '/api/feed') {
    const params = new URLSearchParams(query)
    return data.feed(req.headers.authorization, Number(params.get('limit') ?? 20), params.get('cursor'))
  }
  if (req.method === 'GET' && path === '/api/profile') return data.profile(req.headers.authorization)
  if (req.method === 'POST' && path === '/api/posts') return data.createPost(req.headers.authorization, await readJson(req))
  if (req.method === 'POST' && path === '/api/tokens') return data.login(await readJson(req))
  return { status: 404, body: { error: 'Not found' } }
}

const server = createServer((req, res) => {
  handle(req).then(
    (answer) => send(res, answer),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
      if (!res.headersSent) send(res, { status: 500, body: { error: 'Internal server error' } })
    },
  )
})

listenAsPeer(server, data)
