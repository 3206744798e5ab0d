/**
 * Queries built and compiled once, then run with fresh parameters: for the statements every
 * request runs (a post by id, a page, a token lookup), building a query with Kysely and compiling
 * it to SQL cost more CPU than running it (about 25 µs of a 160 µs read; issue 14). The drivers
 * then reuse the prepared statement for the same SQL (src/db/sqlite.ts, src/db/postgres.ts).
 *
 * A query is written with Kysely as usual, with `parameter(i)` where the i-th argument goes. It
 * names its columns rather than `selectAll()`: a statement lives as long as the process, and on
 * SQLite the names of its columns are read once (src/db/sqlite.ts), so a `*` would not follow a
 * migration that another process ran meanwhile.
 *
 * @example
 *   const postById = prepared((db) => db.selectFrom('posts').select(['id', 'title']).where('id', '=', parameter<number>(0)))
 *   const { rows } = await postById(db, [42])
 */
import { sql, type Compilable, type CompiledQuery, type Kysely, type QueryResult, type RawBuilder } from 'kysely'
import type { Database, Executor } from './schema.js'

/**
 * Runs a compiled query's SQL beside the query builder's executor, or answers undefined when it
 * cannot (SQLite: the statement writes without returning rows, or a transaction holds the
 * connection) and the query must take the usual way.
 */
export type DirectRunner = (
  sql: string,
  parameters: readonly unknown[],
) => QueryResult<unknown> | Promise<QueryResult<unknown>> | undefined

const directRunners = new WeakMap<Executor, DirectRunner>()

/**
 * Lets prepared queries on `db` skip Kysely's executor (its connection provider, SQLite's
 * connection mutex, result transformation: a few µs and a handful of promises per query; issue
 * 14). The engine's driver file says how it runs a statement itself with the same outcome
 * (src/db/sqlite.ts, src/db/postgres.ts). A transaction's queries, on an executor of their own,
 * always take the usual way.
 */
export function runDirectly(db: Kysely<Database>, runner: DirectRunner): void {
  directRunners.set(db, runner)
}

/** Stands in a compiled query's parameters for the argument it will be replaced with. */
class Placeholder {
  constructor(readonly index: number) {}
}

/** Where the `index`-th argument of a prepared query goes. */
export function parameter<T>(index: number): RawBuilder<T> {
  return sql<T>`${new Placeholder(index)}`
}

/**
 * A query compiled the first time it runs on a database and reused after. Inside a transaction
 * (a new executor each time) it is compiled for that transaction: correct, just not faster.
 */
export function prepared<Row>(build: (db: Kysely<Database>) => Compilable<Row>) {
  const compiled = new WeakMap<Executor, { query: CompiledQuery<Row>; slots: (number | undefined)[] }>()
  return async (db: Executor, args: readonly unknown[]): Promise<QueryResult<Row>> => {
    let entry = compiled.get(db)
    if (entry === undefined) {
      const query = build(db as Kysely<Database>).compile()
      entry = { query, slots: query.parameters.map((value) => (value instanceof Placeholder ? value.index : undefined)) }
      compiled.set(db, entry)
    }
    const { query, slots } = entry
    const parameters = slots.map((slot, i) => (slot === undefined ? query.parameters[i] : args[slot]))
    const direct = directRunners.get(db)?.(query.sql, parameters)
    if (direct !== undefined) return (await direct) as QueryResult<Row>
    return db.executeQuery({ ...query, parameters })
  }
}

/** More variants than any query here has; past it, a new variant is compiled each time it comes. */
const MAX_VARIANTS = 128

/**
 * One prepared query per variant of a query (a list's length, a combination of filters), each
 * built and compiled the first time it is asked for.
 *
 * @example
 *   const page = preparedVariants((before: boolean) => (db) => before ? older(db) : newest(db))
 *   const { rows } = await page(true)(db, [20, 1234])
 */
export function preparedVariants<Key, Row>(build: (key: Key) => (db: Kysely<Database>) => Compilable<Row>) {
  const variants = new Map<Key, ReturnType<typeof prepared<Row>>>()
  return (key: Key) => {
    let query = variants.get(key)
    if (query === undefined) {
      query = prepared(build(key))
      if (variants.size < MAX_VARIANTS) variants.set(key, query)
    }
    return query
  }
}

/**
 * A prepared query over a list of values (`where id in (…)`), one variant per length the list
 * comes in: a page of 20 always asks with 20 ids. `build` is given the list's placeholders,
 * which follow the `fixed` leading arguments.
 *
 * @example
 *   const tagsOf = preparedWithList(0, (db, ids) => db.selectFrom('post_tags').select(['post_id', 'tag']).where('post_id', 'in', ids))
 *   const { rows } = await tagsOf(db, [], [3, 5, 8])
 */
export function preparedWithList<Row, T>(fixed: number, build: (db: Kysely<Database>, list: RawBuilder<T>[]) => Compilable<Row>) {
  const ofLength = preparedVariants((length: number) => (db) => build(db, Array.from({ length }, (_, i) => parameter<T>(fixed + i))))
  return (db: Executor, args: readonly unknown[], list: readonly T[]): Promise<QueryResult<Row>> =>
    ofLength(list.length)(db, [...args, ...list])
}
