/**
 * Where a server process departs from V8's defaults, and why. Applied by src/server.ts before it
 * serves; an operator's own choice on the command line wins (`node --allocation-site-pretenuring
 * dist/server.js` keeps V8's way).
 *
 * Allocation-site pretenuring: V8 watches each place in the code that allocates objects, and once
 * most of one place's objects survive a young-generation collection, it allocates that place's
 * objects straight in the old generation from then on. A request server fools it: on PostgreSQL a
 * request's rows are alive while the request waits for its next query, so they survive the
 * collections that happen meanwhile, V8 decides that node-postgres's rows are long-lived, and every
 * row of every later request went to the old generation, to be freed only by a full mark-compact:
 * a process under load peaked at 220–230 MB of mostly such garbage. Switched off, the same rows die
 * young, and each answer costs less CPU too; on SQLite nothing was pretenured wrongly and nothing
 * changes (issue 14; the figures are in BENCHMARKS.md's eighth round).
 */
import { setFlagsFromString } from 'node:v8'

/** Any spelling V8 accepts: `--no-` or `--no`, dashes or underscores. */
const PRETENURING = /^--(no-?)?allocation[-_]site[-_]pretenuring$/

/** The V8 flags a server sets: those of Inkwell's choices that `execArgv` does not already decide. */
export function serverV8Flags(execArgv: readonly string[]): string[] {
  return execArgv.some((arg) => PRETENURING.test(arg)) ? [] : ['--no-allocation-site-pretenuring']
}

/**
 * Sets them. V8 reads this flag at each garbage collection, so setting it at start, before any
 * request, is as good as the command line; unlike the command line, it holds however the process
 * is started (npm start, the container, a cluster worker, a supervisor's own command).
 */
export function tuneV8(execArgv: readonly string[] = process.execArgv): void {
  for (const flag of serverV8Flags(execArgv)) setFlagsFromString(flag)
}
