import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from '../src/config.js'

describe('configuration from the environment', () => {
  it('starts with no settings at all: port 5000 on loopback, SQLite under ./data, any origin, rate limits on', () => {
    assert.deepEqual(loadConfig({}), {
      port: 5000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/app.db',
      database: { poolSize: 10, connectTimeoutMs: 1500, statementTimeoutMs: 1000 },
      webConcurrency: 1,
      shutdownGraceMs: 10_000,
      trustProxy: false,
      rateLimits: {
        all: { max: 600, windowMs: 60_000 },
        logins: { max: 10, windowMs: 60_000 },
        signUps: { max: 20, windowMs: 3_600_000 },
      },
      redisUrl: null,
      corsOrigins: '*',
      conduitPrefix: '/conduit',
      tokenTtlSeconds: 30 * 24 * 3600,
      bodyLimitBytes: 1024 * 1024,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      passwordHashQueue: 32,
      logLevel: 'info',
      metrics: { token: null, port: null },
      maxEventLoopDelayMs: 1000,
    })
  })

  it('reads every variable', () => {
    assert.deepEqual(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://inkwell:secret@db.internal:5432/inkwell',
        DB_POOL_SIZE: '25',
        DB_CONNECT_TIMEOUT: '2s',
        DB_STATEMENT_TIMEOUT: '800ms',
        WEB_CONCURRENCY: '4',
        SHUTDOWN_GRACE: '30s',
        TRUST_PROXY: '10.0.0.0/8, 192.168.1.7',
        RATE_LIMIT: '1000/1m',
        RATE_LIMIT_LOGIN: '5/30s',
        RATE_LIMIT_SIGNUP: 'off',
        REDIS_URL: 'redis://cache.internal:6379/2',
        CORS_ORIGINS: 'http://localhost:3000, https://app.example.com',
        CONDUIT_PREFIX: '/realworld',
        TOKEN_TTL: '12h',
        BODY_LIMIT: '512kb',
        REQUEST_TIMEOUT: '20s',
        HEADERS_TIMEOUT: '5s',
        PASSWORD_HASH_QUEUE: '8',
        LOG_LEVEL: 'warn',
        METRICS_TOKEN: 'a-long-enough-scrape-token',
        METRICS_PORT: '9464',
        MAX_EVENT_LOOP_DELAY: '250ms',
      }),
      {
        port: 8080,
        host: '0.0.0.0',
        databaseUrl: 'postgres://inkwell:secret@db.internal:5432/inkwell',
        database: { poolSize: 25, connectTimeoutMs: 2000, statementTimeoutMs: 800 },
        webConcurrency: 4,
        shutdownGraceMs: 30_000,
        trustProxy: ['10.0.0.0/8', '192.168.1.7'],
        rateLimits: { all: { max: 1000, windowMs: 60_000 }, logins: { max: 5, windowMs: 30_000 }, signUps: null },
        redisUrl: 'redis://cache.internal:6379/2',
        corsOrigins: ['http://localhost:3000', 'https://app.example.com'],
        conduitPrefix: '/realworld',
        tokenTtlSeconds: 12 * 3600,
        bodyLimitBytes: 512 * 1024,
        requestTimeoutMs: 20_000,
        headersTimeoutMs: 5_000,
        passwordHashQueue: 8,
        logLevel: 'warn',
        metrics: { token: 'a-long-enough-scrape-token', port: 9464 },
        maxEventLoopDelayMs: 250,
      },
    )
  })

  it('serves no RealWorld dialect with CONDUIT_PREFIX=off', () => {
    assert.equal(loadConfig({ CONDUIT_PREFIX: 'off' }).conduitPrefix, null)
  })

  it('switches load shedding off with MAX_EVENT_LOOP_DELAY=off', () => {
    assert.equal(loadConfig({ MAX_EVENT_LOOP_DELAY: 'off' }).maxEventLoopDelayMs, null)
  })

  it('treats an empty variable as unset', () => {
    assert.equal(loadConfig({ PORT: '', CORS_ORIGINS: ' ' }).port, 5000)
  })

  const durations: [string, number][] = [
    ['3600', 3600],
    ['90s', 90],
    ['15m', 900],
    ['2h', 7200],
    ['30d', 2_592_000],
  ]
  for (const [raw, seconds] of durations) {
    it(`reads TOKEN_TTL=${raw} as ${seconds} seconds`, () => {
      assert.equal(loadConfig({ TOKEN_TTL: raw }).tokenTtlSeconds, seconds)
    })
  }

  const trustProxy: [string, boolean | number | string[]][] = [
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback', ['loopback']],
  ]
  for (const [raw, value] of trustProxy) {
    it(`reads TRUST_PROXY=${raw}`, () => {
      assert.deepEqual(loadConfig({ TRUST_PROXY: raw }).trustProxy, value)
    })
  }

  it('accepts postgresql:// as well as postgres://', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgresql://localhost/app' }).databaseUrl, 'postgresql://localhost/app')
  })

  const sizes: [string, number][] = [
    ['2048', 2048],
    ['1kb', 1024],
    ['2MB', 2 * 1024 * 1024],
  ]
  for (const [raw, bytes] of sizes) {
    it(`reads BODY_LIMIT=${raw} as ${bytes} bytes`, () => {
      assert.equal(loadConfig({ BODY_LIMIT: raw }).bodyLimitBytes, bytes)
    })
  }

  const invalid: [string, string][] = [
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['DATABASE_URL', 'mysql://localhost/app'],
    ['DATABASE_URL', 'sqlite:'],
    ['CORS_ORIGINS', 'http://localhost:3000/'],
    ['CORS_ORIGINS', 'localhost:3000'],
    ['CORS_ORIGINS', '*,http://localhost:3000'],
    ['CONDUIT_PREFIX', 'conduit'],
    ['CONDUIT_PREFIX', '/api/conduit'],
    ['CONDUIT_PREFIX', '/docs'],
    ['TOKEN_TTL', '0'],
    ['TOKEN_TTL', '1 week'],
    ['TOKEN_TTL', '366d'],
    ['TOKEN_TTL', '999999999d'],
    ['BODY_LIMIT', '-1'],
    ['BODY_LIMIT', '1gb'],
    ['LOG_LEVEL', 'verbose'],
    ['DATABASE_URL', 'postgres://'],
    ['DB_POOL_SIZE', '0'],
    ['DB_CONNECT_TIMEOUT', 'soon'],
    ['DB_STATEMENT_TIMEOUT', '2h'],
    ['WEB_CONCURRENCY', 'auto'],
    ['SHUTDOWN_GRACE', '-5'],
    ['TRUST_PROXY', 'yes please'],
    ['RATE_LIMIT', '600'],
    ['RATE_LIMIT_LOGIN', '0/1m'],
    ['RATE_LIMIT_SIGNUP', '10/2d'],
    ['REDIS_URL', 'localhost:6379'],
    ['METRICS_TOKEN', 'too-short'],
    ['METRICS_PORT', '65536'],
    ['MAX_EVENT_LOOP_DELAY', '5ms'],
    ['MAX_EVENT_LOOP_DELAY', 'never'],
  ]
  for (const [name, value] of invalid) {
    it(`refuses ${name}=${value}, naming the variable and the value`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.problems.length === 1 &&
          error.problems[0]!.startsWith(`${name}: `) &&
          error.problems[0]!.includes(JSON.stringify(value)),
      )
    })
  }

  it('reports every bad variable at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'x', TOKEN_TTL: 'y', LOG_LEVEL: 'z' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.map((p) => p.split(':')[0]).join() === 'PORT,TOKEN_TTL,LOG_LEVEL' &&
        error.message.startsWith('Invalid configuration:\n  - PORT: '),
    )
  })
})
