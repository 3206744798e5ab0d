/**
 * `npm run bench`: seeds a database, starts Inkwell as `npm start` would and the ceiling beside
 * it (and, for the scenarios that need them, Express, Inkwell with rate limits on and Inkwell as a
 * two-worker cluster), and measures them on every scenario in turns of a few seconds, so that each
 * ratio compares servers measured under the same conditions, not two machines, days or minutes.
 *
 * The load is wrk on a core of its own (taskset), the servers on the others; the headline is CPU
 * time per answer against the ceiling's, which holds on a shared machine where req/s drifts.
 *
 *   npm run bench                          10,000 users, 200,000 posts, 10 s per server and scenario
 *                                          (5 rounds of 2 s, the servers taking turns)
 *   npm run bench -- --posts 1000000       the scale run
 *   npm run bench -- --database postgres://user@host/db   on PostgreSQL, in a schema of its own
 *   npm run bench -- --write               also record the run: bench/results/*.json and BENCHMARKS.md
 *   npm run bench -- --smoke --out <dir>   tiny data, a second per run (what `npm test` runs)
 *   npm run bench -- --only post-by-id --profile   the servers under --cpu-prof, profiles in the out dir
 *
 * Options: --users --posts --duration <s> (per server and scenario) --rounds <n> (what the duration
 *   is split into) --warmup <s> --connections --database <url> (a PostgreSQL
 *   one gets a fresh schema, dropped at the end; a SQLite one must be empty)
 *   --write (record the run in the tracked files; without it nothing in the repository changes)
 *   --out <dir> (where the JSON goes; bench/results with --write) --markdown <file> (BENCHMARKS.md
 *   with --write) --server <dist/server.js> --only <id,…> --profile --keep (keep the temporary
 *   folder: database and server logs)
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isDeepStrictEqual } from 'node:util'
import SQLite from 'better-sqlite3'
import { createSchema, isPostgresUrl, withClient } from '../support/databases.js'
import { drive, ensureWrk, loadCore, startLogins, type LoginTally, type Measurement, type RequestSpec } from './load.js'
import { PeakMemory, cpuTimeMs, inkwellEnvironment, startServer, type ServerProcess } from './processes.js'
import { markdownTable, writeMarkdown, writeResults, type BenchReport } from './report.js'
import { SCENARIOS, checkTargets, cpuMultiples, median, prepareContext, type ScenarioContext, type ScenarioResult, type ServerName, type ServerResult } from './scenarios.js'
import { BENCH_PASSWORD, BENCH_SCHEMA_PREFIX, benchUsername, seedDatabase } from './seed.js'

const root = resolve(import.meta.dirname, '..')

const { values: args } = parseArgs({
  options: {
    users: { type: 'string' },
    posts: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    rounds: { type: 'string' },
    database: { type: 'string' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    server: { type: 'string' },
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
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
  // wrk counts whole seconds.
  seconds: Math.max(1, Math.round(positive('duration', args.duration, smoke ? 1 : 10))),
  connections: Math.floor(positive('connections', args.connections, smoke ? 4 : 32)),
  rounds: Math.floor(positive('rounds', args.rounds, smoke ? 1 : 5)),
}
const roundSeconds = Math.max(1, Math.round(options.seconds / options.rounds))
// A smoke run skips the per-scenario warm-up: it checks that the harness works, not the figures.
const warmupSeconds = smoke && args.warmup === undefined ? 0 : Math.max(1, Math.round(positive('warmup', args.warmup, Math.min(3, options.seconds / 2))))
const scenarios = args.only === undefined ? SCENARIOS : SCENARIOS.filter((s) => args.only!.split(',').includes(s.id))
if (scenarios.length === 0) throw new Error(`--only names no scenario; they are ${SCENARIOS.map((s) => s.id).join(', ')}`)
const outDir = args.out ?? (args.write ? join(root, 'bench/results') : undefined)
const markdownFile = args.markdown ?? (args.write && !smoke ? join(root, 'BENCHMARKS.md') : undefined)
const serverEntry = resolve(args.server ?? join(root, 'dist/server.js'))

const workDir = mkdtempSync(join(tmpdir(), 'inkwell-bench-'))
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)
const schema = args.database !== undefined && isPostgresUrl(args.database) ? await createSchema(args.database, BENCH_SCHEMA_PREFIX) : undefined
const databaseUrl = schema ? schema.url : (args.database ?? `sqlite:${join(workDir, 'bench.db')}`)

ensureWrk()
// The harness (seeding, sampling, the logins of one scenario) runs beside wrk, off the servers' core.
if (loadCore !== null) execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(loadCore), String(process.pid)], { stdio: 'ignore' })

const servers = new Map<ServerName, ServerProcess>()
let succeeded = false
try {
  const loadAtStart = loadavg()
  log(`seeding ${options.users} users and ${options.posts} posts into ${databaseUrl}`)
  const seeded = await seedDatabase(databaseUrl, options)
  log(`seeded in ${seeded.seconds.toFixed(1)} s (${seeded.tags} tags, ${seeded.follows} follows, ${seeded.favorites} favorites)`)

  // A folder per server rather than a file name: a process writes one profile per thread, and
  // the peers have a second one, tsx's module loader.
  const profileFlags = (name: string) => {
    if (!args.profile) return []
    const dir = join(outDir ?? workDir, 'profiles', name)
    mkdirSync(dir, { recursive: true })
    return ['--cpu-prof', `--cpu-prof-dir=${dir}`]
  }
  // The ceiling and the peers: bench/<name>.ts, each over the same database.
  const peer = (name: 'ceiling' | 'express' | 'fastify') => ({
    name,
    args: [...profileFlags(name), '--import', 'tsx', join(root, `bench/${name}.ts`)],
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    logFile: join(workDir, `${name}.log`),
  })
  // One scenario measures rate limits on, with a limit no run reaches.
  const inkwellEnv = inkwellEnvironment(databaseUrl)
  const definitions: Record<ServerName, () => Parameters<typeof startServer>[0]> = {
    inkwell: () => ({ name: 'inkwell', args: [...profileFlags('inkwell'), serverEntry], env: inkwellEnv, logFile: join(workDir, 'inkwell.log') }),
    'inkwell-rate-limited': () => ({
      name: 'inkwell-rate-limited',
      args: [...profileFlags('inkwell-rate-limited'), serverEntry],
      env: { ...inkwellEnv, RATE_LIMIT: '100000000/1m' },
      logFile: join(workDir, 'inkwell-rate-limited.log'),
    }),
    // Both cores: the point is what a second worker adds. wrk keeps its core, so the two workers
    // share theirs with it, as they would with any other load on a small machine.
    'inkwell-cluster': () => ({
      name: 'inkwell-cluster',
      args: [serverEntry],
      env: { ...inkwellEnv, WEB_CONCURRENCY: '2' },
      logFile: join(workDir, 'inkwell-cluster.log'),
      pinned: false,
    }),
    ceiling: () => peer('ceiling'),
    express: () => peer('express'),
    fastify: () => peer('fastify'),
  }
  const start = async (name: ServerName) => {
    const server = await startServer(definitions[name]())
    servers.set(name, server)
    return server
  }
  // Started together, and each recorded as soon as it is up, so that a failure stops both.
  const [inkwell, ceiling] = await Promise.all([start('inkwell'), start('ceiling')])
  const context = await prepareContext(inkwell.url, databaseUrl, seeded.posts, Math.min(options.users, smoke ? 4 : 16))

  // A fresh process has a cold JIT and a cold SQLite page cache: one pass over every kind of
  // request first, so that the first scenario is not measured colder than the others. Every
  // server is checked to answer the reads it will be measured on exactly as the ceiling does.
  const serversOf = (scenario: (typeof scenarios)[number]) => [scenario.subject ?? 'inkwell', scenario.baseline ?? 'ceiling', ...(scenario.peers ?? [])]
  const warm = async (server: ServerProcess, name: ServerName) => {
    const mine = scenarios.filter((s) => serversOf(s).includes(name))
    await assertSameAnswers(server.url, ceiling.url, mine, context)
    const tour = mine.map((s) => s.request(context))
    let turn = 0
    await drive(server.url, () => tour[turn++ % tour.length]!(), { connections: options.connections, seconds: Math.max(1, warmupSeconds * 2) })
  }
  await warm(inkwell, 'inkwell')
  await warm(ceiling, 'ceiling')
  const ensure = async (name: ServerName) => {
    const existing = servers.get(name)
    if (existing) return existing
    const server = await start(name)
    await warm(server, name)
    return server
  }

  /** One measured round of `scenario` on one server: checkpoint, then load (and logins) for a round's seconds. */
  const measureRound = async (server: ServerProcess, scenario: (typeof scenarios)[number], next: () => RequestSpec): Promise<Round> => {
    await settleDatabase()
    const logins =
      scenario.loginsPerSecond === undefined
        ? undefined
        : startLogins(server.url, scenario.loginsPerSecond, () => ({
            username: benchUsername(Math.floor(Math.random() * options.users)),
            password: BENCH_PASSWORD,
          }))
    const cpuBefore = cpuTimeMs(server.pid)
    const result = await drive(server.url, next, { connections: options.connections, seconds: roundSeconds })
    const cpuMs = cpuTimeMs(server.pid) - cpuBefore
    const tally = await logins?.stop()
    if (result.ok === 0) throw new Error(`${server.name} answered no request of ${scenario.id} with a 2xx; see ${server.logFile}`)
    // NaN when the process was gone by the end: 0, which no figure or ratio counts.
    return { ...result, cpu_us_per_request: Number.isFinite(cpuMs) ? (cpuMs * 1000) / result.ok : 0, logins: tally }
  }

  const results: ScenarioResult[] = []
  for (const [index, scenario] of scenarios.entries()) {
    const names = serversOf(scenario) as ServerName[]
    const contenders: { name: ServerName; server: ServerProcess; next: () => RequestSpec; memory: PeakMemory; rounds: Round[] }[] = []
    for (const name of names) {
      const server = await ensure(name)
      const next = scenario.request(context)
      if (warmupSeconds > 0) await drive(server.url, next, { connections: options.connections, seconds: warmupSeconds })
      contenders.push({ name, server, next, memory: new PeakMemory(server.pid), rounds: [] })
    }
    // The servers take turns, round by round, in the order ABBA…: the host's speed drifts by tens
    // of percent within a minute, and turns this short put every server under the same drift.
    for (let round = 0; round < options.rounds; round++) {
      const order = (index + round) % 2 === 0 ? contenders : [...contenders].reverse()
      for (const c of order) c.rounds.push(await measureRound(c.server, scenario, c.next))
    }
    const measured: Partial<Record<ServerName, ServerResult>> = {}
    for (const { name, memory, rounds } of contenders) {
      const result: ServerResult = { ...combineRounds(rounds), peak_rss_mb: memory.stop() }
      measured[name] = result
      log(
        `${scenario.id} ${name}: ${result.requests_per_sec} req/s, p50 ${result.latency_p50_ms} ms, ` +
          `p99 ${result.latency_p99_ms} ms, ${result.cpu_us_per_request} µs CPU/answer ` +
          `(rounds: ${result.cpu_us_per_round.join(', ')}), ${result.non_2xx} non-2xx, ${result.errors} errors`,
      )
    }
    const [subject, baseline] = [names[0]!, names[1]!]
    const [s, b] = [measured[subject]!, measured[baseline]!]
    const multiples = cpuMultiples(measured, subject)
    results.push({
      id: scenario.id,
      title: scenario.title,
      subject,
      baseline,
      servers: measured,
      cpu_ratio: multiples[baseline]!,
      rps_ratio: b.requests_per_sec > 0 ? Math.round((s.requests_per_sec / b.requests_per_sec) * 1000) / 1000 : 0,
      cpu_multiples: multiples,
    })
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
      load_core: loadCore,
    },
    options: {
      users: options.users,
      posts: options.posts,
      duration_seconds: options.rounds * roundSeconds,
      rounds: options.rounds,
      warmup_seconds: warmupSeconds,
      connections: options.connections,
      database: databaseUrl.split(':', 1)[0]!,
      smoke,
    },
    seeding_seconds: Math.round(seeded.seconds * 10) / 10,
    scenarios: results,
    targets: checkTargets(results, databaseUrl.split(':', 1)[0]!),
  }
  // Stop the servers before writing: with --profile, each writes its profile as it exits.
  await Promise.all([...servers.values()].map((s) => s.stop()))

  if (outDir !== undefined) {
    log(`results in ${writeResults(outDir, report)}`)
  }
  if (markdownFile !== undefined) {
    writeMarkdown(markdownFile, report)
    log(`table in ${markdownFile}`)
  }
  process.stdout.write(`${markdownTable(report)}\n`)
  if (outDir === undefined && markdownFile === undefined) log('nothing recorded: pass --write to keep this run in bench/results and BENCHMARKS.md')
  succeeded = true
} finally {
  await Promise.all([...servers.values()].map((s) => s.stop()))
  if (schema && !args.keep) await schema.drop()
  else if (schema) log(`schema ${schema.name} kept`)
  if (succeeded && !args.keep) rmSync(workDir, { recursive: true, force: true })
  else log(`database and server logs kept in ${workDir}`)
}

/** One server's measured round. */
type Round = Measurement & { cpu_us_per_request: number; logins: LoginTally | undefined }

/**
 * A server's rounds as one result: counts and the rate over all of them, CPU per answer and the
 * latency percentiles as the median round's, so that one round the host slowed down does not
 * move the figure. Every round's CPU per answer is kept beside it.
 */
function combineRounds(rounds: Round[]): Omit<ServerResult, 'peak_rss_mb'> {
  const sum = (pick: (r: Round) => number) => rounds.reduce((total, r) => total + pick(r), 0)
  const [ok, seconds] = [sum((r) => r.ok), sum((r) => r.seconds)]
  const tallies = rounds.flatMap((r) => (r.logins ? [r.logins] : []))
  const logins = (pick: (tally: LoginTally) => number) => tallies.reduce((total, tally) => total + pick(tally), 0)
  return {
    requests_per_sec: Math.round(ok / seconds),
    latency_p50_ms: Math.round(median(rounds.map((r) => r.latency_p50_ms)) * 100) / 100,
    latency_p99_ms: Math.round(median(rounds.map((r) => r.latency_p99_ms)) * 100) / 100,
    ok,
    non_2xx: sum((r) => r.non_2xx),
    errors: sum((r) => r.errors),
    seconds,
    cpu_us_per_request: Math.round(median(rounds.map((r) => r.cpu_us_per_request))),
    cpu_us_per_round: rounds.map((r) => Math.round(r.cpu_us_per_request)),
    ...(tallies.length > 0 && {
      logins: { attempted: logins((l) => l.attempted), succeeded: logins((l) => l.succeeded), failed: logins((l) => l.failed) },
    }),
  }
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
 * The comparison only holds if both servers do the same work: check, before any load, that they
 * send the same bodies for each kind of request. Several draws of each, so that answers that
 * depend on the caller (the feed) are checked for more than one.
 */
async function assertSameAnswers(serverUrl: string, ceilingUrl: string, of: typeof scenarios, context: ScenarioContext): Promise<void> {
  if (serverUrl === ceilingUrl) return
  const draws = new Map<string, RequestSpec>()
  for (const scenario of of) {
    const next = scenario.request(context)
    for (let i = 0; i < context.tokens.length; i++) {
      const request = next()
      draws.set(`${request.method} ${request.path} ${JSON.stringify(request.headers ?? {})}`, request)
    }
  }
  const requests = [...draws.values()].filter((r) => r.method === 'GET')
  for (const request of requests) {
    const [a, b] = await Promise.all(
      [serverUrl, ceilingUrl].map(async (url) => {
        const res = await fetch(url + request.path, { headers: request.headers })
        return { status: res.status, body: (await res.json()) as unknown }
      }),
    )
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`${serverUrl} and the ceiling answer ${request.path} differently:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`)
    }
  }
}
