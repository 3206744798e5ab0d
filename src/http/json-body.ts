/**
 * The only request body Inkwell accepts: a JSON object.
 *
 * Replaces Fastify's parsers so that every other Content-Type is a 415, JSON that does not parse
 * is `invalid_json`, and a body that would poison an object's prototype never reaches a handler.
 */
import type { FastifyInstance } from 'fastify'
import secureJson from 'secure-json-parse'
import { AppError, invalidField } from '../errors.js'
import { wholeBodyInvalid } from './errors.js'

export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    // An empty body is no body, even under a JSON Content-Type (many HTTP clients set one on every
    // request): a route that needs a body then says "must be a JSON object", the rest ignore it.
    if (text === '') return done(null, undefined)
    let body: unknown
    try {
      body = secureJson.parse(text as string, null, { protoAction: 'error', constructorAction: 'error' })
    } catch (error) {
      const message = (error as Error).message
      if (!message.includes('forbidden prototype property')) {
        return done(new AppError('invalid_json', `Request body is not valid JSON: ${message}`))
      }
      return done(invalidField(forbiddenKey(text as string), 'is not allowed'))
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return done(wholeBodyInvalid('must be a JSON object'))
    }
    // PostgreSQL text cannot hold U+0000 (SQLite can): refused up front, so that both engines
    // answer the same 400 instead of one of them failing at the insert.
    const withNul = Object.entries(body).find(([, value]) => typeof value === 'string' && value.includes('\u0000'))
    if (withNul) return done(invalidField(withNul[0], 'must not contain the NUL character (\\u0000)'))
    done(null, body)
  })
}

/** secure-json-parse reports both keys alike; parsing again with `constructor` allowed tells which. */
function forbiddenKey(text: string): '__proto__' | 'constructor' {
  try {
    secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'ignore' })
    return 'constructor'
  } catch {
    return '__proto__'
  }
}
