/**
 * Load: autocannon driving one server with requests made fresh for each send (random ids, random
 * tokens), and a steady trickle of logins beside it.
 */
import { createHistogram } from 'node:perf_hooks'
import autocannon from 'autocannon'

export interface RequestSpec {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface Measurement {
  requests_per_sec: number
  latency_p50_ms: number
  latency_p99_ms: number
  /** 2xx responses; only these count towards the rate and the latencies. */
  ok: number
  non_2xx: number
  /** Connection errors and timeouts. */
  errors: number
  seconds: number
}

/**
 * Sends `next()`'s requests over `connections` keep-alive connections for `seconds`.
 *
 * Latencies are kept here at microsecond resolution: autocannon's own histogram counts whole
 * milliseconds, too coarse for a 5 ms target or for comparing two pages that both take ~1 ms.
 */
export function drive(url: string, next: () => RequestSpec, options: { connections: number; seconds: number }): Promise<Measurement> {
  const latencies = createHistogram()
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        // autocannon checks for the end of a run only when it takes a sample, once a second by
        // default, which would stretch every sub-second smoke run to a whole second.
        sampleInt: 100,
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, result) => {
        if (error) return reject(error)
        const ok = result['2xx']
        const percentile = (p: number) => (ok > 0 ? Math.round(latencies.percentile(p) / 10) / 100 : 0)
        resolve({
          requests_per_sec: Math.round(ok / result.duration),
          latency_p50_ms: percentile(50),
          latency_p99_ms: percentile(99),
          ok,
          non_2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          seconds: result.duration,
        })
      },
    )
    // autocannon 9 passes the client first; @types/autocannon still describes the 7.x signature.
    ;(instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.record(Math.max(1, Math.round(ms * 1000)))
    })
  })
}

export interface LoginTally {
  attempted: number
  succeeded: number
  failed: number
}

/**
 * Logs in `perSecond` times a second, on a timer rather than one after another, so a slow login
 * does not lower the rate: the point is a fixed background of Argon2 work.
 */
export function startLogins(url: string, perSecond: number, credentials: () => { username: string; password: string }) {
  const tally: LoginTally = { attempted: 0, succeeded: 0, failed: 0 }
  const inFlight = new Set<Promise<void>>()
  const timer = setInterval(() => {
    tally.attempted++
    const login = fetch(`${url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials()),
    })
      .then(async (res) => {
        await res.arrayBuffer()
        if (res.status === 201) tally.succeeded++
        else tally.failed++
      })
      .catch(() => {
        tally.failed++
      })
      .finally(() => inFlight.delete(login))
    inFlight.add(login)
  }, 1000 / perSecond)
  return {
    async stop(): Promise<LoginTally> {
      clearInterval(timer)
      await Promise.all(inFlight)
      return tally
    },
  }
}
