/**
 * Probes for load balancers and orchestrators: alive (/healthz) and able to serve (/readyz).
 * Never rate-limited: a balancer polls them, and a probe refused with 429 would take a healthy
 * instance out.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, serviceUnavailable } from '../http/errors.js'
import { documentAs } from '../http/openapi.js'

const Status = Type.Object({ status: Type.String() }, { $id: 'HealthStatus', description: 'All is well.' })

export function healthRoutes(ping: () => Promise<void>) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    documentAs(app, { name: 'health', description: 'For load balancers and orchestrators' })

    app.get(
      '/healthz',
      {
        // A shedding instance is busy, not dead: its liveness probe must not say otherwise.
        config: { limit: false, shed: false },
        schema: {
          operationId: 'checkLiveness',
          summary: 'The process is up',
          description: 'Answers without touching the database: for a liveness probe. Never rate-limited.',
          response: { 200: Status },
        },
      },
      async () => ({ status: 'ok' }),
    )

    app.get(
      '/readyz',
      {
        config: { limit: false },
        schema: {
          operationId: 'checkReadiness',
          summary: 'The database answers',
          description: 'Pings the database: for a readiness probe. Never rate-limited.',
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
