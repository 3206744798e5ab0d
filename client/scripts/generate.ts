/**
 * Writes client/src/schema.d.ts, the client's types, from the OpenAPI document the app itself
 * produces. The app is built in this process on an empty in-memory database, the way the tests
 * build it, so generating needs no running server and no port, and always sees the routes of this
 * checkout rather than of whatever server happens to listen on 5000.
 *
 * @example npm run client:generate
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { createDatabase } from '../../src/db/database.js'

export const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url))

const HEADER = `/**
 * Inkwell's API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the route schemas in src/ and run \`npm run client:generate\`.
 */

`

/** The document `GET /openapi.json` serves, from an app on a throwaway database. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' })
  const database = createDatabase(config.databaseUrl, config.database)
  await database.migrate()
  const app = await buildApp({ config, database, logger: false })
  try {
    await app.ready()
    return app.swagger() as OpenAPI3
  } finally {
    await app.close()
  }
}

/** The text schema.d.ts should have for `document`. */
export async function schemaSource(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false })
  return HEADER + astToString(ast)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await schemaSource(await openApiDocument()))
  console.log(`wrote ${SCHEMA_FILE}`)
}
