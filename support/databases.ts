/**
 * PostgreSQL helpers shared by the test suite and the benchmark harness: both give each run a
 * database or schema of its own on a shared server, named after the process that made it, and
 * drop those whose process is gone. Nothing here depends on either of them.
 */
import pg from 'pg'
import { isRunning } from './processes.js'

/** `url` with its connections' search_path set to `schema`. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('options', `-c search_path=${schema}`)
  return parsed.toString()
}

/** Runs `work` on a connection of its own to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>, options: { connectTimeoutMs?: number } = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 0 })
  client.on('error', () => {})
  try {
    await client.connect()
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * The pid in a name made by `processScopedName`, or NaN.
 *
 * @example processScopedName('inkwell_bench_') // 'inkwell_bench_4242_9f3a0c1e'
 */
export function pidOf(name: string, prefix: string): number {
  return name.startsWith(prefix) ? Number(/^(\d+)_[0-9a-f]+$/.exec(name.slice(prefix.length))?.[1]) : Number.NaN
}

/** A name for a database or schema that says which process owns it: `<prefix><pid>_<random hex>`. */
export function processScopedName(prefix: string, randomHex: string): string {
  return `${prefix}${process.pid}_${randomHex}`
}

/** Whether the process that made `name` (with `processScopedName`) has ended, so it can be dropped. */
export function isOrphaned(name: string, prefix: string): boolean {
  const pid = pidOf(name, prefix)
  return pid > 0 && !isRunning(pid)
}
