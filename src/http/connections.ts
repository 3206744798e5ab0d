/**
 * The connection level, below routing: what a request that the HTTP parser refuses gets, how long
 * a request may take to arrive, `CONNECT`, and closing a connection without losing the answer.
 *
 * Every refusal here is the contract's error body, `{error, code, request_id}`, with the same id
 * in `X-Request-Id`, like every other error (src/http/errors.ts).
 */
import { randomUUID } from 'node:crypto'
import { STATUS_CODES, type IncomingMessage, type ServerOptions } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { Socket } from 'node:net'
import { AppError } from '../errors.js'
import type { ErrorCode } from '../errors.js'
import { problemOf, type ErrorBody } from './errors.js'

export interface ConnectionLimits {
  /** A request, headers and body, must have arrived in full within this. */
  requestTimeoutMs: number
  /** Its headers must have arrived within this (at most `requestTimeoutMs`). */
  headersTimeoutMs: number
}

/**
 * How long a connection that is closed after an early answer (a 413 while the client is still
 * sending its body) keeps reading and discarding what the client sends. Closing at once would
 * make the kernel answer the unread bytes with a reset, which destroys the answer on its way:
 * the client sees "connection reset" instead of its 413, and retries the upload. nginx does the
 * same ("lingering close"), for up to 5 s by default.
 */
export const LINGER_MS = 5000

/**
 * Fastify's options for the above. Node checks the two timeouts only every
 * `connectionsCheckingInterval` (30 s by default, which made the 30 s timeout 41-91 s); here the
 * check runs often enough that a timeout is late by a tenth of it at most.
 */
export function connectionOptions(limits: ConnectionLimits) {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs)
  const http: ServerOptions = {
    headersTimeout,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeout / 10))),
    // A request without Host is refused in the contract's shape (below), not by Node with an
    // empty 400.
    requireHostHeader: false,
  }
  return { http, requestTimeout: limits.requestTimeoutMs, clientErrorHandler: answerClientError }
}

/** What the parser's error codes mean to a client; anything else is a plain 400. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'The request did not arrive in time'],
}

/**
 * Answers a request the HTTP parser refused (a malformed request line, an unknown method,
 * conflicting Content-Length and Transfer-Encoding, control bytes in a header, HTTP/1.2, headers
 * over the limit, a timeout), then closes the connection: after a parse error nothing that follows
 * on it can be trusted to be a request.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is malformed']
  writeRaw(socket, status, 'bad_request', message)
}

function writeRaw(socket: Duplex, status: number, code: ErrorCode, message: string, headers: string[] = []): void {
  const id = randomUUID()
  // The request target is unknown (the parser refused the request), so the problem's instance is
  // the root; the status is the one on the wire (408 and 431 share the code bad_request).
  const body: ErrorBody = { ...problemOf(new AppError(code, message), '/', id), status }
  const payload = JSON.stringify(body)
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(payload)}`,
    `X-Request-Id: ${id}`,
    ...headers,
    'Connection: close',
  ]
  socket.end(`${head.join('\r\n')}\r\n\r\n${payload}`)
  linger(socket)
}

/** Reads and discards what the peer still sends, for up to LINGER_MS, then closes. */
function linger(socket: Duplex): void {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
  socket.on('error', () => socket.destroy())
  socket.resume()
}

/**
 * Installs what `connectionOptions` cannot: lingering close on every connection, an answer to
 * `CONNECT` (Node drops the connection when nobody listens for it), and the refusal of a request
 * without Host.
 */
export function registerConnectionHandling(app: FastifyInstance): void {
  app.server.on('connection', (socket: Socket) => {
    // Node closes a connection after an answer with `Connection: close` by `destroySoon`, which
    // destroys the socket as soon as the answer is written, unread request bytes or not.
    socket.destroySoon = function lingeringDestroySoon(this: Socket) {
      if (this.writable) this.end()
      linger(this)
    }
  })
  app.server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    writeRaw(socket, 405, 'method_not_allowed', 'CONNECT is not supported: this is not a proxy', [
      'Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    ])
  })
  // Callback-style: a hook every request passes should cost no promise.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.headers.host === undefined && request.raw.httpVersionMajor === 1 && request.raw.httpVersionMinor >= 1) {
      // Like the parser's refusals: what else arrives on this connection is not to be trusted.
      reply.header('connection', 'close')
      return done(new AppError('bad_request', 'The Host header is required'))
    }
    done()
  })
}
