/**
 * OpenTelemetry traces from the real server process to an OTLP/HTTP receiver of the test's own:
 * the request's span continues the caller's `traceparent`, the queries are its children, and the
 * request's log line carries the trace id.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, it } from 'node:test'
import { cleanups, waitFor } from './support/client.js'
import { freshDatabase } from './support/databases.js'
import { startServer } from './support/server.js'
import { tracingRequested } from '../src/observability/tracing.js'

interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  kind: number
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[]
  status?: { code?: number }
}

const SERVER = 2
const CLIENT = 3

/** An OTLP/HTTP endpoint that keeps every span it is sent (JSON encoding) and the resource's service name. */
async function otlpReceiver(onEnd: (task: () => unknown) => void) {
  const spans: OtlpSpan[] = []
  const services = new Set<string>()
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type']?.startsWith('application/json')) {
        const message = JSON.parse(body) as {
          resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[]
        }
        for (const resourceSpans of message.resourceSpans) {
          const name = resourceSpans.resource.attributes.find((attribute) => attribute.key === 'service.name')
          if (name?.value.stringValue) services.add(name.value.stringValue)
          for (const scope of resourceSpans.scopeSpans) spans.push(...scope.spans)
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  onEnd(() => new Promise((closed) => server.close(closed)))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, services }
}

/** A JSON POST whose body is sent 200 ms after its headers; its status. */
function slowPost(port: number, path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      agent: false,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    })
    request.once('error', reject)
    request.once('response', (response) => {
      response.resume()
      response.once('end', () => resolve(response.statusCode!))
    })
    request.flushHeaders()
    setTimeout(() => request.end(body), 200)
  })
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((entry) => entry.key === key)?.value
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue))
}

describe('traces', () => {
  it('are off unless the OTEL_* variables ask for them', () => {
    assert.equal(tracingRequested({}), false)
    assert.equal(tracingRequested({ OTEL_SERVICE_NAME: 'inkwell' }), false)
    assert.equal(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }), true)
    assert.equal(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }), true)
    assert.equal(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }), false)
    assert.equal(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }), false)
  })

  it("continue the caller's traceparent, nest each query under the request's span, and put the trace id on the log line", async (t) => {
    const onEnd = cleanups(t)
    const receiver = await otlpReceiver(onEnd)
    const server = await startServer({
      DATABASE_URL: await freshDatabase(t),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'inkwell-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    })
    onEnd(() => server.stop())

    const traceId = randomBytes(16).toString('hex')
    const callerSpanId = randomBytes(8).toString('hex')
    // The body follows the headers a moment later, as from a slow client: the handler then runs
    // from the socket's events, which must still see the request's span.
    const status = await slowPost(server.port, '/api/users', JSON.stringify({ username: 'ada', email: 'ada@example.com', password: 'a fine password' }), {
      traceparent: `00-${traceId}-${callerSpanId}-01`,
      'x-request-id': 'traced-1',
    })
    assert.equal(status, 201)
    const untraced = await fetch(`${server.url}/api/posts/12345`)
    assert.equal(untraced.status, 404)

    const requestSpan = await waitFor(
      'the request span',
      () => receiver.spans.find((span) => span.traceId === traceId && span.kind === SERVER),
      { timeoutMs: 10_000 },
    )
    assert.equal(requestSpan.parentSpanId, callerSpanId, "the caller's span is the parent")
    assert.equal(requestSpan.name, 'POST /api/users')
    assert.equal(attribute(requestSpan, 'http.route'), '/api/users')
    assert.equal(attribute(requestSpan, 'http.request.method'), 'POST')
    assert.equal(attribute(requestSpan, 'http.response.status_code'), 201)
    assert.ok(receiver.services.has('inkwell-under-test'), 'OTEL_SERVICE_NAME names the service')

    const queries = receiver.spans.filter((span) => span.traceId === traceId && span.kind === CLIENT)
    assert.ok(queries.length >= 1, 'the sign-up ran at least one query')
    for (const query of queries) assert.equal(query.parentSpanId, requestSpan.spanId, `${query.name} is a child of the request's span`)
    const insert = queries.find((span) => span.name === 'INSERT users')
    assert.ok(insert, `an INSERT users span among ${queries.map((span) => span.name).join(', ')}`)
    assert.equal(attribute(insert, 'db.collection.name'), 'users')
    assert.match(String(attribute(insert, 'db.system.name')), /^(sqlite|postgresql)$/)

    // A request without traceparent starts a trace of its own, and a 404 is not an error of the server's.
    const notFound = await waitFor('the 404 span', () =>
      receiver.spans.find((span) => span.kind === SERVER && attribute(span, 'http.response.status_code') === 404),
    )
    assert.notEqual(notFound.traceId, traceId)
    assert.equal(notFound.parentSpanId || undefined, undefined)
    assert.equal(notFound.name, 'GET /api/posts/:id')
    assert.notEqual(notFound.status?.code, 2)

    // A query that fails (the unique username behind a 409) is still sent, as an error.
    const conflictTrace = randomBytes(16).toString('hex')
    const conflict = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${conflictTrace}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ username: 'ada', email: 'other@example.com', password: 'a fine password' }),
    })
    assert.equal(conflict.status, 409)
    const failedInsert = await waitFor('the failed INSERT span', () =>
      receiver.spans.find((span) => span.traceId === conflictTrace && span.name === 'INSERT users'),
    )
    assert.equal(failedInsert.status?.code, 2, 'marked as an error')
    const conflictRequest = receiver.spans.find((span) => span.traceId === conflictTrace && span.kind === SERVER)
    assert.equal(failedInsert.parentSpanId, conflictRequest?.spanId)

    const line = server.logs.find((entry) => entry.msg === 'request' && entry.request_id === 'traced-1')
    assert.equal(line?.trace_id, traceId)
    assert.equal(line?.span_id, requestSpan.spanId)
  })
})
