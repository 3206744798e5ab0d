/**
 * Process helpers shared by the test suite and the benchmark harness, which both start Inkwell as
 * a child process the way `npm start` does. Nothing here depends on either of them.
 */
import { createServer } from 'node:net'

const LISTENING = /^Server listening at (http:\/\/127\.0\.0\.1:(\d+))$/

/**
 * The address in the log message Inkwell (and the benchmark's ceiling server) writes once it
 * listens, or undefined for any other message.
 *
 * @example listeningAt('Server listening at http://127.0.0.1:41234') // { url: 'http://127.0.0.1:41234', port: 41234 }
 */
export function listeningAt(message: unknown): { url: string; port: number } | undefined {
  const match = LISTENING.exec(String(message))
  return match ? { url: match[1]!, port: Number(match[2]) } : undefined
}

/** Whether a process with this pid exists. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A port nobody listens on right now, from the OS, for a server that cannot be given port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}
