/**
 * OpenTelemetry traces, off unless the standard OTEL_* variables ask for them: a server span per
 * request (named by its route pattern, with its status), a child span per database query, a
 * W3C `traceparent` from the caller taken as the parent, and the trace id on the request's log
 * lines. Spans leave by OTLP over HTTP (JSON), to OTEL_EXPORTER_OTLP_ENDPOINT.
 *
 * When tracing is off, nothing here is loaded and no hook is added: requests pay nothing.
 */
import {
  DiagLogLevel,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  diag,
  propagation,
  trace,
  type Span,
  type Tracer,
} from '@opentelemetry/api'
import type { FastifyInstance } from 'fastify'
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'
import { engineOf, type DatabaseHandle } from '../db/database.js'
import type { Database } from '../db/schema.js'

type Env = Record<string, string | undefined>

/** Whether the OTEL_* variables ask for traces: an OTLP endpoint, or an exporter, and not disabled. */
export function tracingRequested(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false
  const exporter = env.OTEL_TRACES_EXPORTER?.trim()
  if (exporter === 'none') return false
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || exporter === 'otlp')
}

/** Where the SDK's own warnings and errors go: the process's JSON log. */
export interface ProblemLog {
  warn(fields: object, message: string): void
  error(fields: object, message: string): void
}

export interface Tracing {
  tracer: Tracer
  /** Sends the spans still buffered; call before the process exits. */
  shutdown(): Promise<void>
}

/**
 * Starts the SDK when the environment asks for it: the exporter, the sampler (OTEL_TRACES_SAMPLER)
 * and the resource (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES) are configured by the SDK's own
 * reading of the OTEL_* variables.
 */
export async function startTracing(env: Env = process.env, log?: ProblemLog): Promise<Tracing | null> {
  if (!tracingRequested(env)) return null
  // The SDK says nothing by default, so a collector that cannot be reached would go unnoticed.
  if (log) {
    const quiet = () => {}
    diag.setLogger(
      {
        error: (message, ...args) => log.error({ otel: args }, `OpenTelemetry: ${message}`),
        warn: (message, ...args) => log.warn({ otel: args }, `OpenTelemetry: ${message}`),
        info: quiet,
        debug: quiet,
        verbose: quiet,
      },
      DiagLogLevel.WARN,
    )
  }
  const [{ NodeTracerProvider }, { BatchSpanProcessor }, { OTLPTraceExporter }, resources] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ])
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': 'inkwell' }))
    .merge(resources.detectResources({ detectors: [resources.envDetector] }))
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] })
  // The AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register()
  return { tracer: provider.getTracer('inkwell'), shutdown: () => provider.shutdown() }
}

declare module 'fastify' {
  interface FastifyRequest {
    span: Span | null
  }
}

/** A server span around each request, current while it is handled, so that queries nest under it. */
export function registerRequestSpans(app: FastifyInstance, tracer: Tracer): void {
  app.decorateRequest('span', null)
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers)
    const route = request.routeOptions.url
    const span = tracer.startSpan(
      route === undefined ? request.method : `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': request.method,
          'url.path': request.url.split('?')[0],
          ...(route !== undefined && { 'http.route': route }),
          'client.address': request.ip,
        },
      },
      parent,
    )
    request.span = span
    const { traceId, spanId } = span.spanContext()
    request.log = request.log.child({ trace_id: traceId, span_id: spanId })
    const active = trace.setSpan(parent, span)
    // Fastify runs the rest of the request, a body that arrives later included, in the async
    // context this hook continues in (its body parser keeps it with an AsyncResource).
    context.with(active, done)
  })
  app.addHook('onResponse', (request, reply, done) => {
    const span = request.span
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode)
      // A 4xx is the client's doing; only the server's failures mark the span as an error.
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
      endFailedQueries(span)
      span.end()
    }
    done()
  })
}

const OPERATIONS: Partial<Record<RootOperationNode['kind'], string>> = {
  SelectQueryNode: 'SELECT',
  InsertQueryNode: 'INSERT',
  UpdateQueryNode: 'UPDATE',
  DeleteQueryNode: 'DELETE',
}

/**
 * A client span per query, a child of whatever span is current (the request's). Kysely hands a
 * plugin each query before it runs and its result after, under one query id.
 */
class QuerySpans implements KyselyPlugin {
  private readonly open = new WeakMap<object, { span: Span; parent: Span | undefined }>()

  constructor(
    private readonly tracer: Tracer,
    private readonly system: string,
  ) {}

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    const operation = OPERATIONS[node.kind] ?? 'query'
    const table = tableOf(node)
    const span = this.tracer.startSpan(table ? `${operation} ${table}` : operation, {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': this.system,
        'db.operation.name': operation,
        ...(table && { 'db.collection.name': table }),
      },
    })
    const parent = trace.getActiveSpan()
    if (parent) {
      let running = unfinishedQueries.get(parent)
      if (!running) unfinishedQueries.set(parent, (running = new Set()))
      running.add(span)
    }
    this.open.set(queryId, { span, parent })
    return node
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const query = this.open.get(queryId)
    if (query) {
      query.span.end()
      if (query.parent) unfinishedQueries.get(query.parent)?.delete(query.span)
    }
    return result
  }
}

/**
 * Queries still open under a request span. Kysely tells a plugin about results but not about
 * failures, so a query that failed (a unique violation behind a 409, a timeout behind a 503) is
 * ended, as an error, when its request ends, rather than never sent.
 */
const unfinishedQueries = new WeakMap<Span, Set<Span>>()

function endFailedQueries(request: Span): void {
  const failed = unfinishedQueries.get(request)
  if (!failed) return
  for (const span of failed) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'the query failed' })
    span.end()
  }
  unfinishedQueries.delete(request)
}

/** The table a query is about, when Kysely's tree names exactly one. */
function tableOf(node: RootOperationNode): string | undefined {
  const nodes =
    node.kind === 'SelectQueryNode' || node.kind === 'DeleteQueryNode'
      ? node.from?.froms
      : node.kind === 'InsertQueryNode'
        ? [node.into]
        : node.kind === 'UpdateQueryNode'
          ? [node.table]
          : undefined
  const first = nodes?.[0] as { kind?: string; table?: { identifier?: { name?: string } } } | undefined
  return first?.kind === 'TableNode' ? first.table?.identifier?.name : undefined
}

/** The database with a span per query when tracing is on; the same object when it is off. */
export function withQuerySpans(database: DatabaseHandle, tracer: Tracer | undefined): Kysely<Database> {
  if (!tracer) return database.db
  return database.db.withPlugin(new QuerySpans(tracer, engineOf(database.db) === 'postgres' ? 'postgresql' : 'sqlite'))
}
