/**
 * PostgreSQL helpers shared by the test suite and the benchmark harness: both give each run a
 * database or schema of its own on a shared server, named after the process that made it, and
 * drop those whose process is gone. Nothing here depends on either of them.
 */
import { randomBytes } from 'node:crypto'
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

/** Whether `url` names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

/**
 * A schema of its own on the PostgreSQL server at `url`, named with `processScopedName(prefix, …)`,
 * so that a run never touches anybody's tables and two runs at once never see each other's rows;
 * whoever connects reaches it through the URL's search_path. Schemas with the same prefix left by
 * runs that crashed (their process is gone) are dropped first.
 */
export async function createSchema(url: string, prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = processScopedName(prefix, randomBytes(4).toString('hex'))
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where starts_with(nspname, $1)`, [prefix])
    for (const { name: old } of rows) {
      if (isOrphaned(old, prefix)) await client.query(`drop schema if exists ${old} cascade`)
    }
    await client.query(`create schema ${name}`)
  })
  return {
    name,
    url: withSearchPath(url, name),
    drop: () => withClient(url, (client) => client.query(`drop schema if exists ${name} cascade`)).then(() => undefined),
  }
}
