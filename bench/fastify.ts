/**
 * Bare Fastify as a peer: the framework Inkwell is built on, with none of Inkwell's features (no
 * logging, validation, schemas, hooks, request ids, ETags or extra headers), answering the
 * benchmark's reads with the same data access and JSON as the ceiling (bench/peer-data.ts). Between
 * the ceiling and Inkwell it splits the gap in two: what the framework costs, and what Inkwell's
 * features cost on top of it.
 *
 * Usage: DATABASE_URL=sqlite:<file>|postgres://… PORT=0 node --import tsx bench/fastify.ts
 */
import Fastify, { type FastifyReply } from 'fastify'
import { openPeerData, type Answer } from './peer-data.js'
import { listenAsPeer } from './peer-server.js'

const data = await openPeerData(process.env.DATABASE_URL ?? '')
const app = Fastify({ logger: false })

// Returning the body lets Fastify serialize it with JSON.stringify, as a handler without a
// response schema does.
const send = (reply: FastifyReply, { status, body, headers }: Answer) => {
  reply.code(status)
  if (headers) reply.headers(headers)
  return body
}

type Query = { limit?: string; cursor?: string; tag?: string }
app.get<{ Params: { id: string } }>('/api/posts/:id', async (request, reply) => send(reply, await data.postById(Number(request.params.id))))
app.get<{ Querystring: Query }>('/api/posts', async (request, reply) => {
  const { limit, cursor, tag } = request.query
  return send(reply, await data.page(Number(limit ?? 20), cursor ?? null, tag ?? null))
})
app.get<{ Querystring: Query }>('/api/feed', async (request, reply) => {
  const { limit, cursor } = request.query
  return send(reply, await data.feed(request.headers.authorization, Number(limit ?? 20), cursor ?? null))
})
app.get('/api/profile', async (request, reply) => send(reply, await data.profile(request.headers.authorization)))
app.post('/api/posts', async (request, reply) =>
  send(reply, await data.createPost(request.headers.authorization, request.body as Record<string, string>)),
)
app.post('/api/tokens', async (request, reply) => send(reply, await data.login(request.body as Record<string, string>)))

// Listened on like the other peers (the same "listening" line and shutdown), once the routes are in.
await app.ready()
listenAsPeer(app.server, data)
