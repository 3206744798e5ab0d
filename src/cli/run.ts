import { ConfigError } from '../config.js'

/** Runs a command-line task: a configuration problem prints its message, anything else its stack. */
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
