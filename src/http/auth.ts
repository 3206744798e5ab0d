/**
 * Bearer authentication. Any request that carries `Authorization` has it checked, so a client
 * with a broken token hears about it even on a public route; routes that need a caller are
 * registered inside `authenticated(...)`, which refuses requests without one.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify'
import { AppError } from '../errors.js'
import { errorResponses, HttpError } from './errors.js'

/**
 * Who is calling, once their token is recognised. Empty here: the code that recognises tokens
 * (src/tokens) says what a caller is, by declaration merging, so that http/ names no resource.
 */
export interface Caller {}

/** The caller a bearer token belongs to, or null when it is not one that works. */
export type Authenticate = (token: string) => Promise<Caller | null>

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, when the request carried a valid bearer token. */
    auth: Caller | null
  }
  interface FastifyContextConfig {
    /** The route checks `Authorization` itself, against a credential that is not a user's token (/metrics). */
    ownAuthorization?: boolean
    /**
     * The schemes a token may be sent with, in lowercase; `['bearer']` when unsaid. The RealWorld
     * dialect also takes `Token`, which its frontends send.
     */
    tokenSchemes?: readonly string[]
  }
}

// RFC 6750 §3: no error attribute when the request simply had no credentials.
const missingToken = () => new HttpError('invalid_token', 'Invalid token', { 'www-authenticate': 'Bearer' })
const badToken = () => new HttpError('invalid_token', 'Invalid token', { 'www-authenticate': 'Bearer error="invalid_token"' })

const BEARER_ONLY: readonly string[] = ['bearer']

export function registerAuthentication(app: FastifyInstance, authenticate: Authenticate): void {
  app.decorateRequest('auth', null)
  // Every route may answer 401 (a token that does not work is refused everywhere). A public one
  // says it needs no credentials (`security: []`, so documentation shows no lock on it), although
  // a token it is sent is checked; `authenticated(...)` makes one required.
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return
    Object.assign(route.schema, {
      security: [],
      response: { ...errorResponses(401), ...(route.schema.response as object) },
    })
  })
  // Callback-style, so that the common case, no Authorization header, costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers.authorization
    if (header === undefined || request.routeOptions.config.ownAuthorization) return done()
    // Node keeps the first of several and drops the rest; which credentials count must not be a
    // guess, so the request is refused.
    if (countHeader(request.raw.rawHeaders, 'authorization') > 1) {
      return done(new AppError('bad_request', 'Send one Authorization header, not several'))
    }
    const credentials = splitCredentials(header)
    const schemes = request.routeOptions.config.tokenSchemes ?? BEARER_ONLY
    if (credentials === undefined || !schemes.includes(credentials[0].toLowerCase())) return done(badToken())
    const token = credentials[1]
    authenticate(token).then((auth) => {
      if (!auth) return done(badToken())
      request.auth = auth
      done()
    }, done)
  })
}

const SPACE = 0x20

/**
 * `<scheme> <token>` (RFC 9110 §11.4: spaces between, none inside the token; trailing ones
 * ignored, as before), or undefined.
 * By hand rather than by a regular expression with capture groups: every authenticated request
 * runs it, and the match and its array cost about 1.5k instructions of a 160k answer (issue 14).
 * Other whitespace in either part is left to what follows, which refuses it alike: no scheme has
 * it, and no token of ours does.
 */
function splitCredentials(header: string): [scheme: string, token: string] | undefined {
  const gap = header.indexOf(' ')
  if (gap <= 0) return undefined
  let start = gap + 1
  while (header.charCodeAt(start) === SPACE) start++
  let end = header.length
  while (end > start && header.charCodeAt(end - 1) === SPACE) end--
  const inner = header.indexOf(' ', start)
  if (start === end || (inner !== -1 && inner < end)) return undefined
  return [header.slice(0, gap), header.slice(start, end)]
}

function countHeader(rawHeaders: string[], name: string): number {
  let count = 0
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const header = rawHeaders[i]!
    // Lowercasing every header's name cost more than the rest of this hook (issue 14).
    if (header.length === name.length && header.toLowerCase() === name) count++
  }
  return count
}

/** The caller of a route registered inside `authenticated(...)`. */
export function caller(request: { auth: Caller | null }): Caller {
  if (!request.auth) throw missingToken()
  return request.auth
}

/**
 * A route group whose every route needs a bearer token: requests without one get 401, and the
 * OpenAPI document marks the token as required (the 401 every route documents already).
 */
export function authenticated(routes: (app: FastifyInstance) => Promise<void>): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRoute', (route) => {
      if (route.schema) route.schema.security = [{ bearerAuth: [] }]
    })
    app.addHook('onRequest', (request, _reply, done) => {
      done(request.auth ? undefined : missingToken())
    })
    await routes(app)
  }
}

/**
 * Marks an answer that depends on who is asking (whether they follow somebody, their own email),
 * so that a cache keeps each caller's copy apart, a 304 included. Adds to the `Vary: Origin`
 * every answer already has.
 */
export function variesByCaller(reply: FastifyReply): void {
  const vary = reply.getHeader('vary')
  reply.header('vary', vary === undefined ? 'Authorization' : `${String(vary)}, Authorization`)
}
