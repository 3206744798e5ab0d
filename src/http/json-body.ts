/**
 * The only request body Inkwell accepts: a JSON object.
 *
 * Replaces Fastify's parsers so that every other Content-Type is a 415, JSON that does not parse
 * is `invalid_json`, and a body that would poison an object's prototype never reaches a handler.
 */
import type { FastifyInstance } from 'fastify'
import secureJson from 'secure-json-parse'
import { ApiError, invalidField } from './errors.js'

export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    if (text === '') return done(null, undefined)
    let body: unknown
    try {
      body = secureJson.parse(text as string, null, { protoAction: 'error', constructorAction: 'error' })
    } catch (error) {
      const message = (error as Error).message
      if (message.includes('forbidden prototype property')) return done(invalidField('__proto__', 'is not allowed'))
      if (message.includes('forbidden constructor property')) return done(invalidField('constructor', 'is not allowed'))
      return done(new ApiError('invalid_json', `Request body is not valid JSON: ${message}`))
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return done(invalidField('body', 'must be a JSON object'))
    }
    done(null, body)
  })
}
