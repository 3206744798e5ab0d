/**
 * The process: read the configuration, open and migrate the database, serve, and shut down
 * gracefully on SIGTERM or SIGINT. The only file that binds a port.
 *
 * With `WEB_CONCURRENCY=N` (N > 1) this process becomes a node:cluster primary that migrates the
 * database once, runs N workers sharing the port, replaces a worker that dies, and on a signal
 * passes it on and waits for every worker to finish its requests.
 */
import cluster, { type Worker } from 'node:cluster'
import type { Server } from 'node:http'
import { pino } from 'pino'
import { buildApp, type App } from './app.js'
import { logFatal, processLog, runCli } from './cli/run.js'
import { loadConfig, type Config } from './config.js'
import { createDatabase } from './db/database.js'
import { clusterMetrics, scrape, serveMetrics } from './observability/metrics.js'
import { startTracing } from './observability/tracing.js'
import { tuneV8 } from './runtime.js'

const SIGNALS = ['SIGTERM', 'SIGINT'] as const

tuneV8()
await runCli(async () => {
  const config = loadConfig()
  if (config.webConcurrency > 1 && cluster.isPrimary) await runPrimary(config)
  else await serve(config)
})

/** One server: the whole process, or one cluster worker. */
async function serve(config: Config): Promise<void> {
  const database = createDatabase(config.databaseUrl, config.database)
  const tracing = await startTracing(process.env, processLog)
  let applied: string[]
  let app: App
  try {
    applied = await database.migrate()
    app = await buildApp({ config, database, ...(tracing && { tracer: tracing.tracer }) })
  } catch (error) {
    // An open pool would keep the process alive after the error is printed.
    await database.close().catch(() => {})
    await tracing?.shutdown()
    throw error
  }
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated')
  // After the last request's span has ended, so that it is sent too.
  if (tracing) app.addHook('onClose', () => tracing.shutdown())

  let metricsServer: Server | undefined
  let closing = false
  /** Stops taking requests, lets those in flight finish, closes the database, exits. */
  const shutDown = (reason: Record<string, unknown>, exitCode: 0 | 1) => {
    if (closing) return
    closing = true
    app.log.info({ ...reason, grace_ms: config.shutdownGraceMs }, 'shutting down')
    metricsServer?.close()
    // Requests still running when the grace period ends are cut off, so that a stuck one
    // cannot hold a deploy for ever; the exit code then says that something was cut.
    let cut = false
    setTimeout(() => {
      cut = true
      app.log.warn('grace period over: closing the connections still open')
      app.server.closeAllConnections()
    }, config.shutdownGraceMs).unref()
    // close() stops accepting connections, lets requests in flight finish, then runs the
    // onClose hooks, the database's last.
    app.close().then(
      () => process.exit(cut ? 1 : exitCode),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  for (const signal of SIGNALS) process.on(signal, () => shutDown({ signal }, 0))
  // A bug that escaped every handler leaves the process in a state nobody reasoned about: say
  // so, finish what can be finished, and exit 1 for the supervisor to start a fresh one.
  process.on('uncaughtException', (error) => {
    logFatal(error, { event: 'uncaughtException' })
    shutDown({ cause: 'uncaughtException' }, 1)
  })
  process.on('unhandledRejection', (error) => {
    logFatal(error, { event: 'unhandledRejection' })
    shutDown({ cause: 'unhandledRejection' }, 1)
  })

  try {
    await app.listen({ port: config.port, host: config.host })
    if (config.metrics.port !== null && cluster.isPrimary) {
      metricsServer = await serveMetrics({ ...config.metrics, port: config.metrics.port, host: config.host, scrape: () => scrape(app) })
      app.log.info({ address: metricsServer.address() }, 'metrics listening')
    }
  } catch (error) {
    metricsServer?.close()
    await app.close().catch(() => {})
    throw error
  }
}

/** Workers that die sooner than this after starting count towards a crash loop. */
const CRASH_LOOP_WINDOW_MS = 10_000

async function runPrimary(config: Config): Promise<void> {
  const log = pino({ level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime })

  // Once, here, so that N workers starting together do not race to migrate.
  const database = createDatabase(config.databaseUrl, config.database)
  try {
    const applied = await database.migrate()
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrated')
  } finally {
    await database.close()
  }

  let stopping = false
  let cut = false
  let failed = false
  let quickDeaths = 0
  const startedAt = new Map<Worker, number>()
  // A restart scheduled before a signal arrived must not start a worker nobody will stop.
  const start = () => {
    if (!stopping) startedAt.set(cluster.fork(), Date.now())
  }

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0)
    startedAt.delete(worker)
    if (stopping) {
      cut ||= code !== 0
      if (startedAt.size === 0) {
        log.info('all workers stopped')
        process.exit(cut || failed ? 1 : 0)
      }
      return
    }
    quickDeaths = lived < CRASH_LOOP_WINDOW_MS ? quickDeaths + 1 : 0
    // A worker that cannot start (a bad database URL, a port taken) would otherwise be
    // restarted as fast as it dies; back off up to 30 s between attempts.
    const delay = Math.min(30_000, quickDeaths <= 1 ? 0 : 250 * 2 ** quickDeaths)
    log.error({ worker_pid: worker.process.pid, code, signal, restart_in_ms: delay }, 'worker died; starting another')
    setTimeout(start, delay)
  })

  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      log.info({ signal, workers: startedAt.size }, 'shutting down')
      if (startedAt.size === 0) process.exit(failed ? 1 : 0)
      // A terminal's Ctrl-C reaches the workers directly too; they ignore the second one.
      for (const worker of startedAt.keys()) worker.process.kill(signal)
    })
  }

  // Workers ask for the sum of everyone's metrics; with a metrics port, the primary serves it.
  const sumOfWorkers = clusterMetrics()
  if (config.metrics.port !== null) {
    const metricsServer = await serveMetrics({ ...config.metrics, port: config.metrics.port, host: config.host, scrape: sumOfWorkers })
    metricsServer.unref()
    log.info({ address: metricsServer.address() }, 'metrics listening')
  }

  // As in a worker: say so, stop the workers gracefully, exit 1.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (error: unknown) => {
      logFatal(error, { event })
      failed = true
      process.kill(process.pid, 'SIGTERM')
    })
  }

  log.info({ workers: config.webConcurrency }, 'starting workers')
  for (let i = 0; i < config.webConcurrency; i++) start()
}
