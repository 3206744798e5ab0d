/**
 * One JSON log line per request, written when the response is done, in place of Fastify's two
 * ("incoming request", "request completed"). Only method, route, path, status and time are
 * logged, never headers or bodies, so no token or password can reach the log.
 */
import { tracingChannel } from 'node:diagnostics_channel'
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import { pino } from 'pino'

const {
  lsCacheSym,
  timeSym,
  chindingsSym,
  streamSym,
  endSym,
  mixinSym,
  formattersSym,
  nestedKeySym,
  messageKeySym,
  needsMetadataGsym,
  serializersSym,
  stringifiersSym,
  wildcardFirstSym,
  hooksSym,
} = pino.symbols
// Exported by pino at run time, missing from its typings.
const { msgPrefixSym } = pino.symbols as unknown as { msgPrefixSym: symbol }

/** The access line's fields, and its message's: none may have a serializer or redaction of its own. */
const FIELDS = ['method', 'route', 'url', 'status', 'ms', 'msg']
/** Where pino lets tools (APM log correlation) watch each line being made. */
const lineChannel = tracingChannel('pino_asJson')

const INFO = 30

export class AccessLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'request_id' })
  }

  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? null
    const ms = Math.round(reply.elapsedTime * 100) / 100
    if (!error && writeLine(request.log as unknown as pino.Logger, request.method, route, request.url, reply.statusCode, ms)) return
    const line = { method: request.method, route, url: request.url, status: reply.statusCode, ms }
    if (error) request.log.error({ ...line, err: error }, 'request errored')
    else request.log.info(line, 'request')
  }
}

/**
 * Writes the line `log.info({method, route, url, status, ms}, 'request')` would write, byte for
 * byte, but as one template instead of pino's walk over the object's keys, each value's type and
 * escaping: that walk was 5% of a post read's CPU (issue 14). pino.symbols is pino's interface for
 * integrations like this one. Answers false, having written nothing, when the logger is set up in a
 * way the template does not reproduce (a mixin, a log formatter, a nested key, another message
 * key or a prefix, log hooks, a serializer or redaction for one of the line's fields, a
 * multistream, somebody watching pino's lines being made), and the caller logs the usual way.
 */
function writeLine(logger: pino.Logger, method: string, route: string | null, url: string, status: number, ms: number): boolean {
  // What pino keeps under its symbols; pino.d.ts types the symbols, not what they hold.
  const log = logger as unknown as Record<symbol, any>
  const stream: (pino.DestinationStream & Record<symbol, unknown>) | undefined = log[streamSym]
  if (
    stream === undefined ||
    log[mixinSym] ||
    log[formattersSym].log ||
    log[nestedKeySym] ||
    log[messageKeySym] !== 'msg' ||
    log[msgPrefixSym] ||
    log[hooksSym].logMethod ||
    log[hooksSym].streamWrite ||
    log[stringifiersSym][wildcardFirstSym] ||
    FIELDS.some((field) => log[serializersSym][field] || log[stringifiersSym][field]) ||
    stream[needsMetadataGsym] ||
    lineChannel.hasSubscribers
  ) {
    return false
  }
  if (!logger.isLevelEnabled('info')) return true
  // The method is an HTTP token and the route a pattern of this app's own: neither needs escaping.
  stream.write(
    `${log[lsCacheSym][INFO]}${log[timeSym]()}${log[chindingsSym]},"method":"${method}","route":${route === null ? 'null' : `"${route}"`},"url":${JSON.stringify(url)},"status":${status},"ms":${ms},"msg":"request"${log[endSym]}`,
  )
  return true
}

let second = -1
let secondPrefix = ''

/**
 * Pino's `time` field, ISO 8601 as before (`2026-12-01T00:40:12.345Z`), with the date and time
 * formatted once a second and only the milliseconds per line: formatting a whole date for every
 * line cost about 3 µs of each answer.
 */
export function isoTime(): string {
  const now = Date.now()
  const ms = now % 1000
  if (now - ms !== second) {
    second = now - ms
    secondPrefix = `,"time":"${new Date(second).toISOString().slice(0, 20)}`
  }
  return `${secondPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z"`
}

/**
 * The most a chunk holds: a busy server writes one per ~20 requests. PIPE_BUF on Linux, the most
 * one write to a pipe puts in whole: the workers of a cluster share stdout, and a longer write
 * could be interleaved with another worker's, mid-line.
 */
const CHUNK_BYTES = 4096
/**
 * A quiet server's lines still reach the log this soon: soon enough for whoever waits on the
 * "listening" line, and at most ten writes a second, where a busy server made thousands.
 */
const FLUSH_INTERVAL_MS = 100

/**
 * Where the server's log lines go: stdout, in chunks of whole lines rather than one write per line,
 * which cost about 10 µs of every answer (issue 14). Lines gather here, and a chunk is written
 * before it would pass 4 KiB, once it is 100 ms old, when the app closes, and when the process
 * exits, whatever the cause: so nothing logged is lost short of SIGKILL, and lines keep their order.
 *
 * Each chunk is written synchronously, as pino's default destination writes each line: one write
 * per ~20 answers, and no write left in the background for an exit to cut short. The
 * asynchronous destination used before could lose or reorder its last chunk that way, and, fed
 * line by line, measured the UTF-8 length of its whole pending chunk on every line (about 2% of a
 * post read's CPU). As with pino's default, the event loop waits while stdout is full.
 */
export function bufferedStdout(): { stream: pino.DestinationStream; stop(): void } {
  const destination = pino.destination({ dest: 1, sync: true })
  let lines: string[] = []
  let gathered = 0
  let stopped = false
  const flush = () => {
    if (lines.length === 0) return
    const chunk = lines.join('')
    lines = []
    gathered = 0
    destination.write(chunk)
  }
  const timer = setInterval(flush, FLUSH_INTERVAL_MS).unref()
  process.on('exit', flush)
  return {
    stream: {
      write(line: string) {
        if (stopped) return void destination.write(line)
        const bytes = Buffer.byteLength(line)
        if (gathered + bytes > CHUNK_BYTES) flush()
        lines.push(line)
        gathered += bytes
        // Full, or one line longer than a chunk, written alone.
        if (gathered >= CHUNK_BYTES) flush()
      },
    },
    /** Writes what is gathered; from then on each line is written as it comes. */
    stop() {
      stopped = true
      clearInterval(timer)
      process.removeListener('exit', flush)
      flush()
    },
  }
}
