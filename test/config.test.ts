import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from '../src/config.js'

describe('configuration from the environment', () => {
  it('starts with no settings at all: port 5000 on loopback, SQLite under ./data, any origin', () => {
    assert.deepEqual(loadConfig({}), {
      port: 5000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/app.db',
      corsOrigins: '*',
      tokenTtlSeconds: 30 * 24 * 3600,
      bodyLimitBytes: 1024 * 1024,
      logLevel: 'info',
    })
  })

  it('reads every variable', () => {
    assert.deepEqual(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'sqlite:/var/lib/inkwell/app.db',
        CORS_ORIGINS: 'http://localhost:3000, https://app.example.com',
        TOKEN_TTL: '12h',
        BODY_LIMIT: '512kb',
        LOG_LEVEL: 'warn',
      }),
      {
        port: 8080,
        host: '0.0.0.0',
        databaseUrl: 'sqlite:/var/lib/inkwell/app.db',
        corsOrigins: ['http://localhost:3000', 'https://app.example.com'],
        tokenTtlSeconds: 12 * 3600,
        bodyLimitBytes: 512 * 1024,
        logLevel: 'warn',
      },
    )
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
    ['TOKEN_TTL', '0'],
    ['TOKEN_TTL', '1 week'],
    ['TOKEN_TTL', '366d'],
    ['TOKEN_TTL', '999999999d'],
    ['BODY_LIMIT', '-1'],
    ['BODY_LIMIT', '1gb'],
    ['LOG_LEVEL', 'verbose'],
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
