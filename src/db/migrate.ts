import { Migrator, type Kysely, type Migration } from 'kysely'
import * as initial from './migrations/0001_initial.js'

/**
 * Every migration, in order. Listed here rather than read from a folder so that the same code
 * runs from TypeScript sources in tests and from the compiled build in production.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
}

/**
 * Brings the schema up to date; a no-op when it already is.
 *
 * @returns the names of the migrations this call applied.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) throw error
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
