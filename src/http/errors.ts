/**
 * The one place that shapes error responses.
 *
 * Every failure a client can see leaves as an RFC 9457 problem, `{type, title, status, detail,
 * instance, error, code, details?, request_id}`, with a code from the closed list in
 * src/errors.ts, whether it was thrown by a service, by Fastify's parsing and validation, or by a
 * bug. The problem members were added beside the older `error`/`code`/`details`/`request_id`, so
 * clients written against those keep working. A 5xx never says more than "Internal server
 * error"; the log has the rest.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type, type Static } from 'typebox'
import { AppError, ERROR_CODES, notFound, type ErrorCode, type FieldError as FieldErrorType } from '../errors.js'
import { validationDetails } from './validation.js'

/** The status each code answers with: the one place a code meets HTTP. */
const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation_failed: 400,
  bad_request: 400,
  invalid_credentials: 401,
  invalid_token: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
}

/** The status an error code answers with. */
export const statusOf = (code: ErrorCode): number => STATUS[code]

/** The media type of RFC 9457 problem details, sent when a client's `Accept` asks for it. */
export const PROBLEM_JSON = 'application/problem+json'

/**
 * The problem type URI of a code: stable, one per code, and listed in the README. A URN rather
 * than an http URL, since Inkwell has no site of its own to serve a page per problem from.
 */
export const problemTypeOf = (code: ErrorCode) => `urn:inkwell:problem:${code.replaceAll('_', '-')}`

/** The title of each code's problem type: the same for every occurrence, unlike `detail`. */
const TITLES: Record<ErrorCode, string> = {
  invalid_json: 'Invalid JSON',
  validation_failed: 'Validation failed',
  bad_request: 'Bad request',
  invalid_credentials: 'Invalid credentials',
  invalid_token: 'Invalid token',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  precondition_failed: 'Precondition failed',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  internal_error: 'Internal server error',
  service_unavailable: 'Service unavailable',
}

export const FieldError = Type.Object(
  {
    field: Type.String({ description: 'The input the message is about, e.g. `title` or `limit`.' }),
    message: Type.String(),
  },
  { $id: 'FieldError', description: 'One input and what is wrong with it.' },
)

export const ErrorBody = Type.Object(
  {
    type: Type.String({ format: 'uri', description: "The problem type: a stable URI per `code` (RFC 9457)." }),
    title: Type.String({ description: 'A short summary of the problem type; the same for every occurrence.' }),
    status: Type.Integer({ description: 'The HTTP status code, repeated for convenience.' }),
    detail: Type.String({ description: 'What went wrong this time, in words for people (the same as `error`).' }),
    instance: Type.String({ format: 'uri-reference', description: 'The request path the problem occurred at.' }),
    error: Type.String({ description: 'What went wrong, in words for people.' }),
    code: Type.Enum([...ERROR_CODES], {
      description: 'Stable, machine-readable; branch on this, not on `error`.',
    }),
    details: Type.Optional(Type.Array(FieldError)),
    request_id: Type.String({ description: 'Quote it when reporting a problem; it is in the log line.' }),
  },
  { $id: 'Error', description: 'An RFC 9457 problem, with Inkwell\'s own members beside the standard ones.', additionalProperties: false },
)
export type ErrorBody = Static<typeof ErrorBody>

/**
 * An error that also carries response headers, for the few failures that HTTP itself defines
 * (`WWW-Authenticate` on 401, `Allow` on 405, `Retry-After` on 503).
 */
export class HttpError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly headers: Record<string, string>,
  ) {
    super(code, message)
    this.name = 'HttpError'
  }
}

/** The database (or another dependency) cannot serve right now; the request changed nothing. */
export const serviceUnavailable = () => new HttpError('service_unavailable', 'Service unavailable', { 'retry-after': '1' })
export const wholeBodyInvalid = (message: string) => new AppError('validation_failed', `Request body ${message}`)

/**
 * The error responses a route documents, each described in the OpenAPI document.
 *
 * @example schema: { response: { 200: Post, ...errorResponses(400, 404) } }
 */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof ErrorBody> {
  const documented = statuses.map((status) => [status, { ...ErrorBody, 'x-response-description': STATUS_TEXT[status] }])
  return Object.fromEntries(documented) as unknown as Record<S, typeof ErrorBody>
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is malformed or fails validation; `details` names each field.',
  401: 'Missing, invalid or expired credentials.',
  403: 'Authenticated, but this resource is not yours.',
  404: 'No such resource.',
  409: 'A unique field is already taken.',
  412: '`If-Match` names a version that is no longer current: somebody changed the resource meanwhile. GET it again, reapply, retry.',
  413: 'The body is larger than the limit.',
  415: 'The body is not JSON.',
  429: 'Too many requests from this client; retry after `Retry-After` seconds. `RateLimit-*` headers say where you stand.',
  500: 'A bug: the log has the rest, under `request_id`.',
  503: 'A dependency is down; retry after `Retry-After` seconds.',
}

/** What each documented error status looks like, for the document's examples. */
const EXAMPLES: Record<number, [ErrorCode, string, FieldErrorType[]?]> = {
  400: ['validation_failed', 'Request validation failed', [{ field: 'title', message: 'must not be blank' }]],
  401: ['invalid_token', 'Invalid token'],
  403: ['forbidden', 'Forbidden'],
  404: ['not_found', 'Post not found'],
  409: ['conflict', 'That username is already taken', [{ field: 'username', message: 'is already taken' }]],
  412: ['precondition_failed', 'The resource has changed since you read it; GET it again and retry'],
  413: ['payload_too_large', 'Request body is too large'],
  415: ['unsupported_media_type', 'Content-Type must be application/json'],
  429: ['rate_limited', 'Too many requests; retry in 1 minute'],
  500: ['internal_error', 'Internal server error'],
  503: ['service_unavailable', 'Service unavailable'],
}

/** An example error body for `status` at `instance`, shaped exactly as sendError shapes one. */
export function exampleProblem(status: number, instance: string): ErrorBody | undefined {
  const example = EXAMPLES[status]
  if (!example) return undefined
  const [code, message, details] = example
  return problemOf(new AppError(code, message, details), instance, '8f0f2c4e-9a51-4c1e-b1d5-0c8f0f2c4e9a')
}

export function problemOf(error: AppError, instance: string, requestId: string): ErrorBody {
  const body: ErrorBody = {
    type: problemTypeOf(error.code),
    title: TITLES[error.code],
    status: STATUS[error.code],
    detail: error.message,
    instance,
    error: error.message,
    code: error.code,
    request_id: requestId,
  }
  if (error.details) body.details = error.details
  return body
}

/** Fastify's own client errors, by their code, as ours. */
const FASTIFY_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Content-Type must be application/json'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'Request body is too large'],
  FST_ERR_BAD_URL: ['bad_request', 'The URL is not validly percent-encoded'],
  FST_ERR_MAX_PARAM_LENGTH: ['not_found', 'Route not found'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'Content-Length does not match the body'],
}

/** Tells whether an error means a dependency is unavailable rather than a bug. */
export type UnavailableCheck = (error: unknown) => boolean

/** Turns whatever was thrown into an AppError a client may see. */
export function toAppError(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  isUnavailable: UnavailableCheck = () => false,
): AppError {
  if (error instanceof AppError) return error
  if (isUnavailable(error)) return serviceUnavailable()
  const fastifyError = error as FastifyError
  if (fastifyError.validation) {
    // A path parameter that cannot be an id names nothing that exists: the resource is not found,
    // just as for an id that is well-formed but unknown.
    if (fastifyError.validationContext === 'params') {
      return notFound(request.routeOptions.config.resource ?? 'Route')
    }
    const details = validationDetails(fastifyError.validation, fastifyError.validationContext)
    // A problem with the body as a whole ("must be a JSON object") belongs to no field, and
    // naming one would put it next to the wrong input (posts have a field called `body`).
    const whole = details.find((detail) => detail.field === '')
    if (whole) return wholeBodyInvalid(whole.message)
    return new AppError('validation_failed', 'Request validation failed', details)
  }
  const known = fastifyError.code ? FASTIFY_ERRORS[fastifyError.code] : undefined
  if (known) return new AppError(known[0], known[1])
  const status = fastifyError.statusCode ?? 500
  if (status >= 400 && status < 500) return new AppError('bad_request', fastifyError.message)
  return new AppError('internal_error', 'Internal server error')
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const { request } = reply
  const body = problemOf(error, instancePath(request.url), request.id)
  if (error instanceof HttpError) reply.headers(error.headers)
  // The domain's `invalid_token` (a caller deleted mid-request) gets the challenge RFC 6750 asks for.
  else if (error.code === 'invalid_token') reply.header('www-authenticate', 'Bearer error="invalid_token"')
  // The domain's `service_unavailable` (a full queue) clears within a second or so.
  else if (error.code === 'service_unavailable') reply.header('retry-after', '1')
  return reply.code(body.status).type(`${errorMediaType(request)}; charset=utf-8`).send(body)
}

/** The path alone: a query string may hold a cursor or other input not worth echoing. */
function instancePath(url: string): string {
  const path = url.split('?', 1)[0]!
  return path.startsWith('/') ? path : '/'
}

/**
 * `application/problem+json` when the client's Accept prefers it (or only it) to plain JSON, as
 * RFC 9457 §3 suggests; `application/json` otherwise, which every client written before problem
 * details expects.
 */
function errorMediaType(request: FastifyRequest): string {
  const accept = request.headers.accept
  if (typeof accept !== 'string' || !accept.includes('problem+json')) return 'application/json'
  const quality = (type: string) => {
    let best = 0
    for (const range of accept.split(',')) {
      const [name = '', ...params] = range.trim().toLowerCase().split(';')
      if (name.trim() !== type) continue
      const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined)
      best = Math.max(best, q === undefined ? 1 : Number(q))
    }
    return best
  }
  return quality(PROBLEM_JSON) > 0 && quality(PROBLEM_JSON) >= quality('application/json') ? PROBLEM_JSON : 'application/json'
}

/**
 * For the few errors Fastify raises before a request reaches any hook (a URL that is not valid
 * percent-encoding, a path segment over the router's length limit): the same body, and the id.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id)
  sendError(reply, toAppError(error, request))
}

/**
 * Installs the error handler: everything thrown anywhere ends up here. `isUnavailable` recognises
 * the database's "cannot serve now" failures, which become 503 with Retry-After, not 500.
 */
export function registerErrorHandler(app: FastifyInstance, isUnavailable: UnavailableCheck): void {
  // Any route can meet a bug, and any can meet the database down: even one that reads nothing
  // looks up the bearer token a request carries.
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return
    route.schema.response = { ...(route.schema.response as object), ...errorResponses(500, 503) }
  })
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request, isUnavailable)
    const status = STATUS[appError.code]
    if (status === 503) request.log.warn({ err: error }, 'dependency unavailable')
    else if (status >= 500) request.log.error({ err: error }, 'request failed')
    return sendError(reply, appError)
  })
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What a route's `:id` names ("Post"), for the 404 an impossible id gets. */
    resource?: string
  }
}
