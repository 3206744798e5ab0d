/**
 * CORS, so that a browser app on another origin can call the API. Tokens travel in the
 * Authorization header, never in cookies, so credentials are never allowed and `*` is safe.
 *
 * A hook of our own rather than @fastify/cors: answering each preflight with its path's methods
 * took that plugin's per-request options delegator, and the plugin rebuilt and merged its options
 * on every request, preflight or not (about 1% of a read's CPU; BENCHMARKS.md). Here everything
 * but the origin decision and a preflight's methods is worked out once, at start.
 */
import type { FastifyInstance } from 'fastify'
import type { MethodIndex } from './routing.js'

/** What a browser app may send, and what it may read back, beyond the CORS-safelisted headers. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-Request-Id'].join(', ')
const EXPOSED_HEADERS = ['Location', 'Link', 'ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id'].join(', ')
/** Chromium caps a cached preflight at two hours; asking for longer only misleads. */
const PREFLIGHT_MAX_AGE_SECONDS = '7200'

// Async only so that its caller's `await` stays as it was when this registered a plugin.
export async function registerCors(app: FastifyInstance, origins: '*' | string[], index: MethodIndex): Promise<void> {
  const allowlist = origins === '*' ? null : new Set(origins)
  /** The Access-Control-Allow-Origin to send, or undefined for no grant. */
  const allowed = (origin: string | undefined): string | undefined => {
    // `null` is what sandboxed iframes and file:// pages send: every one of them shares it, so
    // allowing it would allow any page that chose to become opaque.
    if (origin === undefined || origin === 'null') return undefined
    if (allowlist === null) return '*'
    return allowlist.has(origin) ? origin : undefined
  }

  app.addHook('onRequest', (request, reply, done) => {
    // Whether a response grants access depends on the Origin it was asked with, including none:
    // caches must keep those answers apart.
    reply.header('vary', 'Origin')
    // No grant: a bare OPTIONS without Origin goes on to the router's answer with Allow.
    const origin = allowed(request.headers.origin)
    if (origin === undefined) return done()
    if (request.method !== 'OPTIONS') {
      reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', EXPOSED_HEADERS)
      return done()
    }
    // A preflight for a path that does not exist falls through to the router's JSON 404.
    const methods = index.allowedMethods(request.url)
    if (methods.length === 0) return done()
    reply
      .header('access-control-allow-origin', origin)
      .header('access-control-expose-headers', EXPOSED_HEADERS)
      .header('access-control-allow-methods', methods.join(', '))
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS)
      // Safari waits for a body on a 204 without Content-Length.
      .header('content-length', '0')
      .code(204)
      .send()
  })
}
