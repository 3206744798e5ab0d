/**
 * `GET /metrics` in Prometheus's text format: requests by route pattern, method and status with
 * their latency, requests in flight, rate-limit refusals, the PostgreSQL pool, the Argon2 queue,
 * event-loop delay and prom-client's process defaults.
 *
 * Process-wide series (the defaults, the Argon2 queue) live in prom-client's global registry, once
 * per process; each app has a registry of its own for its requests and its database, so that the
 * tests' many apps in one process never collide. In a cluster the primary adds the workers'
 * series up (prom-client's AggregatorRegistry) and a worker's /metrics asks the primary for that
 * sum, so whichever worker a scrape reaches, it sees the whole server.
 */
import cluster from 'node:cluster'
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics, register, type Metric } from 'prom-client'
import type { DatabaseHandle } from '../db/database.js'
import { HttpError } from '../http/errors.js'
import { passwordQueue } from '../users/passwords.js'
import { RouteHistogram } from './route-histogram.js'

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE

/** From a cached read (well under a millisecond) to a request that hit the 10 s grace period. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** A request no route matched (a 404, a 405): one series for all of them, never the raw URL. */
const UNMATCHED = 'unmatched'

export interface MetricsOptions {
  database: DatabaseHandle
}

let processSeries = false
let workerAggregator: AggregatorRegistry<typeof METRICS_CONTENT_TYPE> | undefined

/** The defaults and the Argon2 queue: one set per process, however many apps it builds. */
function registerProcessSeries(): void {
  if (processSeries) return
  processSeries = true
  // Includes nodejs_eventloop_lag_seconds and its percentiles, from monitorEventLoopDelay.
  collectDefaultMetrics()
  new Gauge({
    name: 'inkwell_password_hashes',
    help: 'Argon2 hashes and verifications running, and waiting for a turn (state="waiting" is the queue depth).',
    labelNames: ['state'],
    collect() {
      const queue = passwordQueue()
      this.set({ state: 'running' }, queue.running)
      this.set({ state: 'waiting' }, queue.waiting)
    },
  })
}

/** Everything the process `app` runs in has to say, in the exposition format. */
export function scrape(app: FastifyInstance): Promise<string> {
  return app.scrapeMetrics()
}

export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  registerProcessSeries()
  const registry = new Registry()
  const latency = new RouteHistogram(
    'http_request_duration_seconds',
    'Time from the request arriving to the answer being sent, by route pattern, method and status; its _count is the request count.',
    LATENCY_BUCKETS,
  )
  registry.registerMetric(latency as unknown as Metric)
  let inFlight = 0
  new Gauge({
    name: 'http_requests_in_flight',
    help: 'Requests received and not yet answered.',
    registers: [registry],
    collect() {
      this.set(inFlight)
    },
  })
  const rateLimited = new Counter({
    name: 'http_rate_limited_total',
    help: 'Requests refused with 429 by a rate limit, by route pattern.',
    labelNames: ['route'],
    registers: [registry],
  })
  const pool = options.database.pool
  if (pool) {
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL connections: open, idle, and the most the pool may open.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const stats = pool.stats()
        this.set({ state: 'open' }, stats.open)
        this.set({ state: 'idle' }, stats.idle)
        this.set({ state: 'max' }, stats.max)
      },
    })
    new Gauge({
      name: 'db_pool_waiting',
      help: 'Queries waiting for a PostgreSQL connection from the pool.',
      registers: [registry],
      collect() {
        this.set(pool.stats().waiting)
      },
    })
    const wait = new Histogram({
      name: 'db_pool_wait_seconds',
      help: 'How long a query waited for a PostgreSQL connection from the pool.',
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5],
      registers: [registry],
    })
    pool.onCheckout((seconds) => wait.observe(seconds))
  }

  // A flag on the request, declared up front so that every request keeps one shape: a request
  // refused by an earlier hook (or by Fastify itself) never passed the counting hook, and must
  // not be subtracted either.
  app.decorateRequest('countedInFlight', false)
  app.addHook('onRequest', (request, _reply, done) => {
    inFlight++
    request.countedInFlight = true
    done()
  })
  app.addHook('onResponse', (request, reply, done) => {
    if (request.countedInFlight) inFlight--
    const route = request.routeOptions.url ?? UNMATCHED
    latency.observe(route, request.method, reply.statusCode, reply.elapsedTime / 1000)
    if (reply.statusCode === 429) rateLimited.inc({ route })
    done()
  })

  const scrapeThisProcess = async () => `${await register.metrics()}\n${await registry.metrics()}`
  if (cluster.isWorker) {
    // What the primary's AggregatorRegistry collects from each worker. prom-client answers the
    // primary's requests only once an AggregatorRegistry exists in the worker too.
    workerAggregator ??= new AggregatorRegistry()
    AggregatorRegistry.setRegistries([register, registry])
    app.decorate('scrapeMetrics', askPrimary)
  } else {
    app.decorate('scrapeMetrics', scrapeThisProcess)
  }

}

/** The route on the API's port, unless the metrics have a port of their own. */
export function metricsRoutes(options: { token: string | null; port: number | null }) {
  return async (app: FastifyInstance) => {
    if (options.port !== null) return
    const authorized = tokenCheck(options.token)
    // Never rate-limited: a refused scrape would leave a gap in every graph.
    app.get('/metrics', { schema: { hide: true }, config: { ownAuthorization: true, limit: false, shed: false } }, async (request: FastifyRequest, reply: FastifyReply) => {
      if (!authorized(request.headers.authorization)) {
        throw new HttpError('invalid_token', 'Invalid token', { 'www-authenticate': 'Bearer realm="metrics"' })
      }
      return reply.type(METRICS_CONTENT_TYPE).send(await scrape(app))
    })
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    countedInFlight: boolean
  }
  interface FastifyInstance {
    scrapeMetrics(): Promise<string>
  }
}

/** Whether an Authorization header carries the metrics token; always true when there is none. */
function tokenCheck(token: string | null): (header: string | undefined) => boolean {
  if (token === null) return () => true
  const digest = (value: string) => createHash('sha256').update(value).digest()
  const expected = digest(`Bearer ${token}`)
  // Compared as digests of equal length, in constant time.
  return (header) => header !== undefined && timingSafeEqual(digest(header), expected)
}

const REQUEST = 'inkwell:metrics-request'
const RESPONSE = 'inkwell:metrics-response'

let asked = 0
const waitingForPrimary = new Map<number, (answer: { text?: string; error?: string }) => void>()

/** A worker's scrape: the primary's sum over every worker. */
function askPrimary(): Promise<string> {
  if (waitingForPrimary.size === 0 && asked === 0) {
    process.on('message', (message: { type?: string; id: number; text?: string; error?: string }) => {
      if (message?.type === RESPONSE) waitingForPrimary.get(message.id)?.(message)
    })
  }
  const id = ++asked
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => answer({ error: 'the cluster primary did not answer within 5 s' }), 5000)
    const answer = ({ text, error }: { text?: string; error?: string }) => {
      clearTimeout(timer)
      waitingForPrimary.delete(id)
      if (text !== undefined) resolve(text)
      else reject(new Error(error))
    }
    waitingForPrimary.set(id, answer)
    process.send!({ type: REQUEST, id })
  })
}

/**
 * In a cluster's primary: sums the workers' series, for a worker that was scraped and, with a
 * metrics port, for the primary's own listener.
 */
export function clusterMetrics(): () => Promise<string> {
  const aggregator = new AggregatorRegistry()
  const sum = () => aggregator.clusterMetrics()
  cluster.on('message', (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST) return
    sum().then(
      (text) => worker.isConnected() && worker.send({ type: RESPONSE, id: message.id, text }),
      (error: Error) => worker.isConnected() && worker.send({ type: RESPONSE, id: message.id, error: error.message }),
    )
  })
  return sum
}

/**
 * `/metrics` on a port of its own (METRICS_PORT), for a scraper on a private network while the
 * API port is public. Anything else on that port is a 404.
 */
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

export function serveMetrics(options: { port: number; host: string; token: string | null; scrape: () => Promise<string> }): Promise<Server> {
  const authorized = tokenCheck(options.token)
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, JSON_TYPE).end(JSON.stringify({ error: 'Route not found', code: 'not_found' }))
    } else if (!authorized(request.headers.authorization)) {
      response
        .writeHead(401, { ...JSON_TYPE, 'www-authenticate': 'Bearer realm="metrics"' })
        .end(JSON.stringify({ error: 'Invalid token', code: 'invalid_token' }))
    } else {
      options.scrape().then(
        (text) => response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(text),
        () => response.writeHead(500, JSON_TYPE).end(JSON.stringify({ error: 'Internal server error', code: 'internal_error' })),
      )
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve(server))
  })
}
