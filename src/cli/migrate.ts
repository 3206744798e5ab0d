/** `npm run migrate`: brings the database named by DATABASE_URL up to date, then exits. */
import { loadConfig } from '../config.js'
import { createDatabase } from '../db/database.js'
import { runCli } from './run.js'

await runCli(async () => {
  const config = loadConfig()
  const database = createDatabase(config.databaseUrl, config.database)
  try {
    const applied = await database.migrate()
    console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Already up to date.')
  } finally {
    await database.close()
  }
})
