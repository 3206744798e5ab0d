/**
 * `npm run soak`: Inkwell under a bounded, mixed load for a long while (reads, writes, logins and
 * bad inputs), reporting what drifts: the server's RSS slope, the count of 5xx answers, and p99
 * latency per minute from the first minute to the last. See issue 10 and BENCHMARKS.md.
 *
 *   npm run soak                                   30 minutes on SQLite, in a temporary folder
 *   npm run soak -- --duration 5m                  shorter
 *   npm run soak -- --database postgres://user@host/db   on PostgreSQL (the database must be empty)
 *
 * The load is closed-loop: `--clients` (8) loops, each sending its next request once the last is
 * answered, after `--pause` ms (5), so the machine is busy but never flooded. The report is JSON
 * on stdout; the exit code is 1 when any answer was a 5xx. The server's log (one line per request,
 * which the harness needs to see it start) goes to a temporary folder, removed at the end.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startServer } from './processes.js'

const root = resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30m' },
    database: { type: 'string' },
    clients: { type: 'string', default: '8' },
    pause: { type: 'string', default: '5' },
  },
})

function parseDuration(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw)
  if (!match) throw new Error(`--duration: ${raw} is not a duration such as 90s or 30m`)
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h']
}

const durationMs = parseDuration(args.duration!)
const clients = Number(args.clients)
const pauseMs = Number(args.pause)
const folder = mkdtempSync(join(tmpdir(), 'inkwell-soak-'))
const databaseUrl = args.database ?? `sqlite:${join(folder, 'soak.db')}`

const server = await startServer({
  name: 'inkwell',
  args: [join(root, 'dist/server.js')],
  env: { DATABASE_URL: databaseUrl, RATE_LIMIT: 'off', RATE_LIMIT_LOGIN: 'off', RATE_LIMIT_SIGNUP: 'off', LOG_LEVEL: 'info' },
  logFile: join(folder, 'server.log'),
  pinned: false,
})
const base = server.url

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Number(match[1]) / 1024 : NaN
}

async function send(method: string, path: string, init: { token?: string; body?: string; type?: string } = {}) {
  const headers: Record<string, string> = {}
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.body !== undefined) headers['content-type'] = init.type ?? 'application/json'
  const res = await fetch(`${base}${path}`, { method, headers, body: init.body })
  const text = await res.text()
  return { status: res.status, text }
}

// One account per client loop, so that their writes and logins do not contend on one row.
const accounts: { username: string; password: string; token: string }[] = []
for (let i = 0; i < clients; i++) {
  const username = `soak${i}`
  const password = `soak-password-${i}`
  await send('POST', '/api/users', { body: JSON.stringify({ username, email: `${username}@example.com`, password }) })
  const login = await send('POST', '/api/tokens', { body: JSON.stringify({ username, password }) })
  accounts.push({ username, password, token: JSON.parse(login.text).token })
}

const MINUTE = 60_000
const windows: number[][] = []
const statuses = new Map<number, number>()
const fiveHundreds: string[] = []
const rss: [number, number][] = []
const started = Date.now()
const sampler = setInterval(() => rss.push([(Date.now() - started) / MINUTE, rssMiB(server.pid)]), 5000)

async function loop(index: number): Promise<void> {
  const account = accounts[index]!
  let lastPostId = 1
  for (let i = 0; Date.now() - started < durationMs; i++) {
    const pick = (i * 7 + index) % 20
    const t0 = performance.now()
    let res: { status: number; text: string }
    let what: string
    if (pick < 8) {
      what = 'list'
      res = await send('GET', `/api/posts?limit=20`)
    } else if (pick < 12) {
      what = 'read'
      res = await send('GET', `/api/posts/${lastPostId}`)
    } else if (pick < 15) {
      what = 'write'
      res = await send('POST', '/api/posts', { token: account.token, body: JSON.stringify({ title: `soak ${index}-${i}`, body: 'x'.repeat(200) }) })
      if (res.status === 201) lastPostId = JSON.parse(res.text).id
    } else if (pick < 16) {
      what = 'login'
      res = await send('POST', '/api/tokens', { body: JSON.stringify({ username: account.username, password: account.password }) })
      if (res.status === 201) {
        // Sign the old token out, as a client would, so tokens do not pile up over the run.
        await send('DELETE', '/api/tokens/current', { token: account.token })
        account.token = JSON.parse(res.text).token
      }
    } else {
      what = 'bad input'
      const bad = [
        () => send('POST', '/api/posts', { token: account.token, body: '{"title": ' }),
        () => send('POST', '/api/posts', { token: account.token, body: JSON.stringify({ title: 'x', body: 'y', id: 5 }) }),
        () => send('GET', '/api/posts?cursor=not-a-cursor'),
        () => send('GET', '/api/posts/999999999'),
      ][i % 4]!
      res = await bad()
    }
    const ms = performance.now() - t0
    const minute = Math.floor((Date.now() - started) / MINUTE)
    ;(windows[minute] ??= []).push(ms)
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    if (res.status >= 500 && fiveHundreds.length < 20) fiveHundreds.push(`${what}: ${res.status} ${res.text}`)
    if (pauseMs > 0) await new Promise((done) => setTimeout(done, pauseMs))
  }
}

await Promise.all(accounts.map((_, index) => loop(index)))
clearInterval(sampler)
await server.stop()

const p99 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN
}
/** Least-squares slope of RSS over minutes, leaving out the first tenth (warm-up, JIT, caches). */
function slope(points: [number, number][]): number {
  const kept = points.filter(([minute]) => minute >= (durationMs / MINUTE) * 0.1)
  const n = kept.length
  if (n < 2) return NaN
  const mx = kept.reduce((s, [x]) => s + x, 0) / n
  const my = kept.reduce((s, [, y]) => s + y, 0) / n
  const sxy = kept.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0)
  const sxx = kept.reduce((s, [x]) => s + (x - mx) ** 2, 0)
  return sxy / sxx
}
const full = windows.filter((w) => w && w.length > 0)
const requests = [...statuses.values()].reduce((a, b) => a + b, 0)
const report = {
  engine: databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres',
  duration_min: durationMs / MINUTE,
  clients,
  requests,
  statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
  five_hundreds: [...statuses].filter(([status]) => status >= 500).reduce((s, [, count]) => s + count, 0),
  rss_mib: { first: rss[0]?.[1], last: rss.at(-1)?.[1], max: Math.max(...rss.map(([, y]) => y)) },
  rss_slope_mib_per_min: Number(slope(rss).toFixed(3)),
  p99_ms_by_minute: full.map((w) => Number(p99(w).toFixed(1))),
  p99_drift_ms: full.length >= 2 ? Number((p99(full.at(-1)!) - p99(full[0]!)).toFixed(1)) : null,
  first_5xx: fiveHundreds,
}
console.log(JSON.stringify(report, null, 2))
rmSync(folder, { recursive: true, force: true })
process.exitCode = report.five_hundreds > 0 ? 1 : 0
