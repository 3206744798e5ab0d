/** One run's results: the JSON file, and the table in BENCHMARKS.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ScenarioResult, ServerName, TargetResult } from './scenarios.js'

export interface BenchReport {
  date: string
  command: string
  machine: {
    cpu: string
    cores: number
    memory_gb: number
    node: string
    os: string
    load_average_at_start: number[]
    /** The core wrk was pinned to; null when it was left to float (a one-core machine). */
    load_core: number | null
  }
  options: {
    users: number
    posts: number
    duration_seconds: number
    /** What duration_seconds was split into, the servers taking turns; absent before 2026-12-02. */
    rounds?: number
    warmup_seconds: number
    connections: number
    database: string
    smoke: boolean
  }
  seeding_seconds: number
  scenarios: ScenarioResult[]
  targets: TargetResult[]
}

/**
 * Which run this is, for the results file's name and the section of BENCHMARKS.md it fills: one
 * per engine and data size, so the PostgreSQL run and the scale run do not overwrite the default one.
 */
export function runKey(report: BenchReport): string {
  return `${report.options.database}-${report.options.posts}`
}

/**
 * Writes the run's JSON to `dir` as `<date>-<engine>-<posts>.json`, or `…-2.json`, `…-3.json` when
 * an earlier run of the same day, engine and size is there: a recorded run is what BENCHMARKS.md's
 * figures are checked against, and a second run the same day must not replace it unseen. The
 * file's path.
 */
export function writeResults(dir: string, report: BenchReport): string {
  mkdirSync(dir, { recursive: true })
  const base = `${report.date.slice(0, 10)}-${runKey(report)}`
  let file = join(dir, `${base}.json`)
  for (let n = 2; existsSync(file); n++) file = join(dir, `${base}-${n}.json`)
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}

export function markdownTable(report: BenchReport): string {
  const { machine, options } = report
  const lines = [
    `Run of ${report.date.slice(0, 10)}: \`${report.command}\``,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB, ${machine.os}, Node ${machine.node}; ` +
      `load average ${machine.load_average_at_start.map((l) => l.toFixed(2)).join(' / ')} at the start. ` +
      `Database: ${options.database}, ${options.users.toLocaleString('en')} users, ${options.posts.toLocaleString('en')} posts ` +
      `(seeded in ${report.seeding_seconds.toFixed(1)} s). ${options.connections} connections, ` +
      `${options.warmup_seconds} s warm-up and ${options.duration_seconds} s measured per server and scenario` +
      (options.rounds === undefined || options.rounds === 1
        ? '.'
        : ` in ${options.rounds} rounds, the servers taking turns; CPU per answer and latencies are the median round's.`),
    '',
    'CPU µs per answer is the server\'s CPU time (user + system, its workers included) over its answers; the ' +
      'ratio is the baseline\'s over the subject\'s, so 1.00 means "costs no more than the baseline", and, over ' +
      'rounds, the median of the rounds\' ratios (each round\'s servers ran back to back). ' +
      `wrk on core ${report.machine.load_core ?? 'any'}, the servers on the others (but the cluster, which uses all).`,
    '',
    '| Scenario | Subject vs baseline | CPU µs/answer | CPU ratio | req/s | req/s ratio | p50 / p99 ms | Peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.scenarios.map((s) => {
      const [a, b] = [s.servers[s.subject]!, s.servers[s.baseline]!]
      return (
        `| ${s.title} | ${s.subject} vs ${s.baseline} | ${a.cpu_us_per_request} / ${b.cpu_us_per_request} | **${s.cpu_ratio.toFixed(2)}** | ` +
        `${a.requests_per_sec} / ${b.requests_per_sec} | ${s.rps_ratio.toFixed(2)} | ` +
        `${a.latency_p50_ms} / ${a.latency_p99_ms} vs ${b.latency_p50_ms} / ${b.latency_p99_ms} | ${a.peak_rss_mb} / ${b.peak_rss_mb} |`
      )
    }),
    ...peerLines(report),
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...report.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`),
  ]
  const errors = report.scenarios.filter((s) => Object.values(s.servers).some((r) => r.non_2xx + r.errors > 0))
  if (errors.length > 0) {
    lines.push('', `Non-2xx answers or errors (excluded from the figures) in: ${errors.map((s) => s.id).join(', ')}.`)
  }
  return lines.join('\n')
}

/** Other servers measured beside the subject and its baseline (Express, bare Fastify): each one's CPU per answer over Inkwell's. */
function peerLines(report: BenchReport): string[] {
  const rows = report.scenarios.flatMap((s) =>
    (Object.keys(s.servers) as ServerName[])
      .filter((name) => name !== s.subject && name !== s.baseline)
      .map((name) => {
        const [subject, peer] = [s.servers[s.subject]!, s.servers[name]!]
        return (
          `| ${s.title} | ${name} | ${peer.cpu_us_per_request} | ${s.cpu_multiples[name]!.toFixed(2)}× | ` +
          `${peer.requests_per_sec} | ${(subject.requests_per_sec / peer.requests_per_sec).toFixed(2)}× |`
        )
      }),
  )
  if (rows.length === 0) return []
  return [
    '',
    '| Scenario | Peer | Peer CPU µs/answer | Peer\'s CPU ÷ Inkwell\'s | Peer req/s | Inkwell\'s req/s multiple |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ]
}

/** Replaces this run's results section of `file` (between its markers), or appends one. */
export function writeMarkdown(file: string, report: BenchReport): void {
  const START = `<!-- bench:results:${runKey(report)}:start -->`
  const END = `<!-- bench:results:${runKey(report)}:end -->`
  const section = `${START}\n${markdownTable(report)}\n${END}`
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  const next =
    start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + END.length) : `${current.trimEnd()}\n\n${section}\n`
  writeFileSync(file, next)
}
