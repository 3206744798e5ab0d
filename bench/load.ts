/**
 * Load: wrk, a C load generator, driving one server with a few thousand requests drawn in advance
 * (random ids, random tokens), pinned to a core of its own where the machine has one; and a
 * steady trickle of logins beside it.
 *
 * wrk rather than a Node client: a Node load generator on a two-core machine takes most of a
 * core and caps the fastest server the most, which flattered every ratio (issue 14 measured the
 * ceiling at 24,086 req/s under wrk where autocannon let it reach far less).
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

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
  /** Answers below 400; only these count towards the rate. */
  ok: number
  /** Answers of 400 and above. */
  non_2xx: number
  /** Connection errors and timeouts. */
  errors: number
  seconds: number
}

const run = promisify(execFile)

/** Requests drawn per run: enough that ids and tokens repeat no more than a real client's would. */
const DRAWN_REQUESTS = 4096

/**
 * The core wrk runs on, or null to let it float. On two or more cores the last one is wrk's and
 * the servers get the others (see `serverCores`), so that the generator never takes the CPU the
 * server under test needs.
 */
export const loadCore: number | null = availableParallelism() >= 2 ? availableParallelism() - 1 : null

/** The cores a server under test may use: all but wrk's. */
export function serverCores(): string | null {
  if (loadCore === null) return null
  return Array.from({ length: loadCore }, (_, i) => i).join(',')
}

/**
 * Installs wrk from Debian's packages when it is missing, as `.ci/run` installs Chromium: a fresh
 * machine has neither, and the harness should need no step that the README does not show.
 */
export function ensureWrk(): void {
  if (onPath('wrk')) return
  if (process.getuid?.() !== 0) throw new Error('wrk is not installed: run `apt-get install -y wrk` (Debian) and try again')
  process.stderr.write('[bench] installing wrk from Debian packages\n')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update'], { stdio: 'ignore', env })
  execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'ignore', env })
}

export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Sends `next()`'s requests over `connections` keep-alive connections for `seconds` (whole
 * seconds: wrk's resolution) with one wrk thread on the load core.
 */
export async function drive(url: string, next: () => RequestSpec, options: { connections: number; seconds: number }): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-wrk-'))
  try {
    const script = join(dir, 'load.lua')
    const summary = join(dir, 'summary.json')
    writeFileSync(script, luaScript(Array.from({ length: DRAWN_REQUESTS }, next), summary))
    const seconds = Math.max(1, Math.round(options.seconds))
    const wrk = ['wrk', '--threads', '1', '--connections', String(options.connections), '--duration', `${seconds}s`, '--timeout', '10s']
    const [command, ...args] = loadCore === null ? wrk : ['taskset', '--cpu-list', String(loadCore), ...wrk]
    await run(command!, [...args, '--script', script, url], { timeout: (seconds + 30) * 1000 })
    const s = JSON.parse(readFileSync(summary, 'utf8')) as WrkSummary
    const ok = s.requests - s.status_errors
    return {
      requests_per_sec: Math.round(ok / (s.duration_us / 1e6)),
      latency_p50_ms: Math.round(s.p50_us / 10) / 100,
      latency_p99_ms: Math.round(s.p99_us / 10) / 100,
      ok,
      non_2xx: s.status_errors,
      errors: s.connect + s.read + s.write + s.timeout,
      seconds: s.duration_us / 1e6,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface WrkSummary {
  requests: number
  duration_us: number
  status_errors: number
  connect: number
  read: number
  write: number
  timeout: number
  p50_us: number
  p99_us: number
}

/**
 * A wrk script that cycles through the drawn requests, each formatted once at start-up so that
 * wrk spends nothing per request on Lua, and writes its summary as JSON. wrk's latency
 * percentiles cover every answer, in microseconds.
 */
function luaScript(requests: RequestSpec[], summaryFile: string): string {
  const literal = (value: string) => {
    // JSON's string escapes are Lua's for everything the harness sends (ASCII, quotes, backslashes).
    if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`wrk requests must be printable ASCII: ${value.slice(0, 40)}`)
    return JSON.stringify(value)
  }
  const entries = requests.map((r) => {
    const headers = Object.entries(r.headers ?? {})
      .map(([name, value]) => `[${literal(name)}] = ${literal(value)}`)
      .join(', ')
    return `{ ${literal(r.method)}, ${literal(r.path)}, { ${headers} }, ${r.body === undefined ? 'nil' : literal(r.body)} }`
  })
  return `
local specs = {
${entries.join(',\n')}
}
local formatted = {}
local index = 0

init = function(args)
  for i, s in ipairs(specs) do formatted[i] = wrk.format(s[1], s[2], s[3], s[4]) end
  index = math.random(#formatted)
end

request = function()
  index = index % #formatted + 1
  return formatted[index]
end

done = function(summary, latency, requests)
  local e = summary.errors
  local f = io.open(${literal(summaryFile)}, "w")
  f:write(string.format('{"requests":%d,"duration_us":%d,"status_errors":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50_us":%d,"p99_us":%d}',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99)))
  f:close()
end
`
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
