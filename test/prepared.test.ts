/**
 * Prepared queries (src/db/prepared.ts) run past the query builder where the engine allows; what
 * they answer must not tell the two ways apart.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { prepared, parameter } from '../src/db/prepared.js'
import { createTestApp } from './helpers.js'

describe('a prepared query', () => {
  it('answers rows exactly as the query builder does, whatever the columns are called', async (t) => {
    const { database } = await createTestApp(t)
    // SQLite builds these rows itself, one object literal per statement: a repeated name, or one
    // that means something in an object literal, must come out as the driver's own rows have it.
    const columns = (value: unknown) =>
      sql<Record<string, unknown>>`select ${value} as "n", 1 as "id", 'x' as "__proto__", null as "constructor", 2 as "0", 'last' as "id"`
    // A raw query compiles against a database; the query builder's compile itself.
    const query = prepared((db) => ({ compile: () => columns(parameter<number>(0)).compile(db) }))

    const direct = (await query(database.db, [7])).rows[0]!
    const built = (await columns(7).execute(database.db)).rows[0]!
    assert.deepEqual(direct, built)
    assert.equal(Object.getPrototypeOf(direct), Object.prototype)
    // Whether `__proto__` is kept as a key is the driver's doing (pg keeps it; better-sqlite3 sets
    // it as a property, which a string does not change), and the same either way.
    assert.deepEqual(Object.keys(direct), Object.keys(built))
    assert.ok(['0', 'constructor', 'id', 'n'].every((key) => Object.hasOwn(direct, key)))
    assert.equal(direct.id, 'last')
  })

  it('answers a page of rows in order, each with the same keys', async (t) => {
    const { database } = await createTestApp(t)
    const numbers = sql<{ n: number; square: number }>`
      with recursive numbers(n) as (select 1 union all select n + 1 from numbers where n < ${parameter<number>(0)})
      select n, n * n as square from numbers order by n`
    const query = prepared((db) => ({ compile: () => numbers.compile(db) }))
    const { rows } = await query(database.db, [5])
    assert.deepEqual(
      rows.map((row) => ({ ...row, n: Number(row.n), square: Number(row.square) })),
      [1, 2, 3, 4, 5].map((n) => ({ n, square: n * n })),
    )
  })
})
