import { Migrator, sql, type Kysely } from 'kysely'
import { MIGRATIONS } from '../migrations/index.js'
import { engineOf } from './database.js'

/**
 * Brings the schema up to date; a no-op when it already is.
 *
 * @returns the names of the migrations this call applied.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableSchema: await currentPostgresSchema(db),
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) throw error
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/**
 * On PostgreSQL, the schema the connection works in (the first of its search_path). Kysely looks
 * for its migration tables in every schema unless told which one, so a second application (or a
 * second copy of this one) in another schema of the same database would otherwise be mistaken for
 * this one's migrations.
 */
async function currentPostgresSchema(db: Kysely<any>): Promise<string | undefined> {
  if (engineOf(db) !== 'postgres') return undefined
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return rows[0]?.schema
}
