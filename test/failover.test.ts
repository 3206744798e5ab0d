/**
 * PostgreSQL connections that go silent without closing, as after a failover or a dropped NAT
 * entry: a TCP relay between the app and the server stops passing bytes on the connections it
 * already has, while new ones still reach a working server. Each request on a dead connection
 * must end in a quick 503, the dead connection must be thrown away, and the service must recover
 * by itself.
 */
import assert from 'node:assert/strict'
import { createServer, connect, type Socket, type AddressInfo } from 'node:net'
import { describe, it } from 'node:test'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createDatabase } from '../src/db/database.js'
import { engine, freshDatabase } from './support/databases.js'

/** A relay to the PostgreSQL in `url` that can freeze the connections it carries so far. */
async function startRelay(url: string) {
  const target = new URL(url)
  const frozen = new Set<Socket>()
  const sockets = new Set<Socket>()
  const relay = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => sockets.delete(socket))
    }
    client.on('data', (data) => frozen.has(client) || upstream.write(data))
    upstream.on('data', (data) => frozen.has(client) || client.write(data))
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((listening) => relay.listen(0, '127.0.0.1', listening))
  const relayed = new URL(url)
  relayed.hostname = '127.0.0.1'
  relayed.port = String((relay.address() as AddressInfo).port)
  return {
    url: relayed.toString(),
    freezeExisting: () => sockets.forEach((socket) => frozen.add(socket)),
    close: async () => {
      sockets.forEach((socket) => socket.destroy())
      await new Promise((closed) => relay.close(closed))
    },
  }
}

describe('connections that go silent', { skip: engine !== 'postgres' && 'PostgreSQL only: SQLite has no connections' }, () => {
  it('answer 503 within 2 s each, are thrown away, and the service recovers without a restart', async (t) => {
    const relay = await startRelay(await freshDatabase(t))
    t.after(() => relay.close())
    const config = loadConfig({ DATABASE_URL: relay.url, LOG_LEVEL: 'silent', RATE_LIMIT: 'off' })
    const database = createDatabase(config.databaseUrl, config.database)
    await database.migrate()
    const app = await buildApp({ config, database, logger: false })
    t.after(() => app.close())

    // Three connections in the pool, then every one of them goes silent.
    const warm = await Promise.all([1, 2, 3].map(() => app.inject({ method: 'GET', url: '/api/posts' })))
    assert.deepEqual(warm.map((res) => res.statusCode), [200, 200, 200])
    relay.freezeExisting()

    const answers: { status: number; ms: number }[] = []
    for (let attempt = 0; attempt < 8 && answers.at(-1)?.status !== 200; attempt++) {
      const started = Date.now()
      const res = await app.inject({ method: 'GET', url: '/readyz' })
      answers.push({ status: res.statusCode, ms: Date.now() - started })
      if (res.statusCode === 503) {
        assert.equal(res.headers['retry-after'], '1')
        assert.equal(res.json().code, 'service_unavailable')
      }
    }
    for (const answer of answers) assert.ok(answer.ms < 2000, `answered within 2 s: ${JSON.stringify(answers)}`)
    // At most one failure per dead connection: each is destroyed, not handed out again.
    assert.equal(answers.at(-1)?.status, 200, `recovered: ${JSON.stringify(answers)}`)
    assert.ok(answers.length <= 4, `no more failures than dead connections: ${JSON.stringify(answers)}`)
    const after = await app.inject({ method: 'GET', url: '/api/posts' })
    assert.equal(after.statusCode, 200)
  })
})
