/**
 * The benchmark harness, run as `npm run bench -- --smoke` would run it (in two rounds per server,
 * so that the turns are run too), so that it cannot rot unnoticed. Only that it finishes and
 * reports every scenario is checked: the figures depend on the machine and are never asserted.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { writeResults, type BenchReport } from '../bench/report.js'
import { SCENARIOS, cpuMultiples, type ServerResult } from '../bench/scenarios.js'
import { onPath } from '../bench/load.js'
import { engine, engineIndependent, processDatabaseUrl } from './support/databases.js'
import { compiledServer, root } from './support/server.js'

const run = promisify(execFile)

// On PostgreSQL the harness makes a schema of its own on the test server, and drops it.
test(`the benchmark harness runs every scenario against Inkwell and the ceiling on ${engine} and reports numbers`, async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'inkwell-bench-test-'))
  t.after(() => rmSync(out, { recursive: true, force: true }))

  // The harness stops its servers itself, also when it fails; the timeout bounds a hang.
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench/run.ts'),
      '--smoke',
      '--duration',
      '2',
      '--rounds',
      '2',
      '--out',
      out,
      '--server',
      await compiledServer(),
      ...(engine === 'postgres' ? ['--database', await processDatabaseUrl()] : []),
    ],
    { cwd: root, timeout: 240_000 },
  )

  const files = readdirSync(out).filter((name) => name.endsWith('.json'))
  assert.equal(files.length, 1, `one results file, got ${files.join(', ')}`)
  const report = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as BenchReport
  assert.deepEqual(
    report.scenarios.map((s) => s.id),
    SCENARIOS.map((s) => s.id),
  )
  for (const scenario of report.scenarios) {
    const expected = [scenario.subject, scenario.baseline, ...(SCENARIOS.find((s) => s.id === scenario.id)!.peers ?? [])]
    assert.deepEqual(Object.keys(scenario.servers).sort(), [...new Set(expected)].sort(), `${scenario.id}: every server measured`)
    for (const server of Object.values(scenario.servers)) {
      for (const field of ['requests_per_sec', 'latency_p50_ms', 'latency_p99_ms', 'peak_rss_mb', 'cpu_us_per_request'] as const) {
        assert.ok(Number.isFinite(server[field]), `${scenario.id}: ${field} is ${server[field]}`)
      }
      assert.ok(server.ok > 0, `${scenario.id}: no request succeeded`)
      assert.equal(server.cpu_us_per_round.length, 2, `${scenario.id}: a CPU figure per round`)
      const [first, second] = server.cpu_us_per_round as [number, number]
      assert.ok(Math.abs(server.cpu_us_per_request - (first + second) / 2) <= 1, `${scenario.id}: the figure is the rounds' median`)
    }
    assert.ok(scenario.cpu_ratio > 0 && Number.isFinite(scenario.cpu_ratio), `${scenario.id}: CPU ratio is ${scenario.cpu_ratio}`)
    assert.equal(scenario.cpu_multiples[scenario.baseline], scenario.cpu_ratio, `${scenario.id}: the ratio is the baseline's multiple`)
    assert.ok(scenario.rps_ratio > 0 && Number.isFinite(scenario.rps_ratio), `${scenario.id}: req/s ratio is ${scenario.rps_ratio}`)
  }
  const duringLogins = report.scenarios.find((s) => s.id === 'reads-during-logins')!.servers.inkwell!
  assert.ok(duringLogins.logins!.succeeded > 0, 'logins ran beside the reads')
  assert.equal(duringLogins.logins!.failed, 0, 'every background login succeeded')
  assert.ok(report.targets.every((target) => typeof target.met === 'boolean'))
  assert.equal(report.options.database, engine)
  assert.equal(report.options.rounds, 2)
})

test('a recorded run never replaces an earlier one of the same day, engine and size', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-bench-results-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const run = (posts: number, label: string) =>
    ({ date: '2026-12-02T14:02:17.000Z', command: label, options: { database: 'postgres', posts } }) as unknown as BenchReport
  const written = [run(200000, 'first'), run(200000, 'second'), run(1000000, 'scale'), run(200000, 'third')].map((report) => writeResults(dir, report))
  assert.deepEqual(
    written.map((file) => file.slice(dir.length + 1)),
    ['2026-12-02-postgres-200000.json', '2026-12-02-postgres-200000-2.json', '2026-12-02-postgres-1000000.json', '2026-12-02-postgres-200000-3.json'],
  )
  assert.equal(JSON.parse(readFileSync(written[0]!, 'utf8')).command, 'first', 'the first run is kept as it was')
  assert.equal(JSON.parse(readFileSync(written[1]!, 'utf8')).command, 'second')
})

test("a ratio over rounds is the median of the rounds' ratios, not the ratio of the servers' medians", () => {
  const server = (rounds: number[]) => ({ cpu_us_per_round: rounds }) as ServerResult
  // The first page at 1,000,000 posts on 2026-12-02: the host slowed down under Inkwell's last
  // round and not under the ceiling's. The medians (448 and 287 µs) make 0.64; the rounds, each
  // pair back to back, say 0.82, 0.96, 0.92, 0.91 and 0.60.
  const servers = {
    inkwell: server([578, 481, 311, 313, 448]),
    ceiling: server([475, 461, 287, 286, 268]),
    express: server([1156, 962, 0, 626, 896]),
  }
  const multiples = cpuMultiples(servers, 'inkwell')
  assert.equal(multiples.ceiling, 0.914)
  assert.equal(multiples.express, 2, 'a round with no figure (0) is left out')
  assert.equal(multiples.inkwell, undefined)
})

// Counts on SQLite whatever the engine under test, so it runs once.
test('the instruction counter counts both servers under callgrind and reports their ratio', { skip: engineIndependent || (!onPath('valgrind') && 'valgrind is not installed') }, async () => {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/instructions.ts'), '--server', await compiledServer(), '--only', 'post-by-id']
      .concat(['--users', '20', '--posts', '200', '--runs', '1', '--warmup', '300', '--requests', '100']),
    { cwd: root, timeout: 240_000 },
  )
  const row = stdout.split('\n').find((line) => line.startsWith('| GET /api/posts/{id}'))
  assert.ok(row, stdout)
  const [inkwell, ceiling, ratio] = [...row.matchAll(/\| ([\d.]+)k \(|\*\*([\d.]+)\*\*/g)].map((m) => Number(m[1] ?? m[2]))
  assert.ok(inkwell! > 0 && ceiling! > 0, row)
  assert.ok(Math.abs(ratio! - ceiling! / inkwell!) <= 0.01, row)
})
