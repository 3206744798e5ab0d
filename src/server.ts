/**
 * The process: read the configuration, open and migrate the database, serve, and shut down
 * cleanly on SIGTERM or SIGINT. The only file that binds a port.
 */
import { buildApp } from './app.js'
import { runCli } from './cli/run.js'
import { loadConfig } from './config.js'
import { createDatabase } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'

await runCli(async () => {
  const config = loadConfig()
  const database = createDatabase(config.databaseUrl, config.database)
  const applied = await migrateToLatest(database.db)
  const app = await buildApp({ config, database })
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated')

  let closing = false
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return
      closing = true
      app.log.info({ signal }, 'shutting down')
      // close() stops accepting connections, waits for requests in flight, then runs onClose
      // hooks, the database's last.
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed')
          process.exit(1)
        },
      )
    })
  }

  await app.listen({ port: config.port, host: config.host })
})
