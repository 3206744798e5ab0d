/** Probes for load balancers and orchestrators: alive (/healthz) and able to serve (/readyz). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, serviceUnavailable } from './errors.js'

const Status = Type.Object({ status: Type.String() }, { description: 'All is well.' })

export function healthRoutes(ping: () => Promise<void>) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get(
      '/healthz',
      { schema: { tags: ['health'], summary: 'The process is up', response: { 200: Status } } },
      async () => ({ status: 'ok' }),
    )

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'The database answers',
          response: { 200: Status, ...errorResponses(503) },
        },
      },
      async (request) => {
        try {
          await ping()
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed')
          throw serviceUnavailable()
        }
        return { status: 'ready' }
      },
    )
  }
}
