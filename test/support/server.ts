/**
 * The built server as a child process, the way `npm start` runs it: compiled once per test run,
 * started on a free port of 127.0.0.1, and stopped with a signal.
 *
 * Test files that need a real socket (the process, the browser, the benchmark smoke run) share
 * this, so that every one of them starts the server the same way users do.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { listeningAt } from '../../support/processes.js'

export { freePort, isRunning } from '../../support/processes.js'

const run = promisify(execFile)
export const root = resolve(import.meta.dirname, '../..')

export interface RunningServer {
  url: string
  port: number
  pid: number
  /** Every line the server wrote to stdout so far, parsed. */
  logs: Record<string, unknown>[]
  /** What the server wrote to stderr so far: a crash's stack trace. */
  stderr(): string
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

let build: Promise<string> | undefined

/**
 * The compiled `server.js`, built on first use into a folder of this process's own inside the
 * project (so that node_modules resolves), so that two test runs at once never overwrite each
 * other's build. `INKWELL_SERVER_ENTRY` reuses a build the test launcher already made.
 */
export function compiledServer(): Promise<string> {
  const prebuilt = process.env.INKWELL_SERVER_ENTRY
  if (prebuilt) return Promise.resolve(prebuilt)
  build ??= (async () => {
    const outDir = join(root, '.test-build', `${process.pid}-${Date.now()}`)
    await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: root,
    })
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }))
    return join(outDir, 'server.js')
  })()
  return build
}

/** Starts the compiled server on a free port and waits for its "listening" log line. */
export async function startServer(env: Record<string, string>, options: { timeoutMs?: number } = {}): Promise<RunningServer> {
  const entry = await compiledServer()
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Record<string, unknown>[] = []
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const timeoutMs = options.timeoutMs ?? 20_000
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      rejectStart(new Error(`server did not start within ${timeoutMs} ms; stderr: ${stderr}`))
    }, timeoutMs)
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>
        logs.push(entry)
        const listening = listeningAt(entry.msg)
        if (listening) {
          clearTimeout(timer)
          resolveStart({
            url: listening.url,
            port: listening.port,
            pid: child.pid!,
            logs,
            stderr: () => stderr,
            exited,
            stop: (signal = 'SIGTERM') => {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal)
              return exited
            },
          })
        }
      }
    })
    void exited.then((code) => {
      clearTimeout(timer)
      rejectStart(new Error(`server exited with ${code} before listening; stderr: ${stderr}`))
    })
  })
}
