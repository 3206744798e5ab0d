/**
 * Timestamps read back as the API writes them (ISO 8601, UTC, milliseconds) on both engines:
 * PostgreSQL's `timestamptz` text is rearranged rather than parsed (src/db/postgres.ts).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import pg from 'pg'
import { isoFromTimestamptz } from '../src/db/postgres.js'
import { createTestApp } from './helpers.js'
import { engine, engineIndependent } from './support/databases.js'

describe('a timestamptz read from PostgreSQL', () => {
  const asDate = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text')

  it('is the instant pg itself reads, in the API form, whatever the text looks like', { skip: engineIndependent }, () => {
    const texts = [
      '2026-12-02 12:45:43.288+00',
      '2026-12-02 12:45:43+00',
      '2026-12-02 12:45:43.2+00',
      '2026-12-02 12:45:43.28+00',
      '2026-12-02 12:45:43.123456+00', // past the millisecond: cut, as a Date cuts it
      '2026-12-02 12:45:43.999999+00',
      '1970-01-01 00:00:00+00',
      '2026-12-02 13:45:43.288+01', // a session in another time zone
      '2026-12-02 07:15:43.5-05:30',
      '2026-12-02 12:45:43.288+05:30:15',
      '10000-01-01 00:00:00+00', // past year 9999
    ]
    for (const text of texts) {
      assert.equal(isoFromTimestamptz(text), (asDate(text) as Date).toISOString(), text)
    }
    assert.equal(isoFromTimestamptz('2026-12-02 12:45:43.28+00'), '2026-12-02T12:45:43.280Z')
  })

  it('reaches the API form from the database, in UTC and in a session in another time zone', { skip: engine !== 'postgres' && 'PostgreSQL only' }, async (t) => {
    const { database } = await createTestApp(t)
    const read = sql<{ at: string }>`select timestamptz '2030-01-01 00:00:00.5+00' as at`
    assert.deepEqual((await read.execute(database.db)).rows, [{ at: '2030-01-01T00:00:00.500Z' }])
    await database.db.transaction().execute(async (trx) => {
      await sql`set local time zone 'Asia/Kolkata'`.execute(trx)
      assert.deepEqual((await read.execute(trx)).rows, [{ at: '2030-01-01T00:00:00.500Z' }])
    })
  })
})
