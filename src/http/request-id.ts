/**
 * Request ids: the client's own, when it sends one that is safe to log and echo, else a new one.
 * Every response carries it in `X-Request-Id` (http/security-headers.ts), and so does the request's
 * log line.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const SANE_REQUEST_ID = /^[\w.:@-]{1,128}$/

export function requestIdFor(request: IncomingMessage): string {
  const offered = request.headers['x-request-id']
  return typeof offered === 'string' && SANE_REQUEST_ID.test(offered) ? offered : randomUUID()
}
