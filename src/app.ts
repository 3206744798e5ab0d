/**
 * buildApp: the whole HTTP application, from cross-cutting concerns to the route table. It never
 * listens on a port, so tests inject requests straight into it; src/server.ts is the process.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Tracer } from '@opentelemetry/api'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import type { DatabaseHandle } from './db/database.js'
import { AccessLog, bufferedStdout, isoTime } from './http/access-log.js'
import { connectionOptions, registerConnectionHandling } from './http/connections.js'
import { registerAuthentication } from './http/auth.js'
import { cors } from './http/cors.js'
import { commentRoutes } from './comments/comments.routes.js'
import { healthRoutes } from './health/health.routes.js'
import { frameworkErrorHandler, registerErrorHandler } from './http/errors.js'
import { registerJsonBodyParser } from './http/json-body.js'
import { registerOpenApi } from './http/openapi.js'
import { registerRateLimits } from './http/rate-limit.js'
import { Cursors } from './http/pagination.js'
import { requestIdFor } from './http/request-id.js'
import { MethodIndex, registerNotFound } from './http/routing.js'
import { registerCommonHeaders } from './http/security-headers.js'
import { refuseQueryWhereNoneTaken, validatorCompiler } from './http/validation.js'
import { conduitRoutes } from './conduit/conduit.routes.js'
import { registerLoadShedding } from './load-shedding.js'
import { createServices } from './services.js'
import { metricsRoutes, registerMetrics } from './observability/metrics.js'
import { registerRequestSpans, withQuerySpans } from './observability/tracing.js'
import { postRoutes } from './posts/posts.routes.js'
import { tagRoutes } from './posts/tags.routes.js'
import { tokenRoutes } from './tokens/tokens.routes.js'
import { followRoutes } from './users/follows.routes.js'
import { userRoutes } from './users/users.routes.js'
import { limitHashQueue } from './users/passwords.js'

export interface AppOptions {
  config: Config
  /** The app closes it when it closes, after the last request has been answered. */
  database: DatabaseHandle
  clock?: Clock
  /** Pino options or a ready logger; defaults to JSON lines on stdout at the configured level. */
  logger?: FastifyServerOptions['logger']
  /** Traces requests and queries when given (src/observability/tracing.ts); nothing is traced otherwise. */
  tracer?: Tracer
}

export type App = FastifyInstance

export async function buildApp({ config, database, clock = systemClock, logger, tracer }: AppOptions): Promise<App> {
  const output = logger === undefined ? bufferedStdout() : undefined
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      timestamp: isoTime,
      // Nothing logs headers today; this keeps it so if somebody adds a serializer that does.
      redact: ['req.headers.authorization', 'headers.authorization'],
      stream: output!.stream,
    },
    logController: new AccessLog(),
    genReqId: requestIdFor,
    // Which X-Forwarded-For hops to believe for request.ip, which rate limits are counted by.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    // Node's default is no limit at all once Fastify takes over: a client trickling a body byte
    // by byte would hold its socket and buffer forever. Also answers the HTTP parser's refusals.
    ...connectionOptions({ requestTimeoutMs: config.requestTimeoutMs, headersTimeoutMs: config.headersTimeoutMs }),
    // During a graceful shutdown a request arriving on an open keep-alive connection is still
    // answered (with Connection: close), not refused with Fastify's own 503.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler,
    // Long enough that any over-long id reaches the route's schema and gets its resource's 404.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onClose', () => database.close())
  if (output) {
    app.addHook('onClose', (_instance, done) => {
      output.stop()
      done()
    })
  }
  database.onBackgroundError((error) => app.log.warn({ err: error }, 'database connection failed'))

  // Cross-cutting concerns, in the order a request meets them.
  const methods = new MethodIndex()
  methods.track(app)
  registerMetrics(app, { database })
  if (tracer) registerRequestSpans(app, tracer)
  registerCommonHeaders(app, cors(config.corsOrigins, methods))
  registerConnectionHandling(app)
  await registerLoadShedding(app, config.maxEventLoopDelayMs)
  await registerRateLimits(app, { limits: config.rateLimits, redisUrl: config.redisUrl })
  app.setValidatorCompiler(validatorCompiler)
  registerJsonBodyParser(app)
  registerErrorHandler(app, database.isUnavailable)
  registerNotFound(app, methods)
  refuseQueryWhereNoneTaken(app)
  await registerOpenApi(app)

  const db = withQuerySpans(database, tracer)
  limitHashQueue(config.passwordHashQueue)
  const { tokens, users, posts, comments } = createServices(clock, config)
  const cursors = await Cursors.load(db)
  registerAuthentication(app, (token) => tokens.authenticate(db, token))

  // The route table, in the order the OpenAPI document lists it.
  await app.register(userRoutes({ db, users, cursors }), { prefix: '/api' }) //   /api/users, /api/profile
  await app.register(followRoutes({ db, users, cursors }), { prefix: '/api' }) // /api/users/{id}/follow, …/followers, …/following
  await app.register(tokenRoutes({ db, tokens }), { prefix: '/api' }) // /api/tokens
  await app.register(postRoutes({ db, posts, cursors }), { prefix: '/api' }) //   /api/posts, /api/feed
  await app.register(tagRoutes({ db, posts }), { prefix: '/api' }) //   /api/tags
  await app.register(commentRoutes({ db, comments, cursors }), { prefix: '/api' }) //   /api/posts/{id}/comments, /api/comments
  if (config.conduitPrefix !== null) {
    await app.register(conduitRoutes({ db, users, tokens, posts, comments, isUnavailable: database.isUnavailable }), {
      prefix: `${config.conduitPrefix}/api`,
    }) //   /conduit/api/..., RealWorld's paths
  }
  await app.register(healthRoutes(database.ping)) // /healthz, /readyz
  await app.register(metricsRoutes(config.metrics)) // /metrics, for Prometheus

  return app
}
