/** One run's results: the JSON file, and the table in BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { ScenarioResult, TargetResult } from './scenarios.js'

export interface BenchReport {
  date: string
  command: string
  machine: { cpu: string; cores: number; memory_gb: number; node: string; os: string; load_average_at_start: number[] }
  options: {
    users: number
    posts: number
    duration_seconds: number
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

export function markdownTable(report: BenchReport): string {
  const { machine, options } = report
  const lines = [
    `Run of ${report.date.slice(0, 10)}: \`${report.command}\``,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB, ${machine.os}, Node ${machine.node}; ` +
      `load average ${machine.load_average_at_start.map((l) => l.toFixed(2)).join(' / ')} at the start. ` +
      `Database: ${options.database}, ${options.users.toLocaleString('en')} users, ${options.posts.toLocaleString('en')} posts ` +
      `(seeded in ${report.seeding_seconds.toFixed(1)} s). ${options.connections} connections, ` +
      `${options.warmup_seconds} s warm-up and ${options.duration_seconds} s measured per server and scenario.`,
    '',
    '| Scenario | Inkwell req/s | Ceiling req/s | Ratio | Inkwell p50 / p99 ms | Ceiling p50 / p99 ms | CPU µs/req Inkwell / ceiling | Inkwell RSS MB | Ceiling RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.scenarios.map(
      (s) =>
        `| ${s.title} | ${s.inkwell.requests_per_sec} | ${s.ceiling.requests_per_sec} | ${Math.round(s.ratio * 100)}% | ` +
        `${s.inkwell.latency_p50_ms} / ${s.inkwell.latency_p99_ms} | ${s.ceiling.latency_p50_ms} / ${s.ceiling.latency_p99_ms} | ` +
        `${s.inkwell.cpu_us_per_request} / ${s.ceiling.cpu_us_per_request} | ` +
        `${s.inkwell.peak_rss_mb} | ${s.ceiling.peak_rss_mb} |`,
    ),
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...report.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`),
  ]
  const errors = report.scenarios.filter((s) => s.inkwell.non_2xx + s.inkwell.errors + s.ceiling.non_2xx + s.ceiling.errors > 0)
  if (errors.length > 0) {
    lines.push('', `Non-2xx answers or errors (excluded from the figures) in: ${errors.map((s) => s.id).join(', ')}.`)
  }
  return lines.join('\n')
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
