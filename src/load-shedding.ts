/**
 * Load shedding: while the event loop is saturated (its mean delay over the last second is past
 * MAX_EVENT_LOOP_DELAY), new requests are refused at once with 503 and Retry-After instead of
 * joining a queue that only grows, so that the requests already accepted still finish in time
 * and a load balancer sends the rest elsewhere. Liveness and metrics keep answering: a shedding
 * instance is busy, not dead, and its metrics are how an operator sees why.
 */
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import { HttpError } from './http/errors.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for a route that answers even while the server sheds load (liveness, metrics). */
    shed?: boolean
  }
}

/** Seconds a refused client should wait: about as long as a second's load takes to clear. */
const RETRY_AFTER_SECONDS = 2

/**
 * The first readings after start measure the start itself (loading and compiling modules, building
 * the routes), which can hold the loop for a second on a busy machine: a process that just became
 * ready is not overloaded by its clients. Two of under-pressure's one-second samples.
 */
const STARTUP_GRACE_MS = 2000

export async function registerLoadShedding(app: FastifyInstance, maxEventLoopDelayMs: number | null): Promise<void> {
  if (maxEventLoopDelayMs === null) return
  let sheddingFrom = Infinity
  app.addHook('onReady', async () => {
    sheddingFrom = Date.now() + STARTUP_GRACE_MS
  })
  await app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    // Called only while under pressure, so a normal request pays one comparison.
    pressureHandler: async (request, _reply, type, value) => {
      if (Date.now() < sheddingFrom) return
      if (request.routeOptions.config.shed === false) return
      request.log.warn({ pressure: type, value }, 'overloaded: request refused')
      throw new HttpError('service_unavailable', 'The server is overloaded; retry shortly', {
        'retry-after': String(RETRY_AFTER_SECONDS),
      })
    },
  })
}
