/**
 * Every migration, in order. Listed here rather than read from a folder so that the same code
 * runs from TypeScript sources in tests and from the compiled build in production. A migration
 * writes each table once for every engine, with the column types of `db/dialect.ts`.
 */
import type { Migration } from 'kysely'
import * as initial from './0001_initial.js'
import * as versions from './0002_versions.js'
import * as content from './0003_content.js'

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_versions': versions,
  '0003_content': content,
}
