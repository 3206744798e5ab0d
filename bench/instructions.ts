/**
 * `npm run bench:instructions`: what one answer costs Inkwell and the ceiling in instructions,
 * counted by valgrind's callgrind on each server's main thread (the event loop: everything a
 * request runs but the kernel, V8's background compiler and GC threads, and libuv's pool).
 *
 * CPU time per answer, `npm run bench`'s headline, moves by ±15% between runs of one build on
 * this two-core machine; main-thread instructions move by a few percent, so a cut worth 2-5% shows
 * here when the CPU figures cannot see it. It does not replace `npm run bench`: instructions are
 * not time (cache misses, system calls and the other threads are left out), and under valgrind a
 * server runs some 50 times slower, so only a few thousand answers are counted.
 *
 *   npm run bench:instructions                                 post by id, profile, first page; 3 runs each
 *   npm run bench:instructions -- --only post-by-id --runs 5
 *   npm run bench:instructions -- --database postgres://user@host/db   on PostgreSQL, in a schema of its own
 *   npm run bench:instructions -- --fastify                   bare Fastify counted too (bench/fastify.ts)
 *
 * On PostgreSQL the count is still the Node process's main thread: what each server spends on the
 * protocol, the pool and its own code, not what the database server does for it (the same query).
 *
 * Options: --users --posts (the seeded database; 2,000 and 20,000) --database <url> (a PostgreSQL
 *   one gets a fresh schema, dropped at the end; SQLite in a temporary file without it) --requests (counted per
 *   run; 5,000) --warmup (answered before counting starts; 20,000) --runs (processes per server and
 *   scenario; 3) --server (Inkwell's entry; dist/server.js) --only <id,…> --fastify (also count bare
 *   Fastify, the framework without Inkwell's features, to split the gap in two) --keep
 * Needs valgrind (`apt-get install -y valgrind`).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { onPath, type RequestSpec } from './load.js'
import { inkwellEnvironment, startServer, type ServerProcess } from './processes.js'
import { SCENARIOS, median, prepareContext, type ScenarioContext } from './scenarios.js'
import { createSchema, isPostgresUrl } from '../support/databases.js'
import { BENCH_SCHEMA_PREFIX, seedDatabase } from './seed.js'

const root = resolve(import.meta.dirname, '..')
/** Reads only, each answer independent of the others: a count per answer means the same each run. */
const COUNTABLE = ['post-by-id', 'profile', 'posts-first-page', 'posts-deep-page', 'posts-by-tag', 'feed-first']
const DEFAULT_SCENARIOS = ['post-by-id', 'profile', 'posts-first-page']
/** Requests in flight at once: enough to keep the loop busy, few enough to keep one answer's work whole. */
const CONCURRENCY = 4

const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '2000' },
    posts: { type: 'string', default: '20000' },
    requests: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    server: { type: 'string' },
    database: { type: 'string' },
    only: { type: 'string' },
    fastify: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
})

const count = (name: keyof typeof args) => {
  const value = Number(args[name])
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got ${args[name]}`)
  return value
}
const requests = count('requests')
const warmup = count('warmup')
const runs = count('runs')
const ids = args.only?.split(',') ?? DEFAULT_SCENARIOS
const unknown = ids.filter((id) => !COUNTABLE.includes(id))
if (unknown.length > 0) throw new Error(`--only takes ${COUNTABLE.join(', ')}; not ${unknown.join(', ')}`)
const scenarios = SCENARIOS.filter((s) => ids.includes(s.id))
for (const command of ['valgrind', 'callgrind_control']) {
  if (!onPath(command)) throw new Error(`${command} is not installed: apt-get install -y valgrind`)
}

const log = (message: string) => process.stderr.write(`[instructions] ${message}\n`)
const workDir = mkdtempSync(join(tmpdir(), 'inkwell-instructions-'))
if (args.database !== undefined && !isPostgresUrl(args.database)) throw new Error(`--database takes a postgres:// URL, got ${args.database}`)
const schema = args.database === undefined ? undefined : await createSchema(args.database, BENCH_SCHEMA_PREFIX)
const databaseUrl = schema?.url ?? `sqlite:${join(workDir, 'bench.db')}`
const serverEntry = resolve(args.server ?? join(root, 'dist/server.js'))
const inkwellEnv = inkwellEnvironment(databaseUrl)
// Under valgrind a server runs some 50 times slower, and Inkwell's deadlines would read that as a
// database that stopped answering or a loop that is overloaded: 503s (the statement's read
// timeout, load shedding). Longer deadlines change only how long their timers are set for, not
// the work each request does. Load shedding is off rather than longer: when callgrind switches its
// counting on it stops the process for a second or more, the loop-delay histogram gets no sample in
// that interval, and @fastify/under-pressure reads an empty histogram as an infinite delay.
const valgrindEnv = { DB_STATEMENT_TIMEOUT: '60s', DB_CONNECT_TIMEOUT: '60s', MAX_EVENT_LOOP_DELAY: 'off' }
/** bench/<name>.ts over the same database. */
const peer = (name: 'ceiling' | 'fastify') => ({
  args: ['--import', 'tsx', join(root, `bench/${name}.ts`)],
  env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
})
const servers = {
  inkwell: { args: [serverEntry], env: { ...inkwellEnv, ...valgrindEnv } },
  ceiling: peer('ceiling'),
  fastify: peer('fastify'),
}
const counted: (keyof typeof servers)[] = args.fastify ? ['inkwell', 'ceiling', 'fastify'] : ['inkwell', 'ceiling']
// valgrind's gdbserver and callgrind_control find each other by a file named after the user and
// the HOST variable, which the servers are started with: both sides must see the same two.
const vgdbEnv = { ...process.env, HOST: '127.0.0.1', USER: userInfo().username }

/** `total` requests from `next`, `CONCURRENCY` at a time on kept-alive connections; each must be a 2xx. */
async function send(url: string, next: () => RequestSpec, total: number): Promise<void> {
  let started = 0
  let failed = false
  const worker = async () => {
    while (started < total && !failed) {
      started++
      const spec = next()
      const res = await fetch(url + spec.path, { method: spec.method, headers: spec.headers, body: spec.body })
      await res.arrayBuffer()
      if (res.status >= 300) {
        failed = true
        throw new Error(`${spec.method} ${spec.path} answered ${res.status}`)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

/** One process of `name` under callgrind: main-thread instructions per answer of `scenario`. */
async function countOnce(name: keyof typeof servers, next: () => RequestSpec, label: string): Promise<number> {
  const outPrefix = join(workDir, `${label}.callgrind`)
  const server: ServerProcess = await startServer({
    name,
    ...servers[name],
    env: { ...servers[name].env, USER: vgdbEnv.USER },
    logFile: join(workDir, `${label}.log`),
    timeoutMs: 300_000,
    pinned: false,
    wrapper: ['valgrind', '--tool=callgrind', '--separate-threads=yes', '--instr-atstart=no', `--callgrind-out-file=${outPrefix}.%p`],
  })
  // callgrind_control says what it did on stdout, and exits 0 even when it reached nobody.
  const control = (command: string) =>
    execFileSync('callgrind_control', [command, String(server.pid)], { env: vgdbEnv, encoding: 'utf8', timeout: 60_000 })
  let said = ''
  try {
    await send(server.url, next, warmup)
    said += control('--instr=on')
    await send(server.url, next, requests)
    said += control('--dump')
  } finally {
    await server.stop()
  }
  // The dump is `<prefix>.<pid>.1-01` for thread 1, the main thread.
  const file = readdirSync(workDir).find((f) => f === `${label}.callgrind.${server.pid}.1-01`)
  if (!file) throw new Error(`callgrind wrote no dump for ${label}; callgrind_control said:\n${said}`)
  const summary = /^summary: (\d+)$/m.exec(readFileSync(join(workDir, file), 'utf8'))
  if (!summary) throw new Error(`no summary line in ${file}`)
  return Number(summary[1]) / requests
}

const thousands = (value: number) => `${(value / 1000).toFixed(1)}k`

let succeeded = false
try {
  log(`seeding ${args.users} users and ${args.posts} posts into ${databaseUrl}`)
  await seedDatabase(databaseUrl, { users: count('users'), posts: count('posts') })
  // Tokens are issued by Inkwell, as a client would get them, before any counting.
  const plain = await startServer({ name: 'inkwell', args: [serverEntry], env: inkwellEnv, logFile: join(workDir, 'tokens.log'), pinned: false })
  let context: ScenarioContext
  try {
    context = await prepareContext(plain.url, databaseUrl, count('posts'), 8)
  } finally {
    await plain.stop()
  }

  const rows: string[] = []
  for (const scenario of scenarios) {
    const counts: Record<keyof typeof servers, number[]> = { inkwell: [], ceiling: [], fastify: [] }
    for (let run = 1; run <= runs; run++) {
      for (const name of counted) {
        const perAnswer = await countOnce(name, scenario.request(context), `${scenario.id}-${name}-${run}`)
        counts[name].push(perAnswer)
        log(`${scenario.id} ${name} run ${run}: ${thousands(perAnswer)} instructions per answer`)
      }
    }
    const [inkwell, ceiling] = [median(counts.inkwell), median(counts.ceiling)]
    const spread = (values: number[]) => `${thousands(Math.min(...values))}–${thousands(Math.max(...values))}`
    const fastify = args.fastify ? ` ${thousands(median(counts.fastify))} (${spread(counts.fastify)}) | ${(ceiling / median(counts.fastify)).toFixed(2)} |` : ''
    rows.push(
      `| ${scenario.title} | ${thousands(inkwell)} (${spread(counts.inkwell)}) | ${thousands(ceiling)} (${spread(counts.ceiling)}) | **${(ceiling / inkwell).toFixed(2)}** |${fastify}`,
    )
  }
  console.log(`Main-thread instructions per answer, median of ${runs} processes each (range), ${requests} answers counted after ${warmup}:\n`)
  console.log(
    args.fastify
      ? '| Scenario | Inkwell | The ceiling | Ratio | Bare Fastify | Its ratio |\n| --- | ---: | ---: | ---: | ---: | ---: |'
      : '| Scenario | Inkwell | The ceiling | Ratio |\n| --- | ---: | ---: | ---: |',
  )
  console.log(rows.join('\n'))
  succeeded = true
} finally {
  if (schema && !args.keep) await schema.drop()
  else if (schema) log(`schema ${schema.name} kept`)
  if (args.keep || !succeeded) log(`callgrind dumps and server logs kept in ${workDir}`)
  else rmSync(workDir, { recursive: true, force: true })
}
