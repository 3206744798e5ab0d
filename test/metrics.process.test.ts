/**
 * Metrics over real sockets: a real Prometheus (Debian's `prometheus` package) scraping the
 * server's own metrics port with the token and answering a query through its HTTP API, and a
 * cluster whose workers' /metrics shows the sum over every worker.
 *
 * These do not depend on the engine, so they run once, in the SQLite half.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { call, cleanups, RATE_LIMITS_OFF, waitFor } from './support/client.js'
import { engineIndependent, freshDatabase } from './support/databases.js'
import { freePort, startServer, type RunningServer } from './support/server.js'

const PROMETHEUS = '/usr/bin/prometheus'
const noPrometheus = existsSync(PROMETHEUS)
  ? false
  : `${PROMETHEUS} is missing, so the scrape by a real Prometheus cannot run; install it with: apt-get install -y prometheus`

const TOKEN = 'scrape-token-for-the-test-0123'

/** The port of the "metrics listening" line the server logged. */
async function metricsPort(server: RunningServer): Promise<number> {
  return waitFor('the "metrics listening" log line', () => {
    const line = server.logs.find((entry) => entry.msg === 'metrics listening')
    return line ? (line.address as { port: number }).port : undefined
  })
}

/** The value of `name{labels}` in an exposition, or undefined. */
function sample(text: string, seriesName: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${seriesName} `))
  return line === undefined ? undefined : Number(line.slice(seriesName.length + 1))
}

describe('metrics over real sockets', { skip: engineIndependent }, () => {
  it('a real Prometheus scrapes the metrics port with the token, and its query API returns the route series', { skip: noPrometheus }, async (t) => {
    const onEnd = cleanups(t)
    const server = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: await freshDatabase(t), METRICS_PORT: '0', METRICS_TOKEN: TOKEN })
    onEnd(() => server.stop())
    const port = await metricsPort(server)
    assert.notEqual(port, server.port)
    // Not on the API's port, and not without the token on its own.
    assert.equal((await call(server.url, 'GET', '/metrics')).status, 404)
    const refused = await fetch(`http://127.0.0.1:${port}/metrics`)
    assert.equal(refused.status, 401)
    assert.deepEqual(await refused.json(), { error: 'Invalid token', code: 'invalid_token' })

    for (let i = 0; i < 5; i++) assert.equal((await call(server.url, 'GET', '/api/posts')).status, 200)

    const dir = await mkdtemp(join(tmpdir(), 'inkwell-prometheus-'))
    onEnd(() => rm(dir, { recursive: true, force: true }))
    await writeFile(
      join(dir, 'prometheus.yml'),
      `global:
  scrape_interval: 1s
scrape_configs:
  - job_name: inkwell
    authorization:
      credentials: ${TOKEN}
    static_configs:
      - targets: ['127.0.0.1:${port}']
`,
    )
    const prometheusPort = await freePort()
    const prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${prometheusPort}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let log = ''
    prometheus.stderr.on('data', (chunk) => (log += chunk))
    const exited = new Promise((done) => prometheus.once('exit', done))
    onEnd(async () => {
      prometheus.kill('SIGTERM')
      await exited
    })

    const query = async (promql: string) => {
      const res = await fetch(`http://127.0.0.1:${prometheusPort}/api/v1/query?query=${encodeURIComponent(promql)}`).catch(() => null)
      if (!res?.ok) return undefined
      const body = (await res.json()) as { data: { result: { metric: Record<string, string>; value: [number, string] }[] } }
      return body.data.result
    }
    const result = await waitFor(
      'Prometheus to have scraped the request count',
      async () => {
        const found = await query('http_request_duration_seconds_count{job="inkwell",route="/api/posts",method="GET",status="200"}')
        return found && found.length > 0 ? found : undefined
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    ).catch((error: Error) => assert.fail(`${error.message}; Prometheus said: ${log.slice(-2000)}`))
    assert.equal(result.length, 1)
    assert.equal(result[0]!.value[1], '5')
    assert.equal(result[0]!.metric.instance, `127.0.0.1:${port}`)
    const up = await query('up{job="inkwell"}')
    assert.equal(up?.[0]?.value[1], '1', 'the target is up: the token was accepted')
  })

  it("in a cluster, any worker's /metrics shows the sum over all workers", async (t) => {
    const onEnd = cleanups(t)
    const server = await startServer({ ...RATE_LIMITS_OFF, DATABASE_URL: await freshDatabase(t), WEB_CONCURRENCY: '2' })
    onEnd(() => server.stop())
    await waitFor('two workers to listen', () =>
      server.logs.filter((line) => String(line.msg).startsWith('Server listening')).length >= 2 ? true : undefined,
    )

    // Each call is a new connection, which the primary hands to the workers in turn.
    const requests = 8
    for (let i = 0; i < requests; i++) assert.equal((await call(server.url, 'GET', '/api/posts')).status, 200)
    const served = await waitFor('the request log lines', () => {
      const lines = server.logs.filter((line) => line.msg === 'request' && line.route === '/api/posts')
      return lines.length >= requests ? lines : undefined
    })
    const workers = new Set(served.map((line) => line.pid))
    assert.equal(workers.size, 2, 'both workers served some of the requests')

    const count = 'http_request_duration_seconds_count{route="/api/posts",method="GET",status="200"}'
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/metrics`, { headers: { connection: 'close' } })
      assert.equal(res.status, 200)
      assert.equal(sample(await res.text(), count), requests, 'the sum over both workers, whichever one answered')
    }
  })
})
