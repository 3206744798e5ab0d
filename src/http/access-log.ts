/**
 * One JSON log line per request, written when the response is done, in place of Fastify's two
 * ("incoming request", "request completed"). Only method, route, path, status and time are
 * logged, never headers or bodies, so no token or password can reach the log.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import { pino } from 'pino'

const { lsCacheSym, timeSym, chindingsSym, streamSym, endSym, mixinSym, formattersSym, nestedKeySym, messageKeySym, needsMetadataGsym } =
  pino.symbols

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
 * key, a multistream), and the caller logs the usual way.
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
    stream[needsMetadataGsym]
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

/** Bytes gathered before a write; a busy server writes one 4 KiB chunk per ~20 requests. */
const BUFFER_BYTES = 4096
/**
 * A quiet server's lines still reach the log this soon: soon enough for whoever waits on the
 * "listening" line, and at most ten writes a second, where a busy server made thousands.
 */
const FLUSH_INTERVAL_MS = 100
/** How long closing waits for the last chunk to be written, should stdout be closed and never drain. */
const STOP_WAIT_MS = 1000

/**
 * Where the server's log lines go: stdout, written in chunks rather than one synchronous write per
 * line, which cost about 10 µs of every answer (issue 14). A chunk is written once it is full or
 * 100 ms old; closing the app waits until everything logged is written, and a process that exits
 * any other way writes what is left synchronously, so nothing logged is lost short of SIGKILL.
 *
 * Lines gather here, in a list, and reach pino's destination (sonic-boom) a chunk at a time:
 * given them one by one, sonic-boom measures the UTF-8 length of its whole pending chunk on each,
 * flattening the ever longer concatenation every time (about 2% of a post read's CPU).
 */
export function bufferedStdout(): { stream: pino.DestinationStream; stop(): Promise<void> } {
  const destination = pino.destination({ dest: 1, sync: false, minLength: BUFFER_BYTES })
  let lines: string[] = []
  let gathered = 0
  let stopped = false
  const take = () => {
    const text = lines.join('')
    lines = []
    gathered = 0
    return text
  }
  const pass = () => {
    if (lines.length > 0) destination.write(take())
  }
  const timer = setInterval(() => {
    pass()
    destination.flush()
  }, FLUSH_INTERVAL_MS).unref()
  // On the way out there is no event loop left to finish a write: what the destination holds (the
  // older lines) is written synchronously, then what is gathered here, through a synchronous
  // destination of its own (handed to the asynchronous one, a full chunk would start a write in
  // the background that the exit cuts short). Ahead of pino's own exit handler.
  const onExit = () => {
    if (lines.length === 0) return
    destination.flushSync()
    pino.destination({ dest: 1, sync: true }).write(take())
  }
  process.prependListener('exit', onExit)
  return {
    stream: {
      write(line: string) {
        // Anything logged while closing, or after, goes straight on, for pino's exit handler.
        if (stopped) return void destination.write(line)
        lines.push(line)
        gathered += line.length
        if (gathered >= BUFFER_BYTES) pass()
      },
    },
    /** Writes out everything logged so far; resolves once it is written (or after a second, if stdout is gone). */
    async stop() {
      stopped = true
      clearInterval(timer)
      process.removeListener('exit', onExit)
      pass()
      await new Promise<void>((resolve) => {
        const giveUp = setTimeout(resolve, STOP_WAIT_MS).unref()
        destination.flush(() => {
          clearTimeout(giveUp)
          resolve()
        })
      })
    },
  }
}
