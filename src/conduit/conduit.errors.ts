/**
 * RealWorld's errors: `{"errors": {"<what>": ["<message>"]}}`, 422 for invalid input, and the
 * words its test suite and frontends look for ("can't be blank", "has already been taken",
 * "is missing"). The same AppErrors as Inkwell's own API throws, shaped another way: the rules
 * and the checks are not repeated here, only the words.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type, type Static } from 'typebox'
import { AppError, notFound } from '../errors.js'
import { HttpError, statusOf, toAppError, type UnavailableCheck } from '../http/errors.js'

export const ConduitErrors = Type.Object(
  {
    errors: Type.Record(Type.String(), Type.Array(Type.String()), {
      description: 'What each message is about (a field, `token`, `credentials`, `article`, …) and the messages.',
    }),
  },
  { $id: 'ConduitErrors', description: 'A RealWorld error: messages keyed by what they are about.', examples: [{ errors: { title: ["can't be blank"] } }] },
)
type ConduitErrors = Static<typeof ConduitErrors>

/** RealWorld's names for Inkwell's resources, which its error bodies are keyed by. */
const SUBJECTS: Record<string, string> = { Post: 'article', Comment: 'comment', User: 'profile' }

/** The value a client sent at a dotted path (`user.email`), or undefined. */
function sentAt(body: unknown, path: string): unknown {
  let value = body
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/**
 * Whatever Inkwell's words for it ("is required", "must be at least 3 characters"), a field sent
 * missing, null or blank is "can't be blank" to RealWorld's clients, who show it on the form.
 */
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** The envelope a field sits in (`user.email`) is not part of its name in RealWorld's errors. */
const ENVELOPE = /^(user|article|comment)\./
/** RealWorld's name for a field: without its envelope (`user.email`) or item index, `tagList` for `tags`. */
const fieldName = (field: string) =>
  field.replace(ENVELOPE, '').replace(/(\.\d+)+$/, '').replace(/^tags$/, 'tagList') || 'body'

function bodyOf(error: AppError, request: FastifyRequest): ConduitErrors {
  const subject = SUBJECTS[error.subject ?? request.routeOptions.config.resource ?? ''] ?? 'route'
  switch (error.code) {
    case 'validation_failed':
    case 'conflict':
      if (!error.details) break
      return {
        errors: Object.fromEntries(
          error.details.map(({ field, message }) => [
            fieldName(field),
            [error.code === 'conflict' ? 'has already been taken' : ENVELOPE.test(field) && isBlank(sentAt(request.body, field)) ? "can't be blank" : message],
          ]),
        ),
      }
    case 'invalid_token':
      return { errors: { token: [request.headers.authorization === undefined ? 'is missing' : 'is invalid'] } }
    case 'invalid_credentials':
      return { errors: { credentials: ['invalid'] } }
    case 'not_found':
      return { errors: { [subject]: ['not found'] } }
    case 'forbidden':
      return { errors: { [subject]: ['forbidden'] } }
  }
  // RealWorld's key for what is about no field in particular.
  return { errors: { body: [error.message] } }
}

function send(reply: FastifyReply, error: AppError): FastifyReply {
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers)) {
      // RealWorld's clients send `Token`; the challenge names the scheme they are to use.
      reply.header(name, name === 'www-authenticate' ? value.replace(/^Bearer/, 'Token') : value)
    }
  } else if (error.code === 'invalid_token') reply.header('www-authenticate', 'Token')
  else if (error.code === 'service_unavailable') reply.header('retry-after', '1')
  const status = error.code === 'validation_failed' || error.code === 'invalid_json' ? 422 : statusOf(error.code)
  return reply.code(status).type('application/json; charset=utf-8').send(bodyOf(error, reply.request))
}

/**
 * Installs, for the routes of `app` (the dialect's plugin): its error bodies, documented in place
 * of Inkwell's on every error status those routes list, and its answer to unknown paths.
 */
export function registerConduitErrors(app: FastifyInstance, isUnavailable: UnavailableCheck): void {
  app.addHook('onRoute', (route) => {
    const response = route.schema?.response as Record<string, unknown> | undefined
    if (!response) return
    for (const status of Object.keys(response)) if (Number(status) >= 400) response[status] = ConduitErrors
  })
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request, isUnavailable)
    const status = statusOf(appError.code)
    if (status === 503) request.log.warn({ err: error }, 'dependency unavailable')
    else if (status >= 500) request.log.error({ err: error }, 'request failed')
    return send(reply, appError)
  })
  app.setNotFoundHandler((_request, reply) => send(reply, notFound('Route')))
}
