/**
 * `npm run bench`: seeds a database, starts Inkwell as `npm start` would and the ceiling beside
 * it, and measures both on every scenario, one after the other, so that each ratio compares two
 * runs minutes apart on the same machine rather than two machines or two days.
 *
 *   npm run bench                          10,000 users, 200,000 posts, 10 s per server and scenario
 *   npm run bench -- --posts 1000000       the scale run
 *   npm run bench -- --database postgres://user@host/db   on PostgreSQL, in a schema of its own
 *   npm run bench -- --smoke --out <dir>   tiny data, under a second per run (what `npm test` runs)
 *   npm run bench -- --only post-by-id --profile   both servers under --cpu-prof, profiles in the out dir
 *
 * Options: --users --posts --duration <s> --warmup <s> --connections --database <url> (a PostgreSQL
 *   one gets a fresh schema, dropped at the end; a SQLite one must be empty)
 *   --out <dir> (default bench/results; smoke runs write only when it is given)
 *   --markdown <file> (default BENCHMARKS.md; never on smoke runs) --server <dist/server.js>
 *   --only <id,…> --profile --keep (keep the temporary folder: database and server logs)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isDeepStrictEqual } from 'node:util'
import { randomBytes } from 'node:crypto'
import SQLite from 'better-sqlite3'
import { createDatabase } from '../src/db/database.js'
import { isOrphaned, processScopedName, withClient, withSearchPath } from '../support/databases.js'
import { Cursors } from '../src/http/pagination.js'
import { drive, startLogins } from './load.js'
import { PeakMemory, cpuTimeMs, startServer, type ServerProcess } from './processes.js'
import { markdownTable, runKey, writeMarkdown, type BenchReport } from './report.js'
import { SCENARIOS, checkTargets, type ScenarioContext, type ScenarioResult, type ServerResult } from './scenarios.js'
import { BENCH_PASSWORD, benchUsername, seedDatabase } from './seed.js'

const root = resolve(import.meta.dirname, '..')

/** Each run's schema on a shared PostgreSQL server: `<prefix><pid>_<random>`. */
const SCHEMA_PREFIX = 'inkwell_bench_'

const { values: args } = parseArgs({
  options: {
    users: { type: 'string' },
    posts: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    database: { type: 'string' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    server: { type: 'string' },
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
})

function positive(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw)
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`--${name} must be a positive number, got ${raw}`)
  return value
}

const smoke = args.smoke
const options = {
  users: Math.floor(positive('users', args.users, smoke ? 20 : 10_000)),
  posts: Math.floor(positive('posts', args.posts, smoke ? 200 : 200_000)),
  seconds: positive('duration', args.duration, smoke ? 0.4 : 10),
  connections: Math.floor(positive('connections', args.connections, smoke ? 4 : 32)),
}
const warmupSeconds = positive('warmup', args.warmup, smoke ? 0.1 : Math.min(3, options.seconds / 2))
const scenarios = args.only === undefined ? SCENARIOS : SCENARIOS.filter((s) => args.only!.split(',').includes(s.id))
if (scenarios.length === 0) throw new Error(`--only names no scenario; they are ${SCENARIOS.map((s) => s.id).join(', ')}`)
const outDir = args.out ?? (smoke ? undefined : join(root, 'bench/results'))
const markdownFile = args.markdown ?? (smoke ? undefined : join(root, 'BENCHMARKS.md'))
const serverEntry = resolve(args.server ?? join(root, 'dist/server.js'))

const workDir = mkdtempSync(join(tmpdir(), 'inkwell-bench-'))
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)
const postgres = args.database !== undefined && /^postgres(ql)?:\/\//.test(args.database)
const schema = postgres ? await createSchema(args.database!) : undefined
const databaseUrl = schema ? schema.url : (args.database ?? `sqlite:${join(workDir, 'bench.db')}`)

const servers: ServerProcess[] = []
const started = (server: ServerProcess) => {
  servers.push(server)
  return server
}
let succeeded = false
try {
  const loadAtStart = loadavg()
  log(`seeding ${options.users} users and ${options.posts} posts into ${databaseUrl}`)
  const seeded = await seedDatabase(databaseUrl, options)
  log(`seeded in ${seeded.seconds.toFixed(1)} s`)

  // A folder per server rather than a file name: a process writes one profile per thread, and
  // the ceiling has a second one, tsx's module loader.
  const profileFlags = (name: string) => {
    if (!args.profile) return []
    const dir = join(outDir ?? workDir, 'profiles', name)
    mkdirSync(dir, { recursive: true })
    return ['--cpu-prof', `--cpu-prof-dir=${dir}`]
  }
  // Started together, and each pushed as soon as it is up, so that a failure stops both.
  const [inkwell, ceiling] = await Promise.all([
    startServer({
      name: 'inkwell',
      args: [...profileFlags('inkwell'), serverEntry],
      // Rate limits off: the benchmark measures the server, not the limiter in front of it, and
      // sends every request, its logins too, from the one IP address a limit counts by.
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl,
        RATE_LIMIT: 'off',
        RATE_LIMIT_LOGIN: 'off',
        RATE_LIMIT_SIGNUP: 'off',
      },
      logFile: join(workDir, 'inkwell.log'),
    }).then(started),
    startServer({
      name: 'ceiling',
      args: [...profileFlags('ceiling'), '--import', 'tsx', join(root, 'bench/ceiling.ts')],
      env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
      logFile: join(workDir, 'ceiling.log'),
    }).then(started),
  ])

  const context = await prepareContext(inkwell.url, seeded.posts, Math.min(options.users, smoke ? 4 : 16))
  await assertSameAnswers(inkwell.url, ceiling.url, context)

  // A fresh process has a cold JIT and a cold SQLite page cache: one pass over every kind of
  // request first, so that the first scenario is not measured colder than the others.
  const tour = scenarios.map((s) => s.request(context))
  let turn = 0
  const everyRequest = () => tour[turn++ % tour.length]!()
  for (const server of [inkwell, ceiling]) {
    await drive(server.url, everyRequest, { connections: options.connections, seconds: warmupSeconds * 2 })
  }

  const results: ScenarioResult[] = []
  for (const [index, scenario] of scenarios.entries()) {
    // Alternating who goes first keeps a drift in the machine's load from always favouring one.
    const order = index % 2 === 0 ? [inkwell, ceiling] : [ceiling, inkwell]
    const measured: Record<string, ServerResult> = {}
    for (const server of order) {
      const next = scenario.request(context)
      const memory = new PeakMemory(server.pid)
      await drive(server.url, next, { connections: options.connections, seconds: warmupSeconds })
      await settleDatabase()
      const logins =
        scenario.loginsPerSecond === undefined
          ? undefined
          : startLogins(server.url, scenario.loginsPerSecond, () => ({
              username: benchUsername(Math.floor(Math.random() * options.users)),
              password: BENCH_PASSWORD,
            }))
      const cpuBefore = cpuTimeMs(server.pid)
      const result = await drive(server.url, next, { connections: options.connections, seconds: options.seconds })
      const cpuUsPerRequest = result.ok > 0 ? Math.round(((cpuTimeMs(server.pid) - cpuBefore) * 1000) / result.ok) : 0
      const loginTally = await logins?.stop()
      measured[server.name] = {
        ...result,
        peak_rss_mb: memory.stop(),
        cpu_us_per_request: Number.isFinite(cpuUsPerRequest) ? cpuUsPerRequest : 0,
        ...(loginTally && { logins: loginTally }),
      }
      log(
        `${scenario.id} ${server.name}: ${result.requests_per_sec} req/s, p50 ${result.latency_p50_ms} ms, ` +
          `p99 ${result.latency_p99_ms} ms, ${measured[server.name]!.cpu_us_per_request} µs CPU/req, ` +
          `${result.non_2xx} non-2xx, ${result.errors} errors`,
      )
      if (result.ok === 0) throw new Error(`${server.name} answered no request of ${scenario.id} with a 2xx; see ${server.logFile}`)
    }
    const [i, c] = [measured.inkwell!, measured.ceiling!]
    const ratio = c.requests_per_sec > 0 ? Math.round((i.requests_per_sec / c.requests_per_sec) * 1000) / 1000 : 0
    results.push({ id: scenario.id, title: scenario.title, inkwell: i, ceiling: c, ratio })
  }

  const cpu = cpus()
  const report: BenchReport = {
    date: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    machine: {
      cpu: cpu[0]?.model.trim() ?? 'unknown',
      cores: cpu.length,
      memory_gb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      os: `${type()} ${release()}`,
      load_average_at_start: loadAtStart.map((l) => Math.round(l * 100) / 100),
    },
    options: {
      users: options.users,
      posts: options.posts,
      duration_seconds: options.seconds,
      warmup_seconds: warmupSeconds,
      connections: options.connections,
      database: databaseUrl.split(':', 1)[0]!,
      smoke,
    },
    seeding_seconds: Math.round(seeded.seconds * 10) / 10,
    scenarios: results,
    targets: checkTargets(results),
  }
  // Stop the servers before writing: with --profile, Inkwell writes its profile as it exits.
  await Promise.all(servers.map((s) => s.stop()))

  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true })
    const file = join(outDir, `${report.date.slice(0, 10)}-${runKey(report)}.json`)
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
    log(`results in ${file}`)
  }
  if (markdownFile !== undefined) {
    writeMarkdown(markdownFile, report)
    log(`table in ${markdownFile}`)
  }
  process.stdout.write(`${markdownTable(report)}\n`)
  succeeded = true
} finally {
  await Promise.all(servers.map((s) => s.stop()))
  if (schema && !args.keep) await schema.drop()
  else if (schema) log(`schema ${schema.name} kept`)
  if (succeeded && !args.keep) rmSync(workDir, { recursive: true, force: true })
  else log(`database and server logs kept in ${workDir}`)
}

/**
 * Writes what earlier runs left in the database's log back into its files, so that every
 * measured run starts from the same state. Without it the second server of a write scenario
 * appended to the SQLite WAL the first had grown and wrote at half the first one's rate,
 * whichever server it was: the write ratio said who went first, not who was faster.
 */
async function settleDatabase(): Promise<void> {
  if (databaseUrl.startsWith('sqlite:')) {
    const connection = new SQLite(databaseUrl.slice('sqlite:'.length))
    try {
      connection.pragma('busy_timeout = 5000')
      const [result] = connection.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
      if (result?.busy) log('the WAL checkpoint could not finish: a server still holds a read or write open')
    } finally {
      connection.close()
    }
  } else {
    // Same for PostgreSQL: a checkpoint now rather than one falling in somebody's measured run.
    await withClient(databaseUrl, (client) =>
      client.query('checkpoint').catch((error: Error) => log(`no checkpoint between runs: ${error.message}`)),
    )
  }
}

/**
 * A schema of its own on the PostgreSQL server at `url`, so that a run never touches anybody's
 * tables and two runs at once never see each other's rows; both servers reach it through the
 * URL's search_path, as the test suite's databases do. Schemas left by runs that crashed (their
 * process is gone) are dropped first.
 */
async function createSchema(url: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = processScopedName(SCHEMA_PREFIX, randomBytes(4).toString('hex'))
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where starts_with(nspname, $1)`, [SCHEMA_PREFIX])
    for (const { name: old } of rows) {
      if (isOrphaned(old, SCHEMA_PREFIX)) await client.query(`drop schema if exists ${old} cascade`)
    }
    await client.query(`create schema ${name}`)
  })
  return {
    name,
    url: withSearchPath(url, name),
    drop: () => withClient(url, (client) => client.query(`drop schema if exists ${name} cascade`)).then(() => undefined),
  }
}

/** Tokens (issued by Inkwell, as a client would get them) and the deep page's cursor. */
async function prepareContext(inkwellUrl: string, posts: number, tokenCount: number): Promise<ScenarioContext> {
  const tokens = await Promise.all(
    Array.from({ length: tokenCount }, async (_, i) => {
      const res = await fetch(`${inkwellUrl}/api/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: benchUsername(i), password: BENCH_PASSWORD }),
      })
      if (res.status !== 201) throw new Error(`login of ${benchUsername(i)} failed: ${res.status} ${await res.text()}`)
      return ((await res.json()) as { token: string }).token
    }),
  )
  // A walk newest first has seen 90% of the rows when it has reached id posts/10 + 1: the cursor
  // Inkwell would have handed out there, signed with the database's own key.
  const database = createDatabase(databaseUrl)
  try {
    const cursors = await Cursors.load(database.db)
    return { posts, tokens, deepCursor: cursors.encode('posts', Math.floor(posts / 10) + 1) }
  } finally {
    await database.close()
  }
}

/**
 * The comparison only holds if both servers do the same work: check, before any load, that they
 * send the same bodies for each kind of request.
 */
async function assertSameAnswers(inkwellUrl: string, ceilingUrl: string, context: ScenarioContext): Promise<void> {
  const requests = scenarios.map((s) => s.request(context)()).filter((r) => r.method === 'GET')
  for (const request of requests) {
    const [a, b] = await Promise.all(
      [inkwellUrl, ceilingUrl].map(async (url) => {
        const res = await fetch(url + request.path, { headers: request.headers })
        return { status: res.status, body: (await res.json()) as unknown }
      }),
    )
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`Inkwell and the ceiling answer ${request.path} differently:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`)
    }
  }
}
