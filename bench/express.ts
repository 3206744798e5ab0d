/**
 * Express 5 as a peer: the framework people reach for first, answering the benchmark's reads with
 * the same data access and JSON as the ceiling (bench/peer-data.ts), written as an Express app
 * would be. It places Inkwell among the alternatives; the ceiling remains the bar.
 *
 * Usage: DATABASE_URL=sqlite:<file>|postgres://… PORT=0 node --import tsx bench/express.ts
 */
import { createServer } from 'node:http'
import express, { type Response } from 'express'
import { openPeerData, type Answer } from './peer-data.js'
import { listenAsPeer } from './peer-server.js'

const data = await openPeerData(process.env.DATABASE_URL ?? '')
const app = express()
app.use(express.json())

const send = (res: Response, { status, body, headers }: Answer) => {
  if (headers) res.set(headers)
  res.status(status).json(body)
}

app.get('/api/posts/:id', async (req, res) => send(res, await data.postById(Number(req.params.id))))
app.get('/api/posts', async (req, res) => {
  const { limit, cursor, tag } = req.query as { limit?: string; cursor?: string; tag?: string }
  send(res, await data.page(Number(limit ?? 20), cursor ?? null, tag ?? null))
})
app.get('/api/feed', async (req, res) => {
  const { limit, cursor } = req.query as { limit?: string; cursor?: string }
  send(res, await data.feed(req.headers.authorization, Number(limit ?? 20), cursor ?? null))
})
app.get('/api/profile', async (req, res) => send(res, await data.profile(req.headers.authorization)))
app.post('/api/posts', async (req, res) => send(res, await data.createPost(req.headers.authorization, req.body as Record<string, string>)))
app.post('/api/tokens', async (req, res) => send(res, await data.login(req.body as Record<string, string>)))

listenAsPeer(createServer(app), data)
