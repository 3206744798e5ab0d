/**
 * Response headers that keep a browser or a shared cache from misusing an answer: JSON is never
 * sniffed into something executable, and answers to authenticated requests, which are somebody's
 * own data, are never stored by a cache.
 */
import type { FastifyInstance } from 'fastify'

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    if (request.headers.authorization !== undefined) reply.header('cache-control', 'no-store')
  })
}
