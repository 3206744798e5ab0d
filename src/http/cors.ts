/**
 * CORS, so that a browser app on another origin can call the API. Tokens travel in the
 * Authorization header, never in cookies, so credentials are never allowed and `*` is safe.
 *
 * Worked out here rather than by @fastify/cors: answering each preflight with its path's methods
 * took that plugin's per-request options delegator, and the plugin then normalised and merged its
 * options on every request, preflight or not (about 20 µs of a 160 µs read; issue 14). Everything
 * but the origin decision and a preflight's methods is worked out once, at start.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { MethodIndex } from './routing.js'

/** What a browser app may send, and what it may read back, beyond the CORS-safelisted headers. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-Request-Id'].join(', ')
const EXPOSED_HEADERS = ['Location', 'Link', 'ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id'].join(
  ', ',
)
/** Chromium caps a cached preflight at two hours; asking for longer only misleads. */
const PREFLIGHT_MAX_AGE_SECONDS = '7200'

/**
 * Sets the CORS headers of one request and answers it when it is a preflight the API grants.
 * Returns true when it has answered (the request goes no further), false to carry on.
 */
export type Cors = (request: FastifyRequest, reply: FastifyReply) => boolean

export function cors(origins: '*' | string[], index: MethodIndex): Cors {
  const allowlist = origins === '*' ? null : new Set(origins)

  return (request, reply) => {
    // Whether an answer grants access depends on the Origin it was asked with, including none:
    // caches must keep those answers apart.
    reply.header('vary', 'Origin')
    const origin = request.headers.origin
    // `null` is what sandboxed iframes and file:// pages send: every one of them shares it, so
    // allowing it would allow any page that chose to become opaque.
    if (origin === undefined || origin === 'null') return false
    const grant = allowlist === null ? '*' : allowlist.has(origin) ? origin : undefined
    if (grant === undefined) return false
    if (request.method !== 'OPTIONS') {
      reply.header('access-control-allow-origin', grant)
      reply.header('access-control-expose-headers', EXPOSED_HEADERS)
      return false
    }
    // Preflights are rare (a browser caches the answer), so their methods are looked up each time.
    // One for a path that does not exist gets no grant and falls through to the router's JSON 404.
    const methods = index.allowedMethods(request.url)
    if (methods.length === 0) return false
    reply
      .header('access-control-allow-origin', grant)
      .header('access-control-expose-headers', EXPOSED_HEADERS)
      .header('access-control-allow-methods', methods.join(', '))
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS)
      // Safari waits for a body on a 204 without Content-Length.
      .header('content-length', '0')
      .code(204)
      .send()
    return true
  }
}
