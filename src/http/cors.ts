/**
 * CORS, so that a browser app on another origin can call the API. Tokens travel in the
 * Authorization header, never in cookies, so credentials are never allowed and `*` is safe.
 */
import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import type { MethodIndex } from './routing.js'

/** What a browser app may send, and what it may read back, beyond the CORS-safelisted headers. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-Request-Id']
const EXPOSED_HEADERS = ['Location', 'Link', 'ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id']
/** Chromium caps a cached preflight at two hours; asking for longer only misleads. */
const PREFLIGHT_MAX_AGE_SECONDS = 7200

export async function registerCors(app: FastifyInstance, origins: '*' | string[], index: MethodIndex): Promise<void> {
  const allowed = (origin: string | undefined): string | false => {
    // `null` is what sandboxed iframes and file:// pages send: every one of them shares it, so
    // allowing it would allow any page that chose to become opaque.
    if (origin === undefined || origin === 'null') return false
    if (origins === '*') return '*'
    return origins.includes(origin) ? origin : false
  }
  await app.register(cors, {
    // Resolved per request: the methods a preflight announces are those of the path it asks about.
    delegator: (request, callback) => {
      const methods = request.method === 'OPTIONS' ? index.allowedMethods(request.url) : []
      // A preflight for a path that does not exist falls through to the router's JSON 404.
      const unknownPath = request.method === 'OPTIONS' && methods.length === 0
      callback(null, {
        origin: unknownPath ? false : allowed(request.headers.origin),
        methods,
        allowedHeaders: ALLOWED_HEADERS,
        exposedHeaders: EXPOSED_HEADERS,
        maxAge: PREFLIGHT_MAX_AGE_SECONDS,
        credentials: false,
        // A bare OPTIONS without Origin is not a preflight; let it reach the router's answer.
        strictPreflight: false,
      })
    },
  })
}
