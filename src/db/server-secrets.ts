/**
 * Keys the server generates for itself on first use (the pagination cursors' signing key), kept
 * in the database so that every process sharing it agrees on them, across restarts too.
 */
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

export interface ServerSecretsTable {
  name: string
  value: string
}

declare module './schema.js' {
  interface Database {
    server_secrets: ServerSecretsTable
  }
}

/**
 * A random secret the server keeps in its own database, created on first use. Every process on
 * the same database gets the same value, whichever of them created it.
 */
export async function serverSecret(db: Kysely<Database>, name: string): Promise<string> {
  const read = () => db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst()
  const existing = await read()
  if (existing) return existing.value
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute()
  return (await read())!.value
}
