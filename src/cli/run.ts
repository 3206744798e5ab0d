import { ConfigError } from '../config.js'

/**
 * Runs a command (the server, migrate, seed): a configuration problem prints just its message,
 * anything else its stack, and either makes the process exit 1.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task()
  } catch (error) {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  }
}
