/**
 * Rate limits per client IP: a generous one for every route, and stricter ones for logging in and
 * signing up, where each request costs an Argon2 hash and invites guessing or floods. A route
 * says which applies in its own options, `config: { limit: 'logins' }`, or `limit: false` for
 * none (health probes: a probe refused with 429 would take a healthy instance out).
 *
 * Counters live in Redis when `REDIS_URL` is set, so that every instance counts together. When
 * Redis cannot be reached, each instance counts in its own memory until it is back: the limits
 * loosen to per-instance ones for a while, and requests are still served.
 */
import { createRequire } from 'node:module'
import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Redis } from 'ioredis'
import type { Config, RateLimit } from '../config.js'
import { AppError } from '../errors.js'
import { errorResponses } from './errors.js'

export type LimitName = keyof Config['rateLimits']

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Which configured limit counts this route's requests: `all` unless it names another, none
     * when false. Not `rateLimit`: @fastify/rate-limit claims that option for itself.
     */
    limit?: LimitName | false
  }
}

const LIMIT_NAME = 'inkwellLimit'

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>

export async function registerRateLimits(
  app: FastifyInstance,
  options: { limits: Config['rateLimits']; redisUrl: string | null },
): Promise<void> {
  const { limits, redisUrl } = options
  // Documented whether or not this instance has limits switched on: the contract is the product's.
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide || route.config?.limit === false) return
    route.schema.response = { ...(route.schema.response as object), ...errorResponses(429) }
  })
  if (!limits.all && !limits.logins && !limits.signUps) return

  const redis = redisUrl ? await connectRedis(app, redisUrl) : null
  await app.register(rateLimit, {
    global: false,
    // RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset on every answer, Retry-After on 429.
    enableDraftSpec: true,
    ...(redis && { store: sharedStore(redis) }),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many requests; retry in ${context.after}`),
  })

  const limiter = (name: string, limit: RateLimit | null): Limiter | null =>
    limit &&
    (app.rateLimit({
      max: limit.max,
      timeWindow: limit.windowMs,
      // Keeps each limit's counters apart in Redis (see sharedStore). The key stays the plugin's
      // own, which counts an IPv6 /64 as one client: whoever has one has all of its addresses.
      [LIMIT_NAME]: name,
    } as Parameters<FastifyInstance['rateLimit']>[0]) as Limiter)
  // A route whose own limit is switched off still counts against the general one.
  const all = limiter('all', limits.all)
  const limiters = Object.fromEntries(
    (Object.keys(limits) as LimitName[]).map((name) => [name, name === 'all' ? all : (limiter(name, limits[name]) ?? all)]),
  ) as Record<LimitName, Limiter | null>

  // One hook for every route, added before authentication's, so that a flood is turned away
  // before it costs a token lookup. Unknown paths count against `all`.
  app.addHook('onRequest', async (request, reply) => {
    const name = request.routeOptions.config.limit
    if (name === false) return
    await limiters[name ?? 'all']?.(request, reply)
  })
}

/**
 * A Redis client that fails fast instead of queueing: while Redis is away, a command errors at
 * once (and the count falls back to memory) rather than holding the request until it returns.
 * Start-up waits a moment for the first connection, so that the first requests are counted
 * together with the other instances'.
 */
async function connectRedis(app: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: 200,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  })
  // Said once per outage, not at every reconnection attempt.
  let healthy = true
  redis.on('error', (error) => {
    if (!healthy) return
    healthy = false
    app.log.warn({ err: error }, 'redis unavailable: rate limits are counted per instance until it is back')
  })
  redis.on('ready', () => {
    if (healthy) return
    healthy = true
    app.log.info('redis is back: rate limits are shared again')
  })
  app.addHook('onClose', async () => {
    redis.disconnect()
  })
  await new Promise<void>((done) => {
    const timer = setTimeout(done, 1000)
    redis.once('ready', () => {
      clearTimeout(timer)
      done()
    })
  })
  return redis
}

/** After Redis failed a command, how long to count in memory before asking it again. */
const REDIS_BACKOFF_MS = 5000

type Store = FastifyRateLimitStore
type Callback = Parameters<Store['incr']>[1]

/**
 * @fastify/rate-limit's Redis store, with its in-memory store to fall back on. A Redis that hangs
 * rather than refusing would cost every request the command timeout, so after a failure Redis is
 * left alone for a few seconds. The plugin takes a store class and constructs it itself, hence
 * the class made here.
 */
function sharedStore(redis: Redis): FastifyRateLimitStoreCtor {
  // Not part of the package's typed surface, but its own two store implementations.
  const require = createRequire(import.meta.url)
  const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (...args: unknown[]) => Store
  const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (...args: unknown[]) => Store
  let skipRedisUntil = 0

  class FallbackStore implements Store {
    constructor(
      private readonly params: { continueExceeding?: boolean; exponentialBackoff?: boolean },
      private readonly shared: Store,
      private readonly local: Store,
    ) {}

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      if (Date.now() < skipRedisUntil) return this.local.incr(key, callback, timeWindow, max)
      const counted: Callback = (error, result) => {
        if (!error) return callback(null, result)
        skipRedisUntil = Date.now() + REDIS_BACKOFF_MS
        this.local.incr(key, callback, timeWindow, max)
      }
      this.shared.incr(key, counted, timeWindow, max)
    }

    child(options: Parameters<Store['child']>[0]): Store {
      // The plugin names a child's Redis keys after its route, and a limiter made with
      // app.rateLimit() has none: each limit is named after itself instead.
      const name = (options as unknown as Record<string, string>)[LIMIT_NAME] ?? 'all'
      const { continueExceeding, exponentialBackoff } = this.params
      const shared = new RedisStore(continueExceeding, exponentialBackoff, redis, `inkwell-rate-limit:${name}:`)
      return new FallbackStore(this.params, shared, this.local.child(options))
    }
  }

  return class extends FallbackStore {
    constructor(params: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
      super(
        params,
        new RedisStore(params.continueExceeding, params.exponentialBackoff, redis, 'inkwell-rate-limit:'),
        new LocalStore(params.continueExceeding, params.exponentialBackoff),
      )
    }
  }
}
