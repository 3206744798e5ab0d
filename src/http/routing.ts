/**
 * Which methods each path answers to. Fastify's router only says "no route" for a request it
 * cannot match; this index lets that become 405 with an `Allow` header when the path exists under
 * other methods (as Flask does), and tells CORS preflights which methods a path takes.
 */
import type { FastifyInstance } from 'fastify'
import Router from 'find-my-way'
import { notFound } from '../errors.js'
import { HttpError, sendError } from './errors.js'

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const noop = () => {}

export interface RegisteredRoute {
  method: string
  url: string
  /** False for routes kept out of the OpenAPI document (docs assets, CORS preflight). */
  documented: boolean
}

export class MethodIndex {
  // Same path syntax and trailing-slash rule as the app's router, so both agree on what matches.
  private readonly router = Router({ ignoreTrailingSlash: true })
  /** Every route, as registered: what the OpenAPI document must describe. */
  readonly routes: RegisteredRoute[] = []

  /** Records every route registered on `app` from now on. */
  track(app: FastifyInstance): void {
    const index: MethodIndex = this
    app.decorate('methodIndex', index)
    app.addHook('onRoute', (route) => {
      const url = route.url ?? route.path
      for (const method of [route.method].flat()) {
        this.routes.push({ method, url, documented: route.schema?.hide !== true })
        this.add(method, url)
      }
    })
  }

  add(method: string, path: string): void {
    if (!(METHODS as readonly string[]).includes(method) || path.includes('*')) return
    const m = method as (typeof METHODS)[number]
    if (!this.router.hasRoute(m, path)) this.router.on(m, path, noop)
  }

  /** The methods `url` answers to, e.g. `['GET', 'HEAD', 'PATCH', 'DELETE']`; empty if none. */
  allowedMethods(url: string): string[] {
    const path = url.split('?', 1)[0]!
    return METHODS.filter((method) => this.router.find(method, path) !== null)
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    methodIndex: MethodIndex
  }
}

/** Unmatched requests: 405 with `Allow` on a known path, 404 otherwise; both as JSON. */
export function registerNotFound(app: FastifyInstance, index: MethodIndex): void {
  app.setNotFoundHandler((request, reply) => {
    const methods = index.allowedMethods(request.url)
    if (methods.length === 0) return sendError(reply, notFound('Route'))
    const allow = [...methods, 'OPTIONS'].join(', ')
    if (request.method === 'OPTIONS') return reply.code(204).header('allow', allow).send()
    return sendError(
      reply,
      new HttpError('method_not_allowed', `Method ${request.method} is not allowed here; use ${allow}`, { allow }),
    )
  })
}
