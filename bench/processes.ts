/**
 * The servers under test as child processes, and their memory. Each writes its stdout straight
 * to a log file, as `npm start > file` would, so the harness spends no CPU reading their logs.
 */
import { spawn } from 'node:child_process'
import { openSync, closeSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { listeningAt } from '../support/processes.js'
import { serverCores } from './load.js'

export interface ServerProcess {
  name: string
  url: string
  pid: number
  logFile: string
  /** Sends SIGTERM and resolves once the process has exited; SIGKILL after 10 s. */
  stop(): Promise<void>
}

/**
 * Inkwell at its production defaults (logging at info, CORS, ETags, request ids, validation on) as
 * one untraced process, whatever the environment or a `.env` says. Rate limits off, because the
 * benchmark sends every request, its logins too, from the one address a limit counts by; a
 * scenario that measures them sets its own.
 */
export function inkwellEnvironment(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT: 'off',
    RATE_LIMIT_LOGIN: 'off',
    RATE_LIMIT_SIGNUP: 'off',
    WEB_CONCURRENCY: '1',
    OTEL_SDK_DISABLED: 'true',
  }
}

const running = new Set<() => void>()
// A harness that dies half-way must not leave servers behind on a shared machine.
process.once('exit', () => {
  for (const kill of running) kill()
})

/**
 * Starts `node <args>` and resolves once its log says "Server listening at http://…" (Inkwell's
 * Fastify line, which the ceiling imitates).
 */
export async function startServer(options: {
  name: string
  args: string[]
  env: Record<string, string>
  logFile: string
  timeoutMs?: number
  /** On the servers' cores, away from wrk's (the default), or free to use every core. */
  pinned?: boolean
  /** A program that runs node itself, in the same process (valgrind): `[...wrapper, node, ...args]`. */
  wrapper?: string[]
}): Promise<ServerProcess> {
  const { name, args, env, logFile, timeoutMs = 30_000, pinned = true, wrapper = [] } = options
  const out = openSync(logFile, 'a')
  // taskset execs node in its own place, so the child's pid is the server's.
  const cores = pinned ? serverCores() : null
  const node = [...wrapper, process.execPath, ...args]
  const [command, ...commandArgs] = cores === null ? node : ['taskset', '--cpu-list', cores, ...node]
  const child = spawn(command!, commandArgs, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', out, out],
  })
  closeSync(out)
  const kill = () => child.kill('SIGKILL')
  running.add(kill)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  void exited.then(() => running.delete(kill))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(kill, 10_000)
    await exited
    clearTimeout(timer)
  }

  // The log is a plain file, so there is no event for "a line arrived": poll it, briefly.
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const url = readFileSync(logFile, 'utf8').split('\n').map(messageOf).map(listeningAt).find(Boolean)?.url
    if (url) return { name, url, pid: child.pid!, logFile, stop }
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`${name} did not start; its log (${logFile}) ends:\n${readFileSync(logFile, 'utf8').slice(-2000)}`)
    }
    await new Promise((wake) => setTimeout(wake, 50))
  }
}

/** The `msg` of a JSON log line; undefined for anything else (a partly written line, stderr). */
function messageOf(line: string): unknown {
  try {
    return (JSON.parse(line) as { msg?: unknown }).msg
  } catch {
    return undefined
  }
}

/**
 * The peak resident memory of a server while a scenario runs, over the process and its children
 * (a cluster's workers): VmRSS sampled every 100 ms, and the kernel's own high-water mark (VmHWM)
 * when it can be reset at the start, which catches a spike between two samples.
 */
export class PeakMemory {
  private peakKb = 0
  private readonly hwmReset: boolean
  private readonly timer: NodeJS.Timeout
  /** Listed once: walking /proc on every sample would cost the harness more than it measures. */
  private readonly pids: number[]

  constructor(pid: number) {
    this.pids = processTree(pid)
    try {
      // "5" resets the peak RSS counter (proc(5), /proc/pid/clear_refs).
      for (const each of this.pids) writeFileSync(`/proc/${each}/clear_refs`, '5')
      this.hwmReset = true
    } catch {
      this.hwmReset = false
    }
    this.sample()
    this.timer = setInterval(() => this.sample(), 100)
  }

  /** Stops sampling; the peak in MiB. */
  stop(): number {
    clearInterval(this.timer)
    this.sample()
    return Math.round((this.peakKb / 1024) * 10) / 10
  }

  private sample(): void {
    let rss = 0
    let hwm = 0
    for (const pid of this.pids) {
      let status: string
      try {
        status = readFileSync(`/proc/${pid}/status`, 'utf8')
      } catch {
        continue // gone, or not Linux: keep what was seen
      }
      rss += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
      if (this.hwmReset) hwm += Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
    }
    this.peakKb = Math.max(this.peakKb, rss, hwm)
  }
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times: USER_HZ, 100 on every Linux build. */
const USER_HZ = 100

/** Fields of /proc/<pid>/stat after the command name, which is in parentheses and may hold spaces. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** `pid` and all its descendants, such as a cluster primary's workers. */
export function processTree(pid: number): number[] {
  let all: number[]
  try {
    all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
  } catch {
    return [pid]
  }
  const children = new Map<number, number[]>()
  for (const each of all) {
    const parent = Number(statFields(each)?.[1])
    if (parent > 0) children.set(parent, [...(children.get(parent) ?? []), each])
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []))
  return tree
}

/**
 * The CPU time a server has used so far, user and system, over the process and its children, in
 * milliseconds (10 ms resolution); NaN where /proc is not there. CPU per request stays meaningful
 * on a shared machine, where req/s depends on what else is running.
 */
export function cpuTimeMs(pid: number): number {
  let ticks = 0
  for (const each of processTree(pid)) {
    const fields = statFields(each)
    if (fields === undefined) {
      if (each === pid) return Number.NaN
      continue
    }
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / USER_HZ
}
